import { Button } from "@skridt/ui";
import { useEffect, useId, useRef, type ReactNode } from "react";
import "./external.css";

/**
 * Links and codes while they exist in clear: shown once, to copy, print or scan. The heading
 * takes focus when a new set appears (`focusKey`), so it is read out and seen at once.
 */
export function ShownOncePanel({
  title,
  once,
  focusKey,
  hideLabel,
  onHide,
  printLabel,
  children,
}: {
  title: string;
  /** That the links are shown only now (and until when they work). */
  once: string;
  focusKey: string;
  hideLabel: string;
  onHide: () => void;
  /** With it, a button prints the page (the links' list is made for paper). */
  printLabel?: string;
  children: ReactNode;
}) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [focusKey]);
  return (
    <section className="panel link-panel" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <p className="link-panel__once">{once}</p>
      {children}
      <div className="button-row no-print">
        {printLabel ? <Button onClick={() => window.print()}>{printLabel}</Button> : null}
        <Button variant="secondary" onClick={onHide}>
          {hideLabel}
        </Button>
      </div>
    </section>
  );
}
