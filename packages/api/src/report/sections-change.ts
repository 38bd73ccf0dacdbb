// Report sections on change: self-rated health, WHO-5 and self-efficacy (paired change with
// its CI, reliable change, attrition), and the mentors' progression scores. Pure.
import { cellOf, formatCount, formatNumber, formatScore, formatShare, isShown, type TFigure, type TLang } from "./format";
import type { TReportFigures } from "./figures";
import type { TReportBar, TReportChart, TReportSection, TReportTable } from "./model-types";
import { shareBar } from "./sections-people";
import { normSentence } from "./norm-sentence";

const L = <T>(lang: TLang, da: T, en: T): T => (lang === "da" ? da : en);
type TRange = { min: number; max: number };

/** "steg … med 13 point" / "faldt … med 2 point" / "var uændret" — on a scale where higher may be better or worse. */
export function changeSentence(
  args: { n: TFigure; label: string; change: TFigure; ci: [TFigure, TFigure] | null; range: TRange; reliablyImproved?: TFigure },
  lang: TLang,
): string {
  const { n, label, change, ci, range } = args;
  const who = L(
    lang,
    `Blandt de ${formatCount(n, lang)}, der svarede både ved start og slut,`,
    `Among the ${formatCount(n, lang)} who answered both at the start and at the end,`,
  );
  if (!isShown(change))
    return L(
      lang,
      `${who} kan ændringen i ${label} ikke vises, fordi for få har svaret.`,
      `${who} the change in ${label} cannot be shown because too few answered.`,
    );
  const size = formatScore(Math.abs(change), range, lang);
  // "Unchanged" when the change rounds to nothing at the scale's precision (never "rose by 0 points").
  const direction =
    size === formatScore(0, range, lang)
      ? L(lang, `var gennemsnittet for ${label} uændret`, `the mean ${label} was unchanged`)
      : change > 0
        ? L(lang, `steg gennemsnittet for ${label} med ${size} point`, `the mean ${label} rose by ${size} points`)
        : L(lang, `faldt gennemsnittet for ${label} med ${size} point`, `the mean ${label} fell by ${size} points`);
  const interval =
    ci && isShown(ci[0]) && isShown(ci[1])
      ? L(
          lang,
          ` (95 % sikkerhedsinterval ${formatScore(ci[0], range, lang)} til ${formatScore(ci[1], range, lang)})`,
          ` (95% confidence interval ${formatScore(ci[0], range, lang)} to ${formatScore(ci[1], range, lang)})`,
        )
      : "";
  const reliable =
    args.reliablyImproved === undefined
      ? ""
      : L(lang, `; ${formatShare(args.reliablyImproved, lang)} forbedrede sig pålideligt`, `; ${formatShare(args.reliablyImproved, lang)} improved reliably`);
  return `${who} ${direction}${interval}${reliable}.`;
}

/**
 * The field's convention (a fixed number of points, e.g. 10 on WHO-5), said as such beside the
 * reliable change so the two are never confused; where there is no reliable change (a single
 * item), it is the only per-person change shown.
 */
export function conventionSentence(
  c: { points: number; improvedShare: TFigure; unchangedShare: TFigure; worseShare: TFigure },
  besideReliable: boolean,
  range: TRange,
  lang: TLang,
): string {
  const points = formatScore(c.points, range, lang);
  return besideReliable
    ? L(
        lang,
        `Efter feltets tommelfingerregel (en ændring på mindst ${points} point) forbedrede ${formatShare(c.improvedShare, lang)} sig, ${formatShare(c.unchangedShare, lang)} var uændrede og ${formatShare(c.worseShare, lang)} scorede lavere; pålidelig ændring ovenfor tager højde for måleusikkerheden, det gør tommelfingerreglen ikke.`,
        `By the field's rule of thumb (a change of at least ${points} points), ${formatShare(c.improvedShare, lang)} improved, ${formatShare(c.unchangedShare, lang)} were unchanged and ${formatShare(c.worseShare, lang)} scored lower; reliable change above allows for measurement error, the rule of thumb does not.`,
      )
    : L(
        lang,
        `Målt som skift på mindst ${points} point (én svarkategori) svarede ${formatShare(c.improvedShare, lang)} bedre ved slut end ved start, ${formatShare(c.unchangedShare, lang)} det samme og ${formatShare(c.worseShare, lang)} dårligere.`,
        `Measured as moves of at least ${points} points (one answer category), ${formatShare(c.improvedShare, lang)} answered better at the end than at the start, ${formatShare(c.unchangedShare, lang)} the same and ${formatShare(c.worseShare, lang)} worse.`,
      );
}

