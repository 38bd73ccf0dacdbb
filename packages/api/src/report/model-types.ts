// The report as data: what the staff page shows, the DOCX writer writes and the tests read.
// Every string is already in the report's language.

/** One bar of a chart: its share of the axis (0..1), or hidden (drawn hatched, never as an empty bar). */
export type TReportBar = { label: string; value: number | null; hidden: boolean; text: string };
/** "spider": the same series drawn round a circle on the page (the cohort spider); the Word document draws every chart as bars. */
export type TReportChart = { caption: string; series: { name: string; bars: TReportBar[] }[]; axis: string; kind?: "bars" | "spider" };
export type TReportTable = { caption: string; columns: string[]; rows: string[][]; note?: string };

export type TReportSection = {
  id: "about" | "participants" | "status" | "contacts" | "satisfaction" | "employers" | "change" | "progression";
  title: string;
  paragraphs: string[];
  charts: TReportChart[];
  tables: TReportTable[];
};

export type TReport = {
  lang: "da" | "en";
  title: string;
  programme: string;
  period: string;
  generatedOn: string;
  sections: TReportSection[];
};
