// What disclosure control costs on the demo programme (docs/privacy.md, "What it costs"): every
// evaluator figure as the old suppression published it (exact counts, 1-4 hidden as "<5", a
// second cell hidden beside a lone one as "x") against what the evaluator gets now (perturbed,
// "<5" under 5), cell by cell against the exact figure. It prints the table the document
// quotes and checks that no large cell is hidden any more. The last test measures what the
// method does not stop: averaging many cohorts that differ by the same one person.
import {
  attritionFromCounts,
  contactSummaryFromCounts,
  countNoiseDistribution,
  itemDistributionsFromCounts,
  keyedHeadline,
  MAX_COUNT_NOISE,
  outcomesOfHistories,
  pairedChangeFromCounts,
  progressionSpider,
  responseRatesFromCounts,
  SECONDARY_MARK,
  suppressAttrition,
  suppressContacts,
  suppressCount,
  suppressItemDistributions,
  suppressOutcomes,
  suppressPairedChange,
  suppressProgression,
  suppressResponseRates,
} from "../../packages/analytics/src/index";
import { analyticsTargets, itemCategories, scaleMetas, statusCatalogue } from "../../packages/api/src/evaluation/metadata";
import { readAnswerValueCounts, readCohortSize, readContactCountGroups, type CohortScope } from "../../packages/api/src/evaluation/read-counts";
import { readParticipantHistories } from "../../packages/api/src/evaluation/read-histories";
import { readScaleFigureCounts } from "../../packages/api/src/evaluation/read-scale-figures";
import { withoutFreeText } from "../../packages/api/src/privacy/free-text";
import { loadProgrammeInstruments, registryWith } from "../../packages/api/src/programme-instruments/cache";
import { planFromStored } from "../../packages/api/src/surveys/plan";
import { progressionFromStored } from "../../packages/api/src/workspace/progression-plan";
import { todayLocal } from "@skridt/instruments";
import type { TEvaluationFilter } from "@skridt/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disclosureDemo, startAnswers, type DisclosureDemo } from "../support/disclosure-demo";
import { engine } from "../support/test-db";

const OCCASIONS = ["start", "end"];

/** Settings, not figures: never counted. */
const SETTINGS = new Set(["goalShare", "minimalImportantChange", "minMonths", "change", "value"]);
/** Figures that count people or records (the rest are shares, means and other statistics). */
const COUNTS = new Set([
  "n",
  "count",
  "enrolled",
  "active",
  "ended",
  "eligible",
  "completed",
  "incomplete",
  "noResponse",
  "met",
  "relations",
  "lastingRelations",
  "participantsWithRelation",
  "participantsWithLastingRelation",
  "participantsWithAny",
  "participantsWithTwoReviews",
  "improved",
  "unchanged",
  "worse",
  "nNonZero",
]);
/** Sums perturbed as magnitudes (contacts and minutes): their error is reported relative to the sum. */
const SUMS = new Set(["total", "minutes"]);

/** A row's identity, so the same figure is matched in the old and the new output whatever the order. */
function idOf(v: unknown): string | undefined {
  if (!v || typeof v !== "object") return undefined;
  const o = v as Record<string, unknown>;
  if (typeof o.instrumentId === "string" && (typeof o.scaleId === "string" || typeof o.itemId === "string"))
    return `${o.instrumentId}/${(o.scaleId ?? o.itemId) as string}`;
  for (const key of ["occasion", "status", "group", "kind", "areaId", "id", "key"]) if (typeof o[key] === "string") return String(o[key]);
  if (o.value !== undefined) return `value=${String(o.value)}`;
  if (o.change !== undefined) return `change=${String(o.change)}`;
  return undefined;
}

/** Every figure of a result as path → value (number, marker, or null). */
function flatten(value: unknown, path = "", out = new Map<string, unknown>()): Map<string, unknown> {
  if (Array.isArray(value)) value.forEach((v, i) => flatten(v, `${path}[${idOf(v) ?? i}]`, out));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) if (!SETTINGS.has(k) && typeof v !== "boolean") flatten(v, path ? `${path}.${k}` : k, out);
  } else if (typeof value === "number" || typeof value === "string" || value === null) out.set(path, value);
  return out;
}

