// Report sections about who took part: response rates, status at the end against the
// target, and contacts. Pure: protected figures in, sentences and tables out.
import { CONTACT_KINDS, MAX_STATUS_LABEL, STATUSES } from "./labels";
import { cellOf, countOf, formatCount, formatShare, isShown, listOf, type TLang } from "./format";
import type { TReportFigures } from "./figures";
import type { TReportBar, TReportSection } from "./model-types";

const L = <T>(lang: TLang, da: T, en: T): T => (lang === "da" ? da : en);

/** A bar for a share (0..1), hatched and labelled when the figure is hidden. */
export function shareBar(label: string, share: unknown, lang: TLang): TReportBar {
  if (typeof share === "string") return { label, value: null, hidden: true, text: formatShare(share, lang) };
  const value = isShown(share as number) ? (share as number) : null;
  return { label, value: value === null ? null : Math.max(0, Math.min(1, value)), hidden: false, text: formatShare(value, lang) };
}

/** A bar for a count on an axis up to `max`. */
export function countBar(label: string, count: unknown, max: number, lang: TLang): TReportBar {
  if (typeof count === "string") return { label, value: null, hidden: true, text: formatCount(count, lang) };
  const value = isShown(count as number) ? (count as number) : null;
  return { label, value: value === null || max <= 0 ? null : Math.max(0, Math.min(1, value / max)), hidden: false, text: formatCount(value, lang) };
}

export function participantsSection(f: TReportFigures, lang: TLang): TReportSection {
  const { counts, responseRates } = f.overview;
  const start = responseRates.find((r) => r.occasion === "start");
  const end = responseRates.find((r) => r.occasion === "end");
  const paragraphs = [
    L(
      lang,
      `I alt ${countOf(counts.enrolled, "deltager", "deltagere", lang)} er med i rapporten; ${formatCount(counts.ended, lang)} har afsluttet forløbet, og ${formatCount(counts.active, lang)} er stadig i gang.`,
      `The report covers ${countOf(counts.enrolled, "participant", "participants", lang)}; ${formatCount(counts.ended, lang)} have ended the programme and ${formatCount(counts.active, lang)} are still taking part.`,
    ),
  ];
  if (start)
    paragraphs.push(
      L(
        lang,
        `Startskemaet blev besvaret af ${formatCount(start.completed, lang)} af de ${formatCount(start.eligible, lang)} tilmeldte (svarprocent ${formatShare(start.rate, lang)}).`,
        `The start questionnaire was answered by ${formatCount(start.completed, lang)} of the ${formatCount(start.eligible, lang)} enrolled (response rate ${formatShare(start.rate, lang)}).`,
      ),
    );
  if (end)
    paragraphs.push(
      L(
        lang,
        `Slutskemaet tælles blandt dem, der har afsluttet forløbet eller har fået skemaet: ${formatCount(end.completed, lang)} af ${formatCount(end.eligible, lang)} svarede (svarprocent ${formatShare(end.rate, lang)}). Deltagere, der stadig er i gang, tæller ikke med i nævneren.`,
        `The end questionnaire is counted among those who have ended or were sent it: ${formatCount(end.completed, lang)} of ${formatCount(end.eligible, lang)} answered (response rate ${formatShare(end.rate, lang)}). Participants still taking part are not in the denominator.`,
      ),
    );
  const occasion = (o: string) => (o === "start" ? L(lang, "Start", "Start") : o === "end" ? L(lang, "Slut", "End") : o);
  const basis = (b: string) =>
    b === "enrolled" ? L(lang, "alle tilmeldte", "everyone enrolled") : L(lang, "afsluttede eller har fået skemaet", "ended or sent it");
  return {
    id: "participants",
    title: L(lang, "Deltagere og svarprocenter", "Participants and response rates"),
    paragraphs,
    charts: [
      {
        caption: L(lang, "Svarprocent pr. skema", "Response rate per questionnaire"),
        axis: "0–100 %",
        series: [{ name: L(lang, "Svarprocent", "Response rate"), bars: responseRates.map((r) => shareBar(occasion(r.occasion), r.rate, lang)) }],
      },
    ],
    tables: [
      {
        caption: L(lang, "Besvarelser pr. skema", "Responses per questionnaire"),
        columns: L(
          lang,
          ["Skema", "Nævner", "Kan svare", "Besvaret", "Påbegyndt", "Ikke svaret", "Svarprocent"],
          ["Questionnaire", "Denominator", "Could answer", "Answered", "Begun", "Not answered", "Response rate"],
        ),
        rows: responseRates.map((r) => [
          occasion(r.occasion),
          basis(r.basis),
          cellOf(r.eligible, "count", lang),
          cellOf(r.completed, "count", lang),
          cellOf(r.incomplete, "count", lang),
          cellOf(r.noResponse, "count", lang),
          cellOf(r.rate, "share", lang),
        ]),
      },
    ],
  };
}

