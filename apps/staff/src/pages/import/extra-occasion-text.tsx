import { Button, FormField } from "@skridt/ui";
import { useState } from "react";
import { useTranslation } from "react-i18next";

/**
 * A text of the occasion column that this file does not hold but later exports of the same
 * survey will (SurveyXact's "Opfølgning" before anyone has been followed up): added here, it
 * gets its own choice, so the downloaded mapping file fits those files too, as a hand-written
 * one would.
 */
export function ExtraOccasionText({ known, onAdd }: { known: readonly string[]; onAdd: (text: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | undefined>();
  const add = () => {
    const trimmed = text.trim().replace(/\s+/g, " ");
    if (trimmed === "") return setProblem(t("import.map.occasionExtraEmpty"));
    // The importer compares these texts without regard to case: the same text twice is one.
    if (known.some((k) => k.trim().toLocaleLowerCase("da") === trimmed.toLocaleLowerCase("da"))) return setProblem(t("import.map.occasionExtraKnown"));
    setProblem(undefined);
    setText("");
    onAdd(trimmed);
  };
  return (
    <div className="mapping-extra-text">
      <FormField label={t("import.map.occasionExtra")} description={t("import.map.occasionExtraHelp")} error={problem}>
        {(field) => (
          <input
            {...field}
            type="text"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                add();
              }
            }}
          />
        )}
      </FormField>
      <Button variant="secondary" onClick={add}>
        {t("import.map.occasionExtraAdd")}
      </Button>
    </div>
  );
}
