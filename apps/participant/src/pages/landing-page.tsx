import { Button, FormField, useDocumentTitle } from "@skridt/ui";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { normaliseCode } from "../code";
import { rememberCode } from "../credential";
import { CODE_PATH } from "./code-route";

export function LandingPage({ navigate }: { navigate: (to: string) => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState("");
  const [error, setError] = useState<"codeMissing" | "codeInvalid" | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  useDocumentTitle("");

  return (
    <>
      <h1 tabIndex={-1}>{t("landing.title")}</h1>
      <p className="lead">{t("landing.welcome")}</p>
      <p>{t("landing.howTo")}</p>

      <div className="card">
        <h2>{t("landing.codeTitle")}</h2>
        <p>{t("landing.codeIntro")}</p>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const normalised = normaliseCode(code);
            if (!normalised) {
              setError(code.trim() ? "codeInvalid" : "codeMissing");
              inputRef.current?.focus();
              return;
            }
            // The code stays out of the address bar and history (a shared phone); a reload still finds it.
            rememberCode(normalised);
            navigate(CODE_PATH);
          }}
        >
          <FormField label={t("landing.code")} description={t("landing.codeHelp")} error={error ? t(`landing.${error}`) : undefined}>
            {(field) => (
              <input
                {...field}
                ref={inputRef}
                className="code-input"
                value={code}
                onChange={(event) => {
                  setCode(event.target.value);
                  setError(null);
                }}
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                maxLength={12}
                required
              />
            )}
          </FormField>
          <Button type="submit">{t("landing.submit")}</Button>
        </form>
      </div>
    </>
  );
}
