import { useId, type ReactNode } from "react";

export interface CardProps {
  title: ReactNode;
  /** The heading's level in the page's outline: 2 for a section of a page, 3 or 4 inside one. */
  headingLevel: 2 | 3 | 4 | 5 | 6;
  /** Buttons or links beside the heading (they wrap under it on a phone). */
  actions?: ReactNode;
  children?: ReactNode;
  /** "section" (default) for a part of a page; "article" for one of a list of similar things. */
  as?: "section" | "article";
  /** "panel" (default) draws the white framed box; "plain" keeps only the heading row and spacing. */
  variant?: "panel" | "plain";
  /** The element's id, e.g. as the target of an in-page link. */
  id?: string;
  /** The heading's id; generated when not given. */
  headingId?: string;
  className?: string;
}

/** A titled block of a page, named by its own heading (aria-labelledby) so it is a landmark that says what it holds. */
export function Card({ title, headingLevel, actions, children, as: Element = "section", variant = "panel", id, headingId, className }: CardProps) {
  const generatedId = useId();
  const titleId = headingId ?? `${generatedId}-title`;
  const Heading = `h${headingLevel}` as const;
  const heading = (
    <Heading id={titleId} className="ui-card__title">
      {title}
    </Heading>
  );
  return (
    <Element id={id} className={["ui-card", `ui-card--${variant}`, className].filter(Boolean).join(" ")} aria-labelledby={titleId}>
      {actions ? (
        <div className="ui-card__heading">
          {heading}
          <div className="ui-card__actions">{actions}</div>
        </div>
      ) : (
        heading
      )}
      {children}
    </Element>
  );
}
