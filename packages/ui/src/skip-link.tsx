export interface SkipLinkProps {
  targetId: string;
  children: string;
}

/** First focusable element on every page: keyboard users jump past the header to the content. */
export function SkipLink({ targetId, children }: SkipLinkProps) {
  return (
    <a className="ui-skip-link" href={`#${targetId}`}>
      {children}
    </a>
  );
}
