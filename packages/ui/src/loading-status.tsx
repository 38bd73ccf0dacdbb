export interface LoadingStatusProps {
  /** "Henter …" / "Loading …", in the page's language. */
  children: string;
}

/** The line shown while something loads; role=status lets a screen reader say it without moving focus. */
export function LoadingStatus({ children }: LoadingStatusProps) {
  return <p role="status">{children}</p>;
}
