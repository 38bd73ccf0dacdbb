// The evaluator's figures as the screens show them, protected by the same disclosure control
// (packages/analytics, perturbed by the cohort's cell keys: the same cohort gives the same
// figures here as on the screen), laid out as tidy tables (one figure per row) so CSV and XLSX
// carry the same.
import {
  addKeyed,
  disclosureOf,
  keyed,
  keyedContactBins,
  keyOfRow,
  keyedItemDistributions,
  protectContacts,
  protectHeadline,
  protectedPairedChange,
  protectItemDistributions,
  type TKeyedHeadline,
} from "@skridt/analytics";
import { builtinInstruments, STATUSES, todayLocal, type TInstrument } from "@skridt/instruments";
import { analyticsTargets, itemCategories, scaleMetas } from "../evaluation/metadata";
import { withoutFreeText } from "../privacy/free-text";
import { findInstrument } from "../programme-instruments/cache";
import type { externalResults } from "../external/results";
import type { ExportCohort } from "./cohort";
import type { Cell, Table } from "./table";

export const AGGREGATE_COLUMNS = ["section", "instrument_id", "subject", "subject_label", "occasion", "category", "category_label", "statistic", "value"];

type Row = Cell[];

/** A suppressed figure is a number, a marker string ("<5", "x") or nothing. */
const cell = (value: unknown): Cell => (typeof value === "number" || typeof value === "string" ? value : null);

type ExternalResults = Awaited<ReturnType<typeof externalResults>>;

/**
 * `headline` is the overview's (keyedHeadline over the same cohort): the counts, response rates
 * and status at the end come from it, so they are the page's figures over the page's
 * denominators (the end rate over those who reached the end, status over those who ended).
 */
