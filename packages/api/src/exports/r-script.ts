// An R script that reads the wide CSV with its variable and value labels. Base R only
// (read.csv2 matches the CSV's ";" and decimal comma): no package to install on a locked-down
// municipal PC. Value labels become factors; variable labels the attribute "label", which
// RStudio's viewer shows. Generated from the same codebook as the wide file's columns.
import type { Variable } from "./codebook";

export const R_MIME = "text/plain; charset=utf-8";

/** An R string literal, non-ASCII as \u escapes so the script runs in any locale. */
export function rString(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === "\\" || ch === '"') out += `\\${ch}`;
    else if (ch === "\n") out += "\\n";
    else if (code < 0x20) out += " ";
    else if (code > 0x7e) out += code > 0xffff ? `\\U{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return `"${out}"`;
}

const vector = (items: readonly string[]) => `c(${items.join(", ")})`;
const rName = (name: string) => `d[[${rString(name)}]]`;

export function rScript(variables: readonly Variable[], opts: { csvFilename: string; programmeName: string; generatedOn: string }): string {
  const characters = variables.filter((v) => v.type === "string" || v.type === "codes" || v.type === "date").map((v) => `${v.name} = "character"`);
  const lines = [
    `# Skridt: ${opts.programmeName.replace(/[^\x20-\x7e]/g, "?")} - labels for the wide export`,
    `# Generated ${opts.generatedOn} from the export's codebook. Needs base R only.`,
    '# Put the CSV beside this script (or change `file`), then: source("this-script.R").',
    "# Single-choice items become factors (levels in the questionnaire's order); their codes are",
    "# kept in the codebook. as.integer(as.character(x)) gives a code back.",
    "",
    `file <- ${rString(opts.csvFilename)}`,
    'lang <- "da"  # "en" for English labels',
    'lab <- function(da, en) if (lang == "da") da else en',
    "",
    'd <- read.csv2(file, fileEncoding = "UTF-8-BOM", na.strings = "", stringsAsFactors = FALSE, check.names = FALSE,',
    `  colClasses = ${vector(characters)})`,
    "",
    "# Dates",
  ];
  // A row-level export gives months (YYYY-MM) unless its grant gives days: a month becomes its first day.
  for (const v of variables.filter((x) => x.type === "date")) {
    lines.push(`${rName(v.name)} <- as.Date(ifelse(nchar(${rName(v.name)}) == 7, paste0(${rName(v.name)}, "-01"), ${rName(v.name)}))`);
  }
  lines.push("", "# Value labels");
  for (const v of variables.filter((x) => x.codes.length > 0 && x.type !== "codes")) {
    const levels = v.codes.map((c) => (typeof c.code === "number" ? String(c.code) : rString(c.code)));
    const da = v.codes.map((c) => rString(c.label.da));
    const en = v.codes.map((c) => rString(c.label.en));
    lines.push(`${rName(v.name)} <- factor(${rName(v.name)}, levels = ${vector(levels)},`, `  labels = lab(${vector(da)},`, `    ${vector(en)}))`);
  }
  const multi = variables.filter((x) => x.type === "codes");
  if (multi.length > 0) {
    lines.push("", '# Several codes in one cell ("1;3"): the codes\' labels, for reference');
    for (const v of multi) {
      const pairs = v.codes.map((c) => `${rString(String(c.code))} = lab(${rString(c.label.da)}, ${rString(c.label.en)})`);
      lines.push(`attr(${rName(v.name)}, "codes") <- ${vector(pairs)}`);
    }
  }
  lines.push("", "# Variable labels");
  for (const v of variables) lines.push(`attr(${rName(v.name)}, "label") <- lab(${rString(v.label.da)}, ${rString(v.label.en)})`);
  lines.push("", '# Every variable\'s label: str(lapply(d, attr, "label"))', "");
  return lines.join("\n");
}