const lastKey = (path: string) =>
  path
    .replace(/\[[^\]]*\]$/, "")
    .split(".")
    .at(-1) ?? "";

type TLoss = {
  cells: number;
  oldHidden: number;
  oldLargeHidden: number;
  newHidden: number;
  newZeroHidden: number;
  newLargeHidden: number;
  newMidHidden: number;
  perturbed: number;
  countError: number;
  countCells: number;
  maxCountError: number;
  sumError: number;
  sumCells: number;
};

/** Compares old and new output against the exact figures, figure by figure. */
function measure(exact: unknown, before: unknown, after: unknown, loss: TLoss) {
  const e = flatten(exact);
  const b = flatten(before);
  const a = flatten(after);
  // A table of nobody (an item no one in the cohort answered, a scale no one scored) has nothing to lose: left out.
  const empty = [...e].filter(([path, v]) => v === 0 && /\.n$/.test(path)).map(([path]) => path.slice(0, -1));
  for (const [path, truth] of e) {
    if (typeof truth !== "number" || empty.some((prefix) => path.startsWith(prefix))) continue;
    // Figures only the new output leaves out entirely (a row under 5) count as hidden there.
    const old = b.get(path);
    const now = a.has(path) ? a.get(path) : "<5";
    if (old === undefined) continue;
    loss.cells++;
    const count = COUNTS.has(lastKey(path));
    if (typeof old === "string") {
      loss.oldHidden++;
      if (count && truth >= 5) loss.oldLargeHidden++;
    }
    if (typeof now === "string") {
      loss.newHidden++;
      if (truth === 0) loss.newZeroHidden++;
      if (count && truth >= 5 + MAX_COUNT_NOISE) loss.newLargeHidden++;
      else if (count && truth >= 5) loss.newMidHidden++;
    } else if (typeof now === "number") {
      if (Math.abs(now - truth) > 1e-9) loss.perturbed++;
      if (count) {
        loss.countCells++;
        loss.countError += Math.abs(now - truth);
        loss.maxCountError = Math.max(loss.maxCountError, Math.abs(now - truth));
      }
      if (SUMS.has(lastKey(path)) && truth > 0) {
        loss.sumCells++;
        loss.sumError += Math.abs(now - truth) / truth;
      }
    }
  }
}

const newLoss = (): TLoss => ({
  cells: 0,
  oldHidden: 0,
  oldLargeHidden: 0,
  newHidden: 0,
  newZeroHidden: 0,
  newLargeHidden: 0,
  newMidHidden: 0,
  perturbed: 0,
  countError: 0,
  countCells: 0,
  maxCountError: 0,
  sumError: 0,
  sumCells: 0,
});

/** The old rule 5 (suppress-across-groups.ts, now removed): beside a column's lone hidden count, hide the smallest other. */
function oldAcrossGroups<G extends Record<string, unknown>>(groups: G[]): G[] {
  const protect = (cells: Record<string, unknown>[], count: string, dependents: string[]) => {
    if (cells.filter((c) => typeof c[count] === "string").length !== 1) return;
    const shown = cells.flatMap((c, k) => (typeof c[count] === "number" ? [{ n: c[count] as number, k }] : [])).sort((x, y) => x.n - y.n);
    const pick = (shown.find((s) => s.n > 0) ?? shown[0])?.k;
    if (pick === undefined) return;
    for (const key of [count, ...dependents]) if (key in cells[pick]!) cells[pick]![key] = SECONDARY_MARK;
  };
  type TAny = Record<string, unknown> & { responseRates: Record<string, unknown>[]; targets: Record<string, unknown>[]; change: Record<string, unknown>[] };
  const copies = groups.map((g) => structuredClone(g) as unknown as TAny);
  if (copies.length < 2) return copies as unknown as G[];
  protect(copies, "enrolled", []);
  copies[0]!.responseRates.forEach((_, k) => {
    const cells = copies.map((g) => g.responseRates[k]!);
    protect(cells, "eligible", []);
    protect(cells, "completed", ["rate"]);
    protect(cells, "incomplete", []);
    protect(cells, "noResponse", []);
  });
  copies[0]!.targets.forEach((_, k) =>
    protect(
      copies.map((g) => g.targets[k]!),
      "met",
      ["share", "reached"],
    ),
  );
  copies[0]!.change.forEach((_, k) =>
    protect(
      copies.map((g) => g.change[k]!),
      "n",
      ["meanChange", "ci95"],
    ),
  );
  return copies as unknown as G[];
}

