// Report sections on how participants and employers judged the programme: the answer
// distributions of the questions asked at the end. Pure.
import { cellOf, formatCount, formatShare, type TLang } from "./format";
import type { TReportFigures } from "./figures";
import type { TReportChart, TReportSection, TReportTable } from "./model-types";
import { shareBar } from "./sections-people";

const L = <T>(lang: TLang, da: T, en: T): T => (lang === "da" ? da : en);
type TText = { da: string; en: string };
type TItem = { id: string; type: string; prompt: TText; options: { code: number; label: TText }[] };
type TDistribution = {
  instrumentId: string;
  itemId: string;
  occasions: { occasion: string; n: number | string; cells: { value: number | string; count: number | string; share: number | string | null }[] }[];
};

/** An item's end distribution as a table, a chart and the sentence about its first (most positive) answer. */
function itemFigures(item: TItem, distribution: TDistribution | undefined, lang: TLang, whose: TText) {
  const end = distribution?.occasions.find((o) => o.occasion === "end");
  const prompt = L(lang, item.prompt.da, item.prompt.en);
  const label = (value: number | string) => {
    const option = item.options.find((o) => o.code === value);
    return option ? L(lang, option.label.da, option.label.en) : String(value);
  };
  const cells = end?.cells ?? [];
  const table: TReportTable = {
    caption: `${prompt} (n = ${formatCount(end?.n ?? 0, lang)})`,
    columns: L(lang, ["Svar", "Antal", "Andel"], ["Answer", "Count", "Share"]),
    rows: cells.map((c) => [label(c.value), cellOf(c.count, "count", lang), cellOf(c.share, "share", lang)]),
  };
  const chart: TReportChart = {
    caption: `${prompt} (n = ${formatCount(end?.n ?? 0, lang)})`,
    axis: "0–100 %",
    series: [{ name: L(lang, "Andel", "Share"), bars: cells.map((c) => shareBar(label(c.value), c.share, lang)) }],
  };
  const first = cells[0];
  const second = cells[1];
  const sentence =
    end && typeof end.n === "number" && end.n > 0 && first
      ? L(
          lang,
          `«${prompt}» Af de ${formatCount(end.n, lang)} ${whose.da}, der svarede, valgte ${formatCount(first.count, lang)} (${formatShare(first.share, lang)}) «${label(first.value)}»${second ? `, og ${formatCount(second.count, lang)} (${formatShare(second.share, lang)}) «${label(second.value)}»` : ""}.`,
          `“${prompt}” Of the ${formatCount(end.n, lang)} ${whose.en} who answered, ${formatCount(first.count, lang)} (${formatShare(first.share, lang)}) chose “${label(first.value)}”${second ? `, and ${formatCount(second.count, lang)} (${formatShare(second.share, lang)}) “${label(second.value)}”` : ""}.`,
        )
      : typeof end?.n === "string"
        ? L(lang, `«${prompt}» Færre end 5 har svaret, så svarene vises ikke.`, `“${prompt}” Fewer than 5 answered, so the answers are not shown.`)
        : null;
  return { table, chart, sentence };
}

const choiceItems = (items: TItem[]) => items.filter((i) => i.options.length > 0);

/**
 * The satisfaction items: the participants' questionnaires asked at the end only (none
 * of their items has answers shown at the start), as "tilfredshed" in the seed.
 */
export function satisfactionSection(f: TReportFigures, lang: TLang): TReportSection {
  const { instruments, distributions } = f.questionnaires;
  const endOnly = instruments.filter((instrument) => {
    const own = distributions.filter((d) => d.instrumentId === instrument.id);
    return (
      instrument.scales.length === 0 &&
      own.length > 0 &&
      own.every((d) => {
        const start = d.occasions.find((o) => o.occasion === "start");
        const end = d.occasions.find((o) => o.occasion === "end");
        return (!start || start.n === 0 || typeof start.n === "string") && end && typeof end.n === "number" && end.n > 0;
      })
    );
  });
  const paragraphs: string[] = [];
  const charts: TReportChart[] = [];
  const tables: TReportTable[] = [];
  for (const instrument of endOnly) {
    for (const item of choiceItems(instrument.items as TItem[])) {
      const figures = itemFigures(
        item,
        distributions.find((d) => d.instrumentId === instrument.id && d.itemId === item.id),
        lang,
        { da: "deltagere", en: "participants" },
      );
      if (figures.sentence) paragraphs.push(figures.sentence);
      charts.push(figures.chart);
      tables.push(figures.table);
    }
  }
  if (paragraphs.length === 0)
    paragraphs.push(
      L(lang, "Der er endnu ingen svar på spørgsmålene om tilfredshed at vise.", "There are no answers to the satisfaction questions to show yet."),
    );
  return { id: "satisfaction", title: L(lang, "Deltagernes tilfredshed", "Participants' satisfaction"), paragraphs, charts, tables };
}

export function employersSection(f: TReportFigures, lang: TLang): TReportSection {
  const company = f.external.respondents.find((r) => r.respondentType === "company");
  const paragraphs: string[] = [];
  const charts: TReportChart[] = [];
  const tables: TReportTable[] = [];
  if (company && typeof company.answered === "string") {
    // "<5": none or a few answered (the disclosure control does not say which), so no answers are shown.
    paragraphs.push(
      L(
        lang,
        `Færre end 5 arbejdsgivere har besvaret skemaet, så svarene vises ikke (${formatCount(company.sent, lang)} skemaer sendt).`,
        `Fewer than 5 employers have answered the questionnaire, so the answers are not shown (${formatCount(company.sent, lang)} questionnaires sent).`,
      ),
    );
  } else if (!company || company.answered === 0) {
    paragraphs.push(
      L(
        lang,
        `Ingen arbejdsgivere har besvaret skemaet endnu (${formatCount(company?.sent ?? 0, lang)} skemaer sendt).`,
        `No employers have answered the questionnaire yet (${formatCount(company?.sent ?? 0, lang)} questionnaires sent).`,
      ),
    );
  } else {
    paragraphs.push(
      L(
        lang,
        `${formatCount(company.answered, lang)} af ${formatCount(company.sent, lang)} arbejdsgivere, der fik skemaet, har svaret. Svarene gælder hele programmet, ikke kun den valgte periode.`,
        `${formatCount(company.answered, lang)} of the ${formatCount(company.sent, lang)} employers sent the questionnaire answered. The answers cover the whole programme, not only the chosen period.`,
      ),
    );
    for (const instrument of company.instruments) {
      for (const item of choiceItems(instrument.items as TItem[])) {
        const figures = itemFigures(
          item,
          company.distributions.find((d) => d.instrumentId === instrument.id && d.itemId === item.id) as TDistribution | undefined,
          lang,
          {
            da: "arbejdsgivere",
            en: "employers",
          },
        );
        if (figures.sentence) paragraphs.push(figures.sentence);
        charts.push(figures.chart);
        tables.push(figures.table);
      }
    }
  }
  return { id: "employers", title: L(lang, "Arbejdsgivernes svar", "Employers' answers"), paragraphs, charts, tables };
}