const GROUP_WORDS: Record<string, { da: string; en: string }> = {
  work: { da: "i job", en: "in work" },
  internship: { da: "i virksomhedspraktik", en: "in a work placement" },
  pension: { da: "afsluttet til pension eller i proces hertil", en: "retired on a pension or in the process" },
  education: { da: "i uddannelse", en: "in education" },
  unemployed: { da: "ledige", en: "unemployed" },
  absent: { da: "sygemeldt eller på barsel", en: "on sick or parental leave" },
  ended: { da: "afsluttet på anden vis", en: "ended otherwise" },
};

export function statusSection(f: TReportFigures, lang: TLang): TReportSection {
  const { outcomes, outcomeBasis, targets } = f.overview;
  const denominator =
    outcomeBasis === "ended"
      ? L(lang, `de ${formatCount(outcomes.n, lang)}, der har afsluttet forløbet`, `the ${formatCount(outcomes.n, lang)} who have ended the programme`)
      : L(lang, `de ${formatCount(outcomes.n, lang)}, der var tilmeldt på dagen`, `the ${formatCount(outcomes.n, lang)} enrolled on the day`);
  const groups = outcomes.groups.map(
    (g) => `${formatCount(g.count, lang)} ${L(lang, GROUP_WORDS[g.group]?.da ?? g.group, GROUP_WORDS[g.group]?.en ?? g.group)} (${formatShare(g.share, lang)})`,
  );
  const paragraphs = [
    L(
      lang,
      `Blandt ${denominator}, var status ved afslutningen: ${listOf(groups, lang)}.`,
      `Among ${denominator}, the status at the end was: ${listOf(groups, lang)}.`,
    ),
  ];
  const employment = outcomes.employment;
  paragraphs.push(
    L(
      lang,
      `${formatCount(employment.participantsWithRelation, lang)} af dem har haft et ansættelsesforhold, og for ${formatCount(employment.participantsWithLastingRelation, lang)} (${formatShare(employment.lastingShare, lang)}) har det varet mindst ${employment.minMonths} måneder.`,
      `${formatCount(employment.participantsWithRelation, lang)} of them have had a job, and for ${formatCount(employment.participantsWithLastingRelation, lang)} (${formatShare(employment.lastingShare, lang)}) it lasted at least ${employment.minMonths} months.`,
    ),
  );
  for (const t of outcomes.targets) {
    const target = targets.find((x) => x.id === t.id);
    const label = target ? L(lang, target.label.da, target.label.en) : t.id;
    const goal = t.goalShare ?? target?.goalShare;
    paragraphs.push(
      L(
        lang,
        `Måltal «${label}»: ${formatCount(t.met, lang)} af ${denominator} (${formatShare(t.share, lang)})${isShown(goal) ? ` mod et mål på ${formatShare(goal, lang)}` : ""}.`,
        `Target “${label}”: ${formatCount(t.met, lang)} of ${denominator} (${formatShare(t.share, lang)})${isShown(goal) ? ` against a goal of ${formatShare(goal, lang)}` : ""}.`,
      ),
    );
  }
  const statusLabel = (code: string) => {
    const s = STATUSES[code as keyof typeof STATUSES];
    return s ? L(lang, s.label.da, s.label.en) : code;
  };
  return {
    id: "status",
    title: L(lang, "Status ved afslutning og måltal", "Status at the end and the target"),
    paragraphs,
    charts: [
      {
        caption: L(lang, `Status ved afslutning (andel af ${denominator})`, `Status at the end (share of ${denominator})`),
        axis: "0–100 %",
        series: [
          { name: L(lang, "Andel", "Share"), bars: outcomes.statuses.map((s) => shareBar(statusLabel(s.status).slice(0, MAX_STATUS_LABEL), s.share, lang)) },
          ...outcomes.targets.map((t) => ({
            name: L(lang, "Måltal", "Target"),
            bars: [shareBar(L(lang, "Nået", "Reached"), t.share, lang), ...(isShown(t.goalShare) ? [shareBar(L(lang, "Mål", "Goal"), t.goalShare, lang)] : [])],
          })),
        ],
      },
    ],
    tables: [
      {
        caption: L(lang, "Status ved afslutning", "Status at the end"),
        columns: L(lang, ["Status", "Antal", "Andel"], ["Status", "Count", "Share"]),
        rows: outcomes.statuses.map((s) => [statusLabel(s.status), cellOf(s.count, "count", lang), cellOf(s.share, "share", lang)]),
        // The protected figures list a status only where its count may be shown (packages/analytics protect-results).
        note: L(
          lang,
          `Nævner: ${denominator}. En status, som færre end 5 havde, står ikke i tabellen; den tæller med i grupperne i teksten ovenfor.`,
          `Denominator: ${denominator}. A status fewer than 5 had is not in the table; it counts in the groups in the text above.`,
        ),
      },
      {
        caption: L(lang, "Måltal", "Targets"),
        columns: L(lang, ["Måltal", "Nået", "Andel", "Mål"], ["Target", "Reached", "Share", "Goal"]),
        rows: outcomes.targets.map((t) => {
          const target = targets.find((x) => x.id === t.id);
          return [
            target ? L(lang, target.label.da, target.label.en) : t.id,
            cellOf(t.met, "count", lang),
            cellOf(t.share, "share", lang),
            cellOf(t.goalShare ?? null, "share", lang),
          ];
        }),
      },
    ],
  };
}

