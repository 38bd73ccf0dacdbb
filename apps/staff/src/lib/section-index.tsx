import "./section-index.css";
import { useId, useState, type ReactNode } from "react";

export interface SectionLink {
  /** The id of the section's heading (the link's target). */
  id: string;
  label: string;
  children?: readonly SectionLink[];
}

/**
 * A long page's table of contents (issue 16): links to each section, beside the content and
 * sticky on a wide screen; on a phone a bar at the top that opens and closes with a button
 * (sticky too, so it is always a thumb away). Place it first in `SectionIndexLayout`.
 */
export function SectionIndex({ label, toggleLabel, links }: { label: string; toggleLabel: string; links: readonly SectionLink[] }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const list = (items: readonly SectionLink[]) => (
    <ul>
      {items.map((link) => (
        <li key={link.id}>
          {/* Closing the phone's panel on choosing a section, so the section is not covered. */}
          <a href={`#${link.id}`} onClick={() => setOpen(false)}>
            {link.label}
          </a>
          {link.children?.length ? list(link.children) : null}
        </li>
      ))}
    </ul>
  );
  return (
    <nav className={open ? "section-index section-index--open" : "section-index"} aria-label={label}>
      <button type="button" className="section-index__toggle" aria-expanded={open} aria-controls={`${id}-list`} onClick={() => setOpen((v) => !v)}>
        {toggleLabel}
      </button>
      <div id={`${id}-list`} className="section-index__list">
        {list(links)}
      </div>
    </nav>
  );
}

/** The page with its index: one column on a phone, content and a side column from 64rem. */
export function SectionIndexLayout({ index, children, className }: { index: ReactNode; children: ReactNode; className?: string }) {
  return (
    <div className={["section-index-layout", className].filter(Boolean).join(" ")}>
      {index}
      <div className="section-index-layout__content">{children}</div>
    </div>
  );
}