describe(`information loss of disclosure control on the demo programme on ${engine}`, () => {
  let demo: DisclosureDemo;
  beforeAll(async () => {
    demo = await disclosureDemo();
  }, 300_000);
  afterAll(async () => demo?.t.cleanup());

  const input = (filter: TEvaluationFilter = {}) => ({ organisationId: demo.organisationId, programmeId: demo.programmeId, filter });
  const cohortOf = (filter: TEvaluationFilter): CohortScope => {
    const { organisationIds, ...criteria } = filter;
    return { programmeId: demo.programmeId, organisationIds: organisationIds ?? demo.organisationIds, filter: criteria };
  };

  /** The exact figures of each view, as the router computes them before disclosure control. */
  async function exactFigures(filter: TEvaluationFilter) {
    const db = demo.t.db;
    const cohort = cohortOf(filter);
    const today = todayLocal();
    const programme = await db.programme.findUniqueOrThrow({ where: { id: demo.programmeId } });
    const instruments = registryWith(await loadProgrammeInstruments(db, demo.programmeId));
    const targets = analyticsTargets(planFromStored(programme.measurementPlan));
    const { histories } = await readParticipantHistories(db, cohort, OCCASIONS);
    const ended = histories.filter((h) => h.endedOn && h.endedOn <= today).length;
    const scales = await readScaleFigureCounts(db, cohort.programmeId, cohort.organisationIds, cohort.filter);
    const metas = scaleMetas(instruments);
    const size = await readCohortSize(db, cohort, today);
    const { model: _model, plan } = progressionFromStored(programme.progressionPlan, programme.reviewIntervalDays);
    const ids = new Set(
      demo.rows.participants
        .filter(
          (p) =>
            cohort.organisationIds.includes(p.organisationId) &&
            (!filter.enrolledTo || p.enrolledOn <= filter.enrolledTo) &&
            (!filter.enrolledFrom || p.enrolledOn >= filter.enrolledFrom),
        )
        .map((p) => p.participantId),
    );
    return {
      overview: {
        counts: { enrolled: histories.length, active: histories.length - ended, ended },
        // Over the denominators the overview uses (issue 15): the end over those who ended or were sent it; status at the end over those who ended.
        responseRates: keyedHeadline(histories, OCCASIONS, statusCatalogue(), { today, targets }).responseRates.map((r) => ({
          occasion: r.occasion,
          eligible: r.eligible.count,
          completed: r.completed.count,
          incomplete: r.incomplete.count,
          noResponse: r.noResponse.count,
          rate: r.eligible.count > 0 ? r.completed.count / r.eligible.count : null,
        })),
        outcomes: outcomesOfHistories(
          histories.filter((h) => h.endedOn && h.endedOn <= today),
          statusCatalogue(),
          { asOf: today, employmentMonths: 6, targets },
        ),
      },
      questionnaires: {
        distributions: itemDistributionsFromCounts(withoutFreeText(await readAnswerValueCounts(db, cohort, OCCASIONS)), {
          occasions: OCCASIONS,
          categories: itemCategories(instruments),
        }),
        change: pairedChangeFromCounts(scales, metas),
        attrition: attritionFromCounts(scales, metas),
      },
      // Kinds only: the channels (issue 12) are the same contacts grouped again, listed apart.
      contacts: contactSummaryFromCounts(
        size.enrolled,
        (await readContactCountGroups(db, cohort)).filter((g) => g.kind === null || !g.kind.startsWith("channel:")),
      ),
      progression: progressionSpider(
        demo.rows.participants.filter((p) => ids.has(p.participantId)),
        demo.rows.reviews,
        { areas: plan.areaIds },
      ),
    };
  }

  function oldFigures(exact: Awaited<ReturnType<typeof exactFigures>>) {
    const c = exact.overview.counts;
    return {
      overview: {
        counts: { enrolled: suppressCount(c.enrolled), active: suppressCount(c.active), ended: suppressCount(c.ended) },
        responseRates: suppressResponseRates(exact.overview.responseRates),
        outcomes: suppressOutcomes(exact.overview.outcomes),
      },
      questionnaires: {
        distributions: suppressItemDistributions(exact.questionnaires.distributions),
        change: suppressPairedChange(exact.questionnaires.change),
        attrition: suppressAttrition(exact.questionnaires.attrition),
      },
      contacts: suppressContacts(exact.contacts),
      progression: suppressProgression(exact.progression),
    };
  }

  async function newFigures(filter: TEvaluationFilter) {
    const overview = await demo.evaluator.evaluation.overview(input(filter));
    const questionnaires = await demo.evaluator.evaluation.questionnaires(input(filter));
    return {
      overview: { counts: overview.counts, responseRates: overview.responseRates.map(({ basis: _basis, ...r }) => r), outcomes: overview.outcomes },
      questionnaires: { distributions: questionnaires.distributions, change: questionnaires.change, attrition: questionnaires.attrition },
      contacts: (await demo.evaluator.evaluation.contacts(input(filter))).contacts,
      progression: (await demo.evaluator.evaluation.progression(input(filter))).spider,
    };
  }

  it("hides no large cell any more and perturbs the rest a little: the table of docs/privacy.md", async () => {
    const rows: Array<[string, TLoss]> = [];
    const cohorts: Array<[string, TEvaluationFilter]> = [
      ["whole programme", {}],
      ...(await demo.t.db.organisation.findMany({ orderBy: { name: "asc" } })).map((o) => [o.name, { organisationIds: [o.id] }] as [string, TEvaluationFilter]),
      // Evaluators choose whole months (issue 11): the issue's cohort of 90 is read as enrolled by the end of May.
      ["enrolled by 2026-05-31", { enrolledTo: "2026-05-31" }],
    ];
    const total = newLoss();
    for (const [name, filter] of cohorts) {
      const exact = await exactFigures(filter);
      const before = oldFigures(exact);
      const after = await newFigures(filter);
      for (const view of ["overview", "questionnaires", "contacts", "progression"] as const) {
        const loss = newLoss();
        measure(exact[view], before[view], after[view], loss);
        measure(exact[view], before[view], after[view], total);
        rows.push([`${name}: ${view}`, loss]);
      }
    }
    // Grupper: every group of every split, the old way (exact, "<5", and the across-groups "x") and now.
    for (const by of ["organisation", "gender", "ageBand", "enrolmentYear"] as const) {
      const now = await demo.evaluator.evaluation.breakdown({ organisationId: demo.organisationId, programmeId: demo.programmeId, by });
      const keyOf = (p: (typeof demo.rows.participants)[number]) =>
        by === "organisation" ? p.organisationId : by === "gender" ? (p.gender ?? "unknown") : by === "ageBand" ? ageBandOf(p) : p.enrolledOn.slice(0, 4);
      const keys = [...new Set(demo.rows.participants.map(keyOf))].sort();
      type TExactGroup = {
        key: string;
        enrolled: number;
        responseRates: ReturnType<typeof responseRatesFromCounts>;
        change: Array<{ instrumentId: string; scaleId: string; n: number; meanChange: number | null; ci95: [number, number] | null }>;
        targets: ReturnType<typeof outcomesOfHistories>["targets"];
      };
      const exactGroups: TExactGroup[] = [];
      for (const key of keys) {
        const filter: TEvaluationFilter =
          by === "organisation"
            ? { organisationIds: [key] }
            : by === "gender"
              ? { genders: [key as "female"] }
              : by === "ageBand"
                ? { ageBands: [key as "18-29"] }
                : { enrolledFrom: `${key}-01-01`, enrolledTo: `${key}-12-31` };
        const e = await exactFigures(filter);
        exactGroups.push({
          key,
          enrolled: e.overview.counts.enrolled,
          responseRates: e.overview.responseRates,
          change: e.questionnaires.change.map((c) => ({
            instrumentId: c.instrumentId,
            scaleId: c.scaleId,
            n: c.paired.n,
            meanChange: c.paired.meanChange,
            ci95: c.paired.ci95,
          })),
          targets: e.overview.outcomes.targets,
        });
      }
      const old = oldAcrossGroups(
        exactGroups.map((g) => ({
          key: g.key,
          enrolled: suppressCount(g.enrolled),
          responseRates: suppressResponseRates(g.responseRates),
          change: suppressPairedChange(
            exactGroups
              .find((x) => x.key === g.key)!
              .change.map((c) => ({
                instrumentId: c.instrumentId,
                scaleId: c.scaleId,
                higherIsBetter: true,
                minimalImportantChange: null,
                paired: {
                  n: c.n,
                  meanStart: null,
                  meanEnd: null,
                  meanChange: c.meanChange,
                  sdChange: null,
                  ci95: c.ci95,
                  effect: null,
                  wilcoxon: null,
                  byMic: null,
                },
                unpaired: { label: "unpaired" as const, start: { n: 0, mean: null, sd: null }, end: { n: 0, mean: null, sd: null } },
              })),
          ).map((c) => ({ instrumentId: c.instrumentId, scaleId: c.scaleId, n: c.paired.n, meanChange: c.paired.meanChange, ci95: c.paired.ci95 })),
          targets: suppressOutcomes({
            n: g.enrolled,
            statuses: [],
            groups: [],
            employment: {
              minMonths: 6,
              relations: 0,
              lastingRelations: 0,
              participantsWithRelation: 0,
              participantsWithLastingRelation: 0,
              lastingShare: null,
              internships: 0,
              lastingInternships: 0,
            },
            targets: g.targets,
          }).targets,
        })),
      );
      const loss = newLoss();
      measure({ groups: exactGroups }, { groups: old }, { groups: now.groups }, loss);
      measure({ groups: exactGroups }, { groups: old }, { groups: now.groups }, total);
      rows.push([`Grupper by ${by}`, loss]);
    }
    rows.push(["all", total]);
    const line = (name: string, l: TLoss) =>
      `| ${name} | ${l.cells} | ${l.oldHidden} (${l.oldLargeHidden}) | ${l.newHidden} (${l.newZeroHidden}, ${l.newMidHidden}, ${l.newLargeHidden}) | ${l.perturbed} | ${(l.countError / Math.max(1, l.countCells)).toFixed(2)} (${l.maxCountError}) |` +
      ` ${l.sumCells ? `${((100 * l.sumError) / l.sumCells).toFixed(1)} %` : ""} |`;
    console.log(
      [
        `[disclosure ${engine}] information loss, figure by figure against the exact figure:`,
        "| cohort: view | figures | hidden before (of them counts of 5+) | hidden now (of them 0; 5-7; 8+) | perturbed now | count error: mean (max) | sums: mean error |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        ...rows.map(([name, l]) => line(name, l)),
      ].join("\n"),
    );
    // No count of 8 or more is hidden now (the old "x" hid counts as large as 34), and no count is off by more than the table allows.
    expect(total.newLargeHidden).toBe(0);
    expect(total.oldLargeHidden).toBeGreaterThan(0);
    expect(total.maxCountError).toBeLessThanOrEqual(MAX_COUNT_NOISE);
  }, 300_000);

  it("measures what it does not stop: averaging many cohorts that differ by the same one person", async () => {
    // Targets enrolled alone on their day, with many earlier enrolment days to start windows from.
    const byDay = new Map<string, string[]>();
    for (const p of demo.rows.participants) byDay.set(p.enrolledOn, [...(byDay.get(p.enrolledOn) ?? []), p.participantId]);
    const days = [...byDay.keys()].sort();
    const targets = days
      .flatMap((day, k) =>
        k > 60 && byDay.get(day)!.length === 1 && startAnswers(demo.rows, byDay.get(day)![0]!).size > 0
          ? [{ day, before: days[k - 1]!, target: byDay.get(day)![0]!, starts: days.slice(0, k - 1) }]
          : [],
      )
      .slice(0, 4);
    const budgets = [1, 4, 16, 40];
    const hits = budgets.map(() => 0);
    let items = 0;
    let guessed = 0;
    const cells = (q: Awaited<ReturnType<DisclosureDemo["evaluator"]["evaluation"]["questionnaires"]>>) =>
      new Map(
        q.distributions.map((d) => [
          `${d.instrumentId}/${d.itemId}`,
          new Map(d.occasions[0]!.cells.map((c) => [String(c.value), typeof c.count === "number" ? c.count : 2])),
        ]),
      );
    for (const t of targets) {
      const truth = startAnswers(demo.rows, t.target);
      const sums = new Map<string, Map<string, number>>();
      let used = 0;
      let first: ReturnType<typeof cells> | null = null;
      for (const from of t.starts.slice(-Math.max(...budgets)).reverse()) {
        const a = cells(await demo.evaluator.evaluation.questionnaires(input({ enrolledFrom: from, enrolledTo: t.before })));
        const b = cells(await demo.evaluator.evaluation.questionnaires(input({ enrolledFrom: from, enrolledTo: t.day })));
        first ??= a;
        used++;
        for (const [item, after] of b) {
          const sum = sums.get(item) ?? new Map<string, number>();
          for (const [value, count] of after) sum.set(value, (sum.get(value) ?? 0) + count - (a.get(item)?.get(value) ?? 0));
          sums.set(item, sum);
        }
        const k = budgets.indexOf(used);
        if (k < 0) continue;
        for (const [item, answer] of truth) {
          const sum = sums.get(item);
          if (!sum || !sum.has(String(answer))) continue;
          const best = [...sum.entries()].sort((x, y) => y[1] - x[1])[0]![0];
          if (best === String(answer)) hits[k]!++;
          if (k === 0) {
            items++;
            const modal = [...first!.get(item)!.entries()].sort((x, y) => y[1] - x[1])[0]![0];
            if (modal === String(answer)) guessed++;
          }
        }
      }
    }
    const pct = (x: number) => `${((100 * x) / items).toFixed(0)} %`;
    console.log(
      `[disclosure ${engine}] averaging: ${targets.length} targets, ${items} answers; guessing ${pct(guessed)}; ${budgets.map((b, k) => `${b} pairs ${pct(hits[k]!)}`).join(", ")}`,
    );
    expect(items).toBeGreaterThan(50);
    // One pair is noise; the count table's variance (about 2.3 per cell) is what averaging has to beat.
    expect(countNoiseDistribution(10).length).toBe(2 * MAX_COUNT_NOISE + 1);
  }, 300_000);
});

/** Age band at enrolment, as the filters take it. */
function ageBandOf(p: { birthYear?: number | null; enrolledOn: string }): string {
  if (typeof p.birthYear !== "number") return "unknown";
  const age = Number(p.enrolledOn.slice(0, 4)) - p.birthYear;
  return age < 18 ? "<18" : age < 30 ? "18-29" : age < 40 ? "30-39" : age < 50 ? "40-49" : age < 60 ? "50-59" : "60+";
}