export function changeSection(f: TReportFigures, lang: TLang): TReportSection {
  const { instruments, change, attrition } = f.questionnaires;
  const paragraphs: string[] = [];
  const tables: TReportTable[] = [];
  const meanBars: { name: string; bars: TReportBar[] }[] = [
    { name: L(lang, "Gennemsnit ved start (andel af skalaen)", "Mean at the start (share of the scale)"), bars: [] },
    { name: L(lang, "Gennemsnit ved slut (andel af skalaen)", "Mean at the end (share of the scale)"), bars: [] },
  ];
  const rows: string[][] = [];
  const reliableRows: string[][] = [];
  const attritionRows: string[][] = [];
  for (const c of change) {
    const instrument = instruments.find((i) => i.id === c.instrumentId);
    const scale = instrument?.scales.find((s) => s.id === c.scaleId);
    if (!instrument || !scale) continue;
    const label = L(lang, scale.label.da, scale.label.en);
    const range = scale.range;
    const paired = c.paired;
    const rc = f.change.scales.find((s) => s.norm.instrumentId === c.instrumentId && s.norm.scaleId === c.scaleId);
    const reliable = rc?.figures.reliable ?? null;
    paragraphs.push(
      changeSentence(
        {
          n: paired?.n ?? 0,
          label,
          change: paired?.meanChange ?? null,
          ci: paired?.ci95 ? [paired.ci95[0], paired.ci95[1]] : null,
          range,
          ...(reliable ? { reliablyImproved: reliable.improvedShare } : {}),
        },
        lang,
      ),
    );
    if (rc?.figures.recovered && isShown(rc.figures.recovered.count) && rc.norm.cutOff)
      paragraphs.push(
        L(
          lang,
          `Af de ${formatCount(rc.figures.recovered.startDysfunctional, lang)}, der ved start lå på ${formatScore(rc.norm.cutOff.value, range, lang)} eller derunder, forbedrede ${formatCount(rc.figures.recovered.count, lang)} (${formatShare(rc.figures.recovered.shareOfDysfunctional, lang)}) sig pålideligt og kom over ${formatScore(rc.norm.cutOff.value, range, lang)}.`,
          `Of the ${formatCount(rc.figures.recovered.startDysfunctional, lang)} who started at ${formatScore(rc.norm.cutOff.value, range, lang)} or below, ${formatCount(rc.figures.recovered.count, lang)} (${formatShare(rc.figures.recovered.shareOfDysfunctional, lang)}) improved reliably and ended above ${formatScore(rc.norm.cutOff.value, range, lang)}.`,
        ),
      );
    const used = rc ? normSentence({ label, norm: rc.norm, threshold: rc.figures.threshold, cohortSd: rc.figures.cohortSd, range }, lang) : null;
    if (used) paragraphs.push(used);
    const convention = rc?.figures.convention;
    if (convention) paragraphs.push(conventionSentence(convention, Boolean(reliable), range, lang));
    const a = attrition.find((x) => x.instrumentId === c.instrumentId && x.scaleId === c.scaleId);
    if (a && isShown(a.didNotAnswerEnd.mean) && isShown(a.answeredEnd.mean))
      paragraphs.push(
        L(
          lang,
          `Frafald: de ${formatCount(a.didNotAnswerEnd.n, lang)}, der svarede ved start, men ikke (eller endnu ikke) ved slut, havde ved start et gennemsnit på ${formatScore(a.didNotAnswerEnd.mean, range, lang)} mod ${formatScore(a.answeredEnd.mean, range, lang)} blandt de ${formatCount(a.answeredEnd.n, lang)}, der svarede begge gange. Ændringen ovenfor gælder dem, der svarede begge gange.`,
          `Attrition: the ${formatCount(a.didNotAnswerEnd.n, lang)} who answered at the start but not (or not yet) at the end had a mean of ${formatScore(a.didNotAnswerEnd.mean, range, lang)} at the start, against ${formatScore(a.answeredEnd.mean, range, lang)} among the ${formatCount(a.answeredEnd.n, lang)} who answered both times. The change above applies to those who answered both times.`,
        ),
      );
    const width = range.max - range.min;
    const position = (v: TFigure) => (isShown(v) && width > 0 ? (v - range.min) / width : typeof v === "string" ? v : null);
    meanBars[0]!.bars.push({ ...shareBar(label, position(paired?.meanStart ?? null), lang), text: cellOf(paired?.meanStart ?? null, { range }, lang) });
    meanBars[1]!.bars.push({ ...shareBar(label, position(paired?.meanEnd ?? null), lang), text: cellOf(paired?.meanEnd ?? null, { range }, lang) });
    rows.push([
      label,
      cellOf(paired?.n ?? null, "count", lang),
      cellOf(paired?.meanStart ?? null, { range }, lang),
      cellOf(paired?.meanEnd ?? null, { range }, lang),
      cellOf(paired?.meanChange ?? null, { range }, lang),
      paired?.ci95 ? `${cellOf(paired.ci95[0], { range }, lang)} ${L(lang, "til", "to")} ${cellOf(paired.ci95[1], { range }, lang)}` : "–",
    ]);
    if (reliable)
      reliableRows.push([
        label,
        cellOf(rc?.figures.n ?? null, "count", lang),
        cellOf(reliable.improvedShare, "share", lang),
        cellOf(reliable.unchangedShare, "share", lang),
        cellOf(reliable.worseShare, "share", lang),
        rc?.figures.recovered ? cellOf(rc.figures.recovered.shareOfDysfunctional, "share", lang) : "–",
      ]);
    if (a)
      attritionRows.push([
        label,
        cellOf(a.answeredEnd.n, "count", lang),
        cellOf(a.answeredEnd.mean, { range }, lang),
        cellOf(a.didNotAnswerEnd.n, "count", lang),
        cellOf(a.didNotAnswerEnd.mean, { range }, lang),
      ]);
  }
  tables.push({
    caption: L(lang, "Ændring fra start til slut (de samme personer)", "Change from start to end (the same people)"),
    columns: L(
      lang,
      ["Skala", "n", "Start", "Slut", "Ændring", "95 % sikkerhedsinterval"],
      ["Scale", "n", "Start", "End", "Change", "95% confidence interval"],
    ),
    rows,
  });
  if (reliableRows.length)
    tables.push({
      caption: L(lang, "Pålidelig ændring (Jacobson-Truax)", "Reliable change (Jacobson-Truax)"),
      columns: L(
        lang,
        ["Skala", "n", "Pålideligt forbedret", "Uændret", "Pålideligt forværret", "Over grænsen ved slut"],
        ["Scale", "n", "Reliably improved", "Unchanged", "Reliably worse", "Recovered"],
      ),
      rows: reliableRows,
      note: L(
        lang,
        "Andelene er hver for sig beskyttet mod genkendelse og summerer derfor ikke altid til 100 %. «Over grænsen» er andelen af dem, der startede under grænseværdien.",
        "Each share is protected on its own and so they do not always add up to 100%. “Recovered” is the share of those who started below the cut-off.",
      ),
    });
  if (attritionRows.length)
    tables.push({
      caption: L(lang, "Frafald: gennemsnit ved start", "Attrition: mean at the start"),
      columns: L(
        lang,
        ["Skala", "Svarede begge gange", "Gennemsnit", "Svarede ikke ved slut", "Gennemsnit"],
        ["Scale", "Answered both times", "Mean", "No end answer", "Mean"],
      ),
      rows: attritionRows,
    });
  const charts: TReportChart[] = [
    {
      caption: L(lang, "Gennemsnit ved start og slut", "Mean at the start and the end"),
      axis: L(lang, "skalaens minimum til maksimum", "the scale's minimum to maximum"),
      series: meanBars,
    },
  ];
  return { id: "change", title: L(lang, "Helbred, trivsel og handlekompetencer", "Health, well-being and self-efficacy"), paragraphs, charts, tables };
}