export function contactsSection(f: TReportFigures, lang: TLang): TReportSection {
  const c = f.contacts.contacts;
  const kindLabel = (k: string) => {
    const def = CONTACT_KINDS[k as keyof typeof CONTACT_KINDS];
    return def ? L(lang, def.label.da, def.label.en) : k;
  };
  const max = Math.max(0, ...c.byKind.map((k) => (typeof k.total === "number" ? k.total : 0)));
  const kinds = c.byKind.map((k) => `${kindLabel(k.kind).toLowerCase()} (${formatCount(k.total, lang)})`);
  return {
    id: "contacts",
    title: L(lang, "Kontakter pr. type", "Contacts per kind"),
    paragraphs: [
      L(
        lang,
        `Der er registreret ${countOf(c.total, "kontakt", "kontakter", lang)} med de ${formatCount(f.overview.counts.enrolled, lang)} deltagere (median ${formatCount(c.medianPerParticipant, lang)} pr. deltager), fordelt på ${listOf(kinds, lang)}.`,
        `${countOf(c.total, "contact", "contacts", lang)} were recorded with the ${formatCount(f.overview.counts.enrolled, lang)} participants (median ${formatCount(c.medianPerParticipant, lang)} per participant), by kind ${listOf(kinds, lang)}.`,
      ),
    ],
    charts: [
      {
        caption: L(lang, "Kontakter pr. type", "Contacts per kind"),
        axis: `0–${formatCount(max, lang)}`,
        series: [{ name: L(lang, "Kontakter", "Contacts"), bars: c.byKind.map((k) => countBar(kindLabel(k.kind), k.total, max, lang)) }],
      },
    ],
    tables: [
      {
        caption: L(lang, "Kontakter pr. type", "Contacts per kind"),
        columns: L(
          lang,
          ["Type", "I alt", "Median pr. deltager", "Deltagere med kontakt"],
          ["Kind", "Total", "Median per participant", "Participants with any"],
        ),
        rows: [
          ...c.byKind.map((k) => [
            kindLabel(k.kind),
            cellOf(k.total, "count", lang),
            cellOf(k.medianPerParticipant, "count", lang),
            cellOf(k.participantsWithAny, "count", lang),
          ]),
          [L(lang, "Alle", "All"), cellOf(c.total, "count", lang), cellOf(c.medianPerParticipant, "count", lang), cellOf(c.participantsWithAny, "count", lang)],
        ],
      },
    ],
  };
}
