import { Button } from "@skridt/ui";
import { useId, useRef, useState } from "react";

export interface CopyFieldProps {
  label: string;
  value: string;
  copyLabel: string;
  copiedText: string;
  failedText: string;
}

/**
 * A value (a one-time link) in a read-only field with a copy button. The outcome is said in
 * a polite live region that is always in the page, so screen readers announce the change.
 * The clipboard API needs https or localhost; elsewhere the text stays selected to copy by hand.
 */
export function CopyField({ label, value, copyLabel, copiedText, failedText }: CopyFieldProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");

  const copy = async () => {
    inputRef.current?.select();
    try {
      await navigator.clipboard.writeText(value);
      setCopyState("copied");
    } catch {
      setCopyState("failed");
    }
  };

  return (
    <div className="invitation-link">
      <div className="ui-field">
        <label className="ui-field__label" htmlFor={id}>
          {label}
        </label>
        <div className="invitation-link__row">
          <input id={id} ref={inputRef} type="text" readOnly value={value} onFocus={(event) => event.currentTarget.select()} />
          <Button variant="secondary" onClick={() => void copy()}>
            {copyLabel}
          </Button>
        </div>
      </div>
      <p role="status" aria-live="polite">
        {copyState === "copied" ? copiedText : copyState === "failed" ? failedText : ""}
      </p>
    </div>
  );
}
