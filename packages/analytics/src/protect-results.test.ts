import { describe, expect, it } from "vitest";
import { disclosureOf } from "./disclosure";
import { keyedItemDistributions, type TKeyedItemDistribution } from "./distributions";
import { keyedItemDistributionsFromCounts, keyedResponseRatesFromCounts, type TAnswerValueCount, type TSurveyStateCount } from "./from-counts";
import { keyedOutcomes, keyedOutcomesOfHistories } from "./outcomes";
import { protectItemDistributions, protectOutcomes, protectResponseRates } from "./protect-results";
import { keyedResponseRates } from "./response-rates";
import { randomKeys, seeded } from "./testing-keys";
import type { TAnswerRow, TParticipantRow, TStatusCatalogue, TSurveyRow } from "./types";

const ITEMS = 10;
const OPTIONS = [1, 2, 3, 4, 5];
const categories = Array.from({ length: ITEMS }, (_, k) => ({ instrumentId: "q", itemId: `i${k}`, values: OPTIONS }));

/** A cohort of n with keys, and every participant's answer to ten five-option items at start. */
function cohort(n: number, seed: number) {
  const keys = randomKeys(n, seed);
  const next = seeded(seed + 1);
  const participants: TParticipantRow[] = keys.map((cellKey, i) => ({ participantId: `p${i}`, organisationId: "o", enrolledOn: "2025-01-01", cellKey }));
  // Skewed answers, as questionnaires have: option 3 and 4 common, 1 rare.
  const answer = () => {
    const u = next();
    return u < 0.05 ? 1 : u < 0.2 ? 2 : u < 0.55 ? 3 : u < 0.85 ? 4 : 5;
  };
  const answers: TAnswerRow[] = participants.flatMap((p) =>
    Array.from({ length: ITEMS }, (_, k) => ({ participantId: p.participantId, occasion: "start", instrumentId: "q", itemId: `i${k}`, value: answer() })),
  );
  return { participants, answers };
}

