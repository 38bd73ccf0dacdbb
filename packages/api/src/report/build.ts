// The whole report from the evaluator procedures' figures. Pure: the same figures give the
// same report, which is how the integration test shows the text holds the pages' numbers.
import { MAX_COUNT_NOISE } from "@skridt/analytics";
import { formatCount, type TLang } from "./format";
import type { TReportFigures } from "./figures";
import type { TReport, TReportSection } from "./model-types";
import { employersSection, satisfactionSection } from "./sections-answers";
import { changeSection, progressionSection } from "./sections-change";
import { contactsSection, participantsSection, statusSection } from "./sections-people";

const L = <T>(lang: TLang, da: T, en: T): T => (lang === "da" ? da : en);

/** The period in words: the enrolment months chosen, or the whole programme. */
export function periodText(filter: { enrolledFrom?: string | undefined; enrolledTo?: string | undefined }, lang: TLang): string {
  const month = (iso: string) => iso.slice(0, 7);
  if (filter.enrolledFrom && filter.enrolledTo)
    return L(
      lang,
      `Tilmeldt fra ${month(filter.enrolledFrom)} til ${month(filter.enrolledTo)}`,
      `Enrolled from ${month(filter.enrolledFrom)} to ${month(filter.enrolledTo)}`,
    );
  if (filter.enrolledFrom) return L(lang, `Tilmeldt fra ${month(filter.enrolledFrom)}`, `Enrolled from ${month(filter.enrolledFrom)}`);
  if (filter.enrolledTo) return L(lang, `Tilmeldt til og med ${month(filter.enrolledTo)}`, `Enrolled up to ${month(filter.enrolledTo)}`);
  return L(lang, "Hele programmet", "The whole programme");
}

function aboutSection(lang: TLang): TReportSection {
  return {
    id: "about",
    title: L(lang, "Om tallene", "About the figures"),
    paragraphs: [
      L(
        lang,
        `Tallene er de samme som på evalueringssiderne og er beskyttet mod genkendelse af enkeltpersoner: antal under 5 vises som «færre end 5», og alle antal kan afvige med op til ${formatCount(MAX_COUNT_NOISE, lang)} fra det præcise tal. Hver andel står med sin nævner, og ændringer står med et 95\u00a0% sikkerhedsinterval.`,
        `The figures are those of the evaluation pages and are protected against identifying anyone: counts under 5 are shown as “fewer than 5”, and every count may differ from the exact one by up to ${formatCount(MAX_COUNT_NOISE, lang)}. Every share is given with its denominator, and changes with a 95% confidence interval.`,
      ),
    ],
    charts: [],
    tables: [],
  };
}

export function buildReport(
  figures: TReportFigures,
  opts: { lang: TLang; filter: { enrolledFrom?: string | undefined; enrolledTo?: string | undefined }; generatedOn: string },
): TReport {
  const { lang } = opts;
  const report: TReport = {
    lang,
    title: L(lang, "Evalueringsrapport", "Evaluation report"),
    programme: figures.overview.programme.name,
    period: periodText(opts.filter, lang),
    generatedOn: opts.generatedOn,
    sections: [
      aboutSection(lang),
      participantsSection(figures, lang),
      statusSection(figures, lang),
      contactsSection(figures, lang),
      satisfactionSection(figures, lang),
      employersSection(figures, lang),
      changeSection(figures, lang),
      progressionSection(figures, lang),
    ],
  };
  // A sentence may open with a figure in words ("færre end 5 af …"): it still starts with a capital.
  return { ...report, sections: report.sections.map((s) => ({ ...s, paragraphs: s.paragraphs.map(capitalised) })) };
}

function capitalised(sentence: string): string {
  return sentence.charAt(0).toLocaleUpperCase() + sentence.slice(1);
}