export function aggregateTables(cohort: ExportCohort, headline: TKeyedHeadline, external: ExternalResults = []): Table[] {
  const { participants, rows, plan } = cohort;
  const today = todayLocal();
  const sections: Record<string, Row[]> = {
    counts: [],
    response_rates: [],
    distributions: [],
    paired_change: [],
    outcomes: [],
    contacts: [],
    external_distributions: [],
  };
  const add = (section: string, r: Omit<Record<(typeof AGGREGATE_COLUMNS)[number], Cell>, "section">) =>
    sections[section]!.push([section, ...AGGREGATE_COLUMNS.slice(1).map((c) => r[c] ?? null)]);

  const counts = { enrolled: keyed(), active: keyed(), ended: keyed() };
  for (const p of participants) {
    const key = keyOfRow(p);
    addKeyed(counts.enrolled, key);
    addKeyed(p.endedOn && p.endedOn <= today ? counts.ended : counts.active, key);
  }
  // Every figure below is this cohort's: perturbed by its key sum, as the screens are.
  const d = disclosureOf(counts.enrolled.key);
  const shown = protectHeadline(headline, d);
  for (const statistic of ["enrolled", "active", "ended"] as const) add("counts", { statistic, value: cell(shown.counts[statistic]) });

  // The category says the rate's basis: everyone enrolled (start), or those who reached the occasion.
  const BASIS_LABELS = { enrolled: "alle indskrevne", reached: "afsluttede eller har fået skemaet" };
  for (const r of shown.responseRates) {
    for (const statistic of ["eligible", "completed", "incomplete", "noResponse", "rate"] as const)
      add("response_rates", { occasion: r.occasion, category: r.basis, category_label: BASIS_LABELS[r.basis], statistic, value: cell(r[statistic]) });
  }

  // Options nobody in the cohort chose are listed as on the screen: the plan's instruments and any answered.
  const planned = new Set([...(plan.occasions.start ?? []), ...(plan.occasions.end ?? []), ...rows.answers.map((a) => a.instrumentId)]);
  const registry: Record<string, TInstrument> = {};
  for (const id of planned) {
    const found = findInstrument(id);
    if (found) registry[id] = found;
  }
  const categories = itemCategories(registry);
  const distributions = protectItemDistributions(
    keyedItemDistributions(participants, withoutFreeText(rows.answers), { occasions: ["start", "end"], surveys: rows.surveys, categories }),
    d,
  );
  for (const d of distributions) {
    const item = findInstrument(d.instrumentId)?.items.find((i) => i.id === d.itemId);
    // Free text is no distribution: it never leaves as an aggregate either.
    if (!item || item.type === "text") continue;
    const labels = new Map("options" in item ? item.options.map((o) => [String(o.code), o.label.da]) : []);
    for (const o of d.occasions) {
      const base = { instrument_id: d.instrumentId, subject: d.itemId, subject_label: item.prompt.da, occasion: o.occasion };
      add("distributions", { ...base, statistic: "n", value: cell(o.n) });
      for (const c of o.cells) {
        const category = { category: cell(c.value), category_label: labels.get(String(c.value)) ?? null };
        add("distributions", { ...base, ...category, statistic: "count", value: cell(c.count) });
        add("distributions", { ...base, ...category, statistic: "share", value: cell(c.share) });
      }
    }
  }

  const scaleLabels = new Map(Object.values(builtinInstruments).flatMap((i) => i.scales.map((s) => [`${i.id}/${s.id}`, s.label.da])));
  for (const c of protectedPairedChange(participants, rows.scores, scaleMetas(), { surveys: rows.surveys }, d)) {
    const base = {
      instrument_id: c.instrumentId,
      subject: c.scaleId,
      subject_label: scaleLabels.get(`${c.instrumentId}/${c.scaleId}`) ?? null,
      occasion: "start-end",
    };
    const p = c.paired;
    const ci = Array.isArray(p.ci95) ? p.ci95 : [p.ci95, p.ci95];
    const wilcoxon = p.wilcoxon && typeof p.wilcoxon === "object" ? p.wilcoxon : null;
    const figures: [string, unknown][] = [
      ["n", p.n],
      ["mean_start", p.meanStart],
      ["mean_end", p.meanEnd],
      ["mean_change", p.meanChange],
      ["sd_change", p.sdChange],
      ["ci95_low", ci[0]],
      ["ci95_high", ci[1]],
      ["effect_srm", p.effect],
      ["wilcoxon_p", wilcoxon ? wilcoxon.p : p.wilcoxon],
      ["minimal_important_change", c.minimalImportantChange],
    ];
    if (p.byMic && typeof p.byMic === "object") {
      const m = p.byMic;
      figures.push(
        ["improved", m.improved],
        ["unchanged", m.unchanged],
        ["worse", m.worse],
        ["improved_share", m.improvedShare],
        ["unchanged_share", m.unchangedShare],
        ["worse_share", m.worseShare],
      );
    }
    for (const [statistic, value] of figures) add("paired_change", { ...base, statistic, value: cell(value) });
  }

  const targets = analyticsTargets(plan);
  // Status at the end over those who have ended, as on the overview.
  const result = shown.outcomes;
  add("outcomes", { statistic: "n", value: cell(result.n) });
  for (const g of result.groups) {
    add("outcomes", { subject: "group", category: g.group, statistic: "count", value: cell(g.count) });
    add("outcomes", { subject: "group", category: g.group, statistic: "share", value: cell(g.share) });
  }
  for (const s of result.statuses) {
    const label = STATUSES[s.status as keyof typeof STATUSES]?.label.da ?? null;
    add("outcomes", { subject: "status", category: s.status, category_label: label, statistic: "count", value: cell(s.count) });
    add("outcomes", { subject: "status", category: s.status, category_label: label, statistic: "share", value: cell(s.share) });
  }
  for (const [statistic, value] of Object.entries(result.employment)) add("outcomes", { subject: "employment", statistic, value: cell(value) });
  for (const target of result.targets) {
    const label = targets.find((x) => x.id === target.id)?.label.da ?? null;
    for (const statistic of ["met", "share", "goalShare"] as const)
      add("outcomes", { subject: target.id, subject_label: label, statistic, value: cell(target[statistic]) });
  }

  const contacts = protectContacts(counts.enrolled, keyedContactBins(participants, rows.contacts), d);
  for (const statistic of ["total", "participantsWithAny", "meanPerParticipant", "medianPerParticipant", "minutes"] as const)
    add("contacts", { statistic, value: cell(contacts[statistic]) });
  for (const k of contacts.byKind) {
    for (const statistic of ["total", "participantsWithAny", "meanPerParticipant", "medianPerParticipant"] as const)
      add("contacts", { category: k.kind, statistic, value: cell(k[statistic]) });
  }

  // Employers' and volunteer mentors' answers, per item, as on the screen: externalResults has
  // protected them (perturbed by the respondents' own cell keys, "<5" below the threshold). The
  // category is the respondent type ("company" / "volunteer") for the sent and answered counts.
  for (const r of external) {
    add("external_distributions", { category: r.respondentType, statistic: "sent", value: cell(r.sent) });
    add("external_distributions", { category: r.respondentType, statistic: "answered", value: cell(r.answered) });
    for (const d of r.distributions) {
      const item = r.instruments.find((i) => i.id === d.instrumentId)?.items.find((i) => i.id === d.itemId);
      if (!item) continue;
      const labels = new Map(item.options.map((o) => [String(o.code), o.label.da]));
      for (const o of d.occasions) {
        const base = { instrument_id: d.instrumentId, subject: d.itemId, subject_label: item.prompt.da, occasion: o.occasion };
        add("external_distributions", { ...base, statistic: "n", value: cell(o.n) });
        for (const c of o.cells) {
          const category = { category: cell(c.value), category_label: labels.get(String(c.value)) ?? null };
          add("external_distributions", { ...base, ...category, statistic: "count", value: cell(c.count) });
          add("external_distributions", { ...base, ...category, statistic: "share", value: cell(c.share) });
        }
      }
    }
  }

  return Object.entries(sections).map(([name, r]) => ({ name, columns: AGGREGATE_COLUMNS, rows: r }));
}
