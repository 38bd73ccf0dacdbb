import { Button } from "@skridt/ui";
import { useTranslation } from "react-i18next";
import { toCsv } from "./csv";
import { downloadText, slugFilename } from "./download";
import { tableCsvRows, type TableModel } from "./table-model";

/** "Hent tallene (CSV)": the table's numbers as a file, made in the browser. */
export function CsvDownloadButton({ model, filename }: { model: TableModel; filename?: string }) {
  const { t } = useTranslation();
  return (
    <Button
      variant="secondary"
      className="csv-download"
      aria-label={t("evaluation.downloadCsvFor", { caption: model.caption })}
      onClick={() => downloadText(toCsv(model.columns, tableCsvRows(model)), filename ?? slugFilename(model.caption, "csv"))}
    >
      {t("evaluation.downloadCsv")}
    </Button>
  );
}