export function progressionSection(f: TReportFigures, lang: TLang): TReportSection {
  const { model, spider } = f.progression;
  const range = model.range;
  const areaLabel = (id: string) => {
    const a = model.areas.find((x) => x.id === id);
    return a ? L(lang, a.label.da, a.label.en) : id;
  };
  const shown = spider.areas.filter((a) => isShown(a.meanChange));
  // The scale's ends as the model names them: "−5 til 5", not "−5,0 til 5,0".
  const end = (v: number) => (Number.isInteger(v) ? formatNumber(v, 0, lang) : formatScore(v, range, lang));
  const paragraphs = [
    L(
      lang,
      `Mentorerne vurderer deltagernes progression på skalaen «${model.title.da}» fra ${end(range.min)} til ${end(range.max)}. ${formatCount(spider.participantsWithTwoReviews, lang)} deltagere har mindst to vurderinger.`,
      `Mentors rate the participants' progress on the scale “${model.title.en}” from ${end(range.min)} to ${end(range.max)}. ${formatCount(spider.participantsWithTwoReviews, lang)} participants have at least two reviews.`,
    ),
  ];
  for (const a of shown)
    paragraphs.push(
      L(
        lang,
        `${areaLabel(a.areaId)}: blandt ${formatCount(a.n, lang)} gik gennemsnittet fra ${formatScore(a.meanFirst, range, lang)} ved første vurdering til ${formatScore(a.meanLatest, range, lang)} ved seneste.`,
        `${areaLabel(a.areaId)}: among ${formatCount(a.n, lang)}, the mean went from ${formatScore(a.meanFirst, range, lang)} at the first review to ${formatScore(a.meanLatest, range, lang)} at the latest.`,
      ),
    );
  const width = range.max - range.min;
  const pos = (v: TFigure) => (isShown(v) && width > 0 ? (v - range.min) / width : typeof v === "string" ? v : null);
  return {
    id: "progression",
    title: L(lang, "Mentorernes vurdering af progression", "Mentors' progression ratings"),
    paragraphs,
    charts: [
      {
        caption: L(
          lang,
          "Gennemsnit pr. område ved første og seneste vurdering (kohortens spindelvæv)",
          "Mean per area at the first and latest review (the cohort's spider)",
        ),
        axis: `${end(range.min)} … ${end(range.max)}`,
        kind: "spider",
        series: [
          {
            name: L(lang, "Første vurdering", "First review"),
            bars: spider.areas.map((a) => ({ ...shareBar(areaLabel(a.areaId), pos(a.meanFirst), lang), text: cellOf(a.meanFirst, { range }, lang) })),
          },
          {
            name: L(lang, "Seneste vurdering", "Latest review"),
            bars: spider.areas.map((a) => ({ ...shareBar(areaLabel(a.areaId), pos(a.meanLatest), lang), text: cellOf(a.meanLatest, { range }, lang) })),
          },
        ],
      },
    ],
    tables: [
      {
        caption: L(lang, "Progression pr. område", "Progress per area"),
        columns: L(lang, ["Område", "n", "Første", "Seneste", "Ændring"], ["Area", "n", "First", "Latest", "Change"]),
        rows: spider.areas.map((a) => [
          areaLabel(a.areaId),
          cellOf(a.n, "count", lang),
          cellOf(a.meanFirst, { range }, lang),
          cellOf(a.meanLatest, { range }, lang),
          cellOf(a.meanChange, { range }, lang),
        ]),
      },
    ],
  };
}
