import type { TAnyMappingInput } from "@skridt/api/imports";
import { Button, downloadText } from "@skridt/ui";
import { useTranslation } from "react-i18next";
import { formatJsonFile } from "../../lib/json-file";

/** The chosen mapping as the JSON a mapping file holds, to keep and reuse here or with `skridt import`. */
export function MappingJson({ mapping, dataFileName, incompleteText }: { mapping: TAnyMappingInput | null; dataFileName: string; incompleteText: string }) {
  const { t } = useTranslation();
  if (!mapping) return <p className="hint">{incompleteText}</p>;
  // Laid out as a hand-written mapping file is (lib/json-file.ts).
  const json = formatJsonFile(mapping);
  const fileName = `${dataFileName.replace(/\.[^.]+$/, "") || "import"}.mapping.json`;
  return (
    <section className="mapping-json" aria-labelledby="mapping-json-title">
      <h2 id="mapping-json-title">{t("import.map.jsonTitle")}</h2>
      <p>{t("import.map.jsonHelp")}</p>
      <pre tabIndex={0} aria-labelledby="mapping-json-title">
        {json}
      </pre>
      <Button variant="secondary" onClick={() => downloadText(json, fileName, "application/json;charset=utf-8")}>
        {t("import.map.download")}
      </Button>
    </section>
  );
}