/** The same answers grouped as the database groups them: per value, a count and a key sum. */
function grouped(participants: readonly TParticipantRow[], answers: readonly TAnswerRow[]): TAnswerValueCount[] {
  const keys = new Map(participants.map((p) => [p.participantId, p.cellKey as number]));
  const groups = new Map<string, TAnswerValueCount>();
  for (const a of answers) {
    if (!keys.has(a.participantId)) continue;
    const id = `${a.itemId}|${String(a.value)}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { instrumentId: a.instrumentId, itemId: a.itemId, occasion: a.occasion, value: a.value as number, count: 0, key: 0 }));
    g.count++;
    g.key = (g.key as number) + (keys.get(a.participantId) as number);
  }
  return [...groups.values()];
}

const populationKey = (ps: readonly TParticipantRow[]) => ps.reduce((s, p) => s + (p.cellKey as number), 0);

function protectedTables(participants: readonly TParticipantRow[], answers: readonly TAnswerRow[]) {
  const keyed: TKeyedItemDistribution[] = keyedItemDistributions(participants, answers, { occasions: ["start"], categories });
  return protectItemDistributions(keyed, disclosureOf(populationKey(participants)));
}

describe("protected item distributions", () => {
  const { participants, answers } = cohort(120, 1);

  it("are the same from answer rows and from counts grouped in the database", () => {
    const fromRows = protectedTables(participants, answers);
    const fromCounts = protectItemDistributions(
      keyedItemDistributionsFromCounts(grouped(participants, answers), { occasions: ["start"], categories }),
      disclosureOf(populationKey(participants)),
    );
    expect(fromCounts).toEqual(fromRows);
  });

  it("give each shown share as the shown count over the shown n, and never blank a large cell beside a small one", () => {
    for (const item of protectedTables(participants, answers)) {
      const o = item.occasions[0]!;
      expect(typeof o.n).toBe("number");
      for (const c of o.cells) {
        if (typeof c.count === "number") expect(c.share).toBeCloseTo(Math.min(1, c.count / (o.n as number)), 12);
        else expect(c.share).toBe("<5");
      }
      // Option 3 (about 35 % of 120) is always shown, whatever the rare option 1 shows.
      expect(typeof o.cells.find((c) => c.value === 3)!.count).toBe("number");
    }
  });

  it("list an undeclared value only when its count may be shown", () => {
    const typed: TAnswerRow[] = [
      ...participants.slice(0, 2).map((p) => ({ participantId: p.participantId, occasion: "start", instrumentId: "q", itemId: "age", value: 33 })),
      ...participants.slice(2, 42).map((p) => ({ participantId: p.participantId, occasion: "start", instrumentId: "q", itemId: "age", value: 40 })),
    ];
    const [age] = protectItemDistributions(keyedItemDistributions(participants, typed, { occasions: ["start"] }), disclosureOf(populationKey(participants)));
    expect(age!.occasions[0]!.cells.map((c) => c.value)).toEqual([40]);
  });

  it("turn a one-person difference of two cohorts into noise in every cell", () => {
    // Each participant in turn is the target: the cohort without them against the cohort with them.
    const full = protectedTables(participants, answers);
    let exactPattern = 0;
    let argmaxHits = 0;
    let guesses = 0;
    for (let t = 0; t < 60; t++) {
      const target = participants[t]!;
      const without = protectedTables(
        participants.filter((p) => p !== target),
        answers.filter((a) => a.participantId !== target.participantId),
      );
      full.forEach((item, k) => {
        const truth = answers.find((a) => a.participantId === target.participantId && a.itemId === item.itemId)!.value;
        // Hidden cells count as 2 (the middle of "<5").
        const value = (c: number | string) => (typeof c === "number" ? c : 2);
        const diff = item.occasions[0]!.cells.map((c, j) => value(c.count) - value(without[k]!.occasions[0]!.cells[j]!.count));
        // The attack: one cell up by exactly one, every other unchanged.
        if (diff.filter((x) => x === 0).length === diff.length - 1 && diff.includes(1)) exactPattern++;
        const best = diff.indexOf(Math.max(...diff));
        if (OPTIONS[best] === truth) argmaxHits++;
        guesses++;
      });
    }
    // Without perturbation every one of the 600 would show the exact pattern and be right.
    expect(exactPattern / guesses).toBeLessThan(0.02);
    // A guess from noise: about a third right (the simulation in docs/privacy.md), far from all.
    expect(argmaxHits / guesses).toBeLessThan(0.45);
  });
});

describe("protected response rates", () => {
  it("are the same from questionnaire rows and from grouped counts, with the rate a ratio of shown counts", () => {
    const keys = randomKeys(80, 3);
    const participants: TParticipantRow[] = keys.map((cellKey, i) => ({ participantId: `p${i}`, organisationId: "o", enrolledOn: "2025-01-01", cellKey }));
    const surveys: TSurveyRow[] = participants.flatMap((p, i) =>
      i % 10 === 0 ? [] : [{ participantId: p.participantId, occasion: "start", state: i % 7 === 0 ? ("in_progress" as const) : ("submitted" as const) }],
    );
    const d = disclosureOf(populationKey(participants));
    const fromRows = protectResponseRates(keyedResponseRates(participants, surveys, { occasions: ["start"] }), d);
    const state = (s: "submitted" | "in_progress"): TSurveyStateCount => {
      const ids = new Set(surveys.filter((x) => x.state === s).map((x) => x.participantId));
      const of = participants.filter((p) => ids.has(p.participantId));
      return { occasion: "start", state: s === "submitted" ? "submitted" : "in_progress", count: of.length, key: populationKey(of) };
    };
    const fromCounts = protectResponseRates(
      keyedResponseRatesFromCounts({ count: 80, key: populationKey(participants) }, [state("submitted"), state("in_progress")], ["start"]),
      d,
    );
    expect(fromCounts).toEqual(fromRows);
    const r = fromRows[0]!;
    expect(r.rate).toBeCloseTo((r.completed as number) / (r.eligible as number), 12);
  });
});

describe("protected outcomes", () => {
  const catalogue: TStatusCatalogue = { flexjob: "work", pension: "pension", unemployed: "unemployed" };

  it("list a status only when its count may be shown, and refuse rows without keys", () => {
    const keys = randomKeys(60, 5);
    const participants: TParticipantRow[] = keys.map((cellKey, i) => ({ participantId: `p${i}`, organisationId: "o", enrolledOn: "2025-01-01", cellKey }));
    // Two on pension (always "<5"), thirty in a flex job, the rest unemployed.
    const events = participants.map((p, i) => ({
      participantId: p.participantId,
      occurredOn: "2025-02-01",
      status: i < 2 ? "pension" : i < 32 ? "flexjob" : "unemployed",
    }));
    const d = disclosureOf(populationKey(participants));
    const o = protectOutcomes(keyedOutcomes(participants, events, catalogue, { asOf: "2025-12-31" }), d);
    expect(o.statuses.map((s) => s.status).sort()).toEqual(["flexjob", "unemployed"]);
    expect(o.groups.map((g) => g.group)).toEqual(["work", "unemployed"]);
    expect(() => keyedOutcomesOfHistories([{ events: [] }], catalogue, { asOf: "2025-12-31" })).toThrow(/cell key/);
  });
});
