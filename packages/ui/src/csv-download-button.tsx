import { Button } from "./button";
import { toCsv } from "./csv";
import { downloadText } from "./download";

export interface CsvDownloadButtonProps {
  /** Column headings, the file's first line. */
  header: readonly string[];
  rows: readonly (readonly string[])[];
  /** With extension, e.g. slugFilename(caption, "csv"). */
  fileName: string;
  /** The button's text ("Hent tallene (CSV)"). */
  label: string;
  /** A fuller name for screen readers when several buttons share the same text ("… CSV: <caption>"). */
  accessibleLabel?: string;
  className?: string;
}

/** The numbers of a table as a CSV file, made in the browser when pressed. */
export function CsvDownloadButton({ header, rows, fileName, label, accessibleLabel, className }: CsvDownloadButtonProps) {
  return (
    <Button
      variant="secondary"
      className={["ui-csv-download", className].filter(Boolean).join(" ")}
      aria-label={accessibleLabel}
      onClick={() => downloadText(toCsv(header, rows), fileName)}
    >
      {label}
    </Button>
  );
}
