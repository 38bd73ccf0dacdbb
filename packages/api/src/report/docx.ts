// The report as a Word document (docx package). Charts are drawn as Word tables: each bar a
// shaded cell whose width is the figure's share of the axis, a hidden figure a hatched cell
// with its words. Why not pictures: no SVG-to-PNG renderer ships with the server, and a
// table-drawn bar stays editable in Word, prints sharp and is read by screen readers; the
// figures' own table follows every chart.
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ITableCellOptions,
} from "docx";
import type { TReport, TReportChart, TReportTable } from "./model-types";

/** Page content width in twentieths of a point (A4 with Word's default margins). */
const CONTENT = 9000;
const LABEL = 2800;
const BAR = 4800;
const VALUE = CONTENT - LABEL - BAR;
const BAR_COLOURS = ["2B6CB0", "C05621"];
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

const text = (value: string, bold = false) => new Paragraph({ children: [new TextRun({ text: value, bold })] });

function cell(children: Paragraph[] | Table[], width: number, extra: Partial<ITableCellOptions> = {}): TableCell {
  return new TableCell({ children: children as (Paragraph | Table)[], width: { size: width, type: WidthType.DXA }, ...extra });
}

/** One bar: a filled part, the rest empty; hidden: a hatched bar the whole width with no length to read. */
function barCell(value: number | null, hidden: boolean, colour: string): TableCell {
  if (hidden) return cell([new Paragraph({ children: [] })], BAR, { shading: { type: ShadingType.DIAGONAL_STRIPE, color: "A0AEC0", fill: "FFFFFF" } });
  const filled = Math.round(BAR * Math.max(0, Math.min(1, value ?? 0)));
  if (filled <= 0) return cell([new Paragraph({ children: [] })], BAR);
  const parts = [cell([new Paragraph({ children: [] })], filled, { shading: { type: ShadingType.CLEAR, color: "auto", fill: colour } })];
  if (BAR - filled > 0) parts.push(cell([new Paragraph({ children: [] })], BAR - filled));
  const inner = new Table({
    rows: [new TableRow({ children: parts })],
    width: { size: BAR, type: WidthType.DXA },
    columnWidths: parts.length === 2 ? [filled, BAR - filled] : [filled],
    borders: NO_BORDERS,
  });
  return cell([inner], BAR, { margins: { top: 0, bottom: 0, left: 0, right: 0 } });
}

function chartBlock(chart: TReportChart): (Paragraph | Table)[] {
  const rows: TableRow[] = [];
  chart.series.forEach((series, s) => {
    if (chart.series.length > 1) rows.push(new TableRow({ children: [cell([text(series.name, true)], CONTENT, { columnSpan: 3 })] }));
    for (const bar of series.bars)
      rows.push(
        new TableRow({
          children: [cell([text(bar.label)], LABEL), barCell(bar.value, bar.hidden, BAR_COLOURS[s % BAR_COLOURS.length]!), cell([text(bar.text)], VALUE)],
        }),
      );
  });
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(chart.caption)] }),
    new Table({ rows, width: { size: CONTENT, type: WidthType.DXA }, columnWidths: [LABEL, BAR, VALUE], borders: NO_BORDERS }),
    new Paragraph({ children: [new TextRun({ text: chart.axis, italics: true, size: 18 })] }),
  ];
}

/** Column widths: the first (a scale, a status, a question's answer) gets room for its words, the figures share the rest. */
function columnWidths(count: number): number[] {
  if (count <= 1) return [CONTENT];
  const first = Math.max(Math.floor(CONTENT / count), Math.floor(CONTENT * (count > 4 ? 0.3 : 0.4)));
  const rest = Math.floor((CONTENT - first) / (count - 1));
  return [first, ...Array.from({ length: count - 1 }, () => rest)];
}

function tableBlock(table: TReportTable): (Paragraph | Table)[] {
  const widths = columnWidths(table.columns.length);
  // Figures right-aligned so the digits line up; a column of words ("alle tilmeldte") reads from the left.
  const figureColumns = table.columns.map((_, c) => c > 0 && table.rows.every((row) => /^[-−–<\d]/.test((row[c] ?? "").trim()) || !(row[c] ?? "").trim()));
  const header = new TableRow({
    tableHeader: true,
    children: table.columns.map((c, i) => cell([text(c, true)], widths[i]!, { shading: { type: ShadingType.CLEAR, color: "auto", fill: "EDF2F7" } })),
  });
  const body = table.rows.map(
    (row) =>
      new TableRow({
        children: row.map((value, i) =>
          cell([new Paragraph({ alignment: figureColumns[i] ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun(value)] })], widths[i]!),
        ),
      }),
  );
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(table.caption)] }),
    new Table({ rows: [header, ...body], width: { size: CONTENT, type: WidthType.DXA }, columnWidths: widths }),
    ...(table.note ? [new Paragraph({ children: [new TextRun({ text: table.note, italics: true, size: 18 })] })] : []),
  ];
}

/** The report as .docx bytes. */
export async function reportDocx(report: TReport): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(`${report.title}: ${report.programme}`)] }),
    text(`${report.period}. ${report.lang === "da" ? "Dannet" : "Generated"} ${report.generatedOn}.`),
  ];
  for (const section of report.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.title)] }));
    for (const p of section.paragraphs) children.push(text(p));
    for (const chart of section.charts) children.push(...chartBlock(chart));
    for (const table of section.tables) children.push(...tableBlock(table));
  }
  // The tables write a hidden count as "<5": say what it means, as the printed page does.
  children.push(
    new Paragraph({
      children: [
        new TextRun({
          text:
            report.lang === "da"
              ? "<5: færre end 5 – skjult for at beskytte deltagerne. Skraverede søjler er skjulte tal, ikke nul."
              : "<5: fewer than 5 – hidden to protect the participants. Hatched bars are hidden figures, not zero.",
          italics: true,
          size: 18,
        }),
      ],
    }),
  );
  const doc = new Document({
    creator: "Skridt",
    lastModifiedBy: "Skridt",
    title: `${report.title}: ${report.programme}`,
    description: report.period,
    // The text's language, so Word checks Danish spelling as Danish (not every word underlined as English).
    styles: { default: { document: { run: { font: "Calibri", size: 22, language: { value: report.lang === "da" ? "da-DK" : "en-GB" } } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
