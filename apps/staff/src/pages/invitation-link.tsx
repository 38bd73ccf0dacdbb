import { Button } from "@skridt/ui";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

/** The one-time link in a read-only field with a copy button (the clipboard API needs https or localhost). */
export function InvitationLink({ link }: { link: string }) {
  const { t } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");

  const copy = async () => {
    inputRef.current?.select();
    try {
      await navigator.clipboard.writeText(link);
      setCopyState("copied");
    } catch {
      setCopyState("failed");
    }
  };

  return (
    <div className="invitation-link">
      <div className="ui-field">
        <label className="ui-field__label" htmlFor={id}>
          {t("users.invitationLink")}
        </label>
        <div className="invitation-link__row">
          <input id={id} ref={inputRef} type="text" readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
          <Button variant="secondary" onClick={() => void copy()}>
            {t("users.copy")}
          </Button>
        </div>
      </div>
      <p role="status">{copyState === "copied" ? t("users.copied") : copyState === "failed" ? t("users.copyFailed") : ""}</p>
    </div>
  );
}
