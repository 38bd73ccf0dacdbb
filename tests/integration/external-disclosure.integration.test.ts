// Issue 11, item 1 for employers and volunteer mentors: their figures are protected by the
// cell-key method as the participants' are. Each questionnaire (one respondent) carries a stored
// random key; every count about external respondents (sent, answered, n and each answer) is
// perturbed by its respondents' keys and the population's. The attack: read the employers'
// results before and after one more employer answers and subtract. Under the old small-cell
// suppression that gives the new employer's answer to every item; under the cell-key method
// the difference is noise. Run over many key draws (seeded, so every run is the same).
import { DEFAULT_THRESHOLD, itemDistributions, KEY_RANGE, suppressItemDistributions } from "../../packages/analytics/src/index";
import { readCsv } from "@skridt/api/imports";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createOrganisation, createProgramme, createUser, signedInCaller, type Caller } from "../support/api";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

const ITEMS = ["interesse_ansaette", "kontakt_fastholdelse", "indsigt"] as const;
type TItemId = (typeof ITEMS)[number];
type TAnswers = Record<TItemId, number>;
const OPTIONS = [5, 4, 3, 2, 1];

/**
 * Fifteen employers who answer first: per item, cells of 0 or 5 and more, so the old method
 * showed every cell (and the attack on it is plain).
 */
const COLUMNS: Record<TItemId, number[]> = {
  interesse_ansaette: [...Array(5).fill(5), ...Array(5).fill(4), ...Array(5).fill(3)],
  kontakt_fastholdelse: [...Array(8).fill(4), ...Array(7).fill(3)],
  indsigt: [...Array(10).fill(5), ...Array(5).fill(4)],
};
const FIRST: TAnswers[] = Array.from({ length: 15 }, (_, i) => ({
  interesse_ansaette: COLUMNS.interesse_ansaette[i]!,
  kontakt_fastholdelse: COLUMNS.kontakt_fastholdelse[i]!,
  indsigt: COLUMNS.indsigt[i]!,
}));
/** The one more employer whose answers the attacker wants. */
const LAST: TAnswers = { interesse_ansaette: 4, kontakt_fastholdelse: 3, indsigt: 5 };
const SEEDS = Array.from({ length: 30 }, (_, i) => 7001 + i);

/** mulberry32: the same keys for a seed every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

type TPublished = { n: number | string; cells: Map<number, number | string> };
type TCompanyFigures = { sent: number | string; answered: number | string; items: Map<TItemId, TPublished> };

/** A published cell as an attacker reads it: the number, or 2 (the middle of "<5"). */
const read = (c: number | string | undefined) => (typeof c === "number" ? c : 2);

describe(`employers' figures under the cell-key method on ${engine}`, () => {
  let t: TestDatabase;
  let mentor: Caller;
  let evaluator: Caller;
  let anonymous: Caller;
  let orgId: string;
  let programmeId: string;
  let surveyIds: string[] = [];
  let lastToken = "";
  let mutation = 0;

  const answerAll = async (token: string, answers: TAnswers) => {
    for (const itemId of ITEMS)
      await anonymous.take.saveAnswer({
        token,
        instrumentId: "virksomhedsskema",
        itemId,
        value: answers[itemId],
        clientMutationId: `ext-disclosure-${++mutation}`,
        answeredAt: new Date().toISOString(),
      });
    await anonymous.take.submit({ token });
  };

  /** Every questionnaire gets a key from the seed (the same key for the same questionnaire). */
  const rekey = async (seed: number) => {
    const next = seeded(seed);
    for (const id of surveyIds) await t.db.survey.update({ where: { id }, data: { cellKey: Math.floor(next() * KEY_RANGE) } });
  };

  const companyFigures = async (): Promise<TCompanyFigures> => {
    const { respondents } = await evaluator.externalSurvey.results({ organisationId: orgId, programmeId });
    const company = respondents.find((r) => r.respondentType === "company")!;
    const items = new Map<TItemId, TPublished>();
    for (const itemId of ITEMS) {
      const end = company.distributions.find((d) => d.itemId === itemId)!.occasions.find((o) => o.occasion === "end")!;
      items.set(itemId, { n: end.n, cells: new Map(end.cells.map((c) => [c.value as number, c.count])) });
    }
    return { sent: company.sent, answered: company.answered, items };
  };

  /** The old method's figures: exact counts, cells under 5 hidden. */
  const suppressedFigures = (answered: TAnswers[]): Map<TItemId, TPublished> => {
    const respondents = answered.map((_, i) => ({ participantId: `r${i}`, organisationId: "", enrolledOn: "1970-01-01" }));
    const answers = answered.flatMap((a, i) =>
      ITEMS.map((itemId) => ({ participantId: `r${i}`, occasion: "end" as const, instrumentId: "virksomhedsskema", itemId, value: a[itemId] })),
    );
    const categories = ITEMS.map((itemId) => ({ instrumentId: "virksomhedsskema", itemId, values: OPTIONS }));
    const shown = suppressItemDistributions(itemDistributions(respondents, answers, { occasions: ["end"], categories }));
    return new Map(
      ITEMS.map((itemId) => {
        const end = shown.find((d) => d.itemId === itemId)!.occasions[0]!;
        return [itemId, { n: end.n, cells: new Map(end.cells.map((c) => [c.value as number, c.count])) }];
      }),
    );
  };

  /** Before minus after, per item: is the difference exactly one answer, and does its largest cell name the right one? */
  const attack = (before: Map<TItemId, TPublished>, after: Map<TItemId, TPublished>) =>
    ITEMS.map((itemId) => {
      const b = before.get(itemId)!;
      const a = after.get(itemId)!;
      const diff = OPTIONS.map((o) => read(a.cells.get(o)) - read(b.cells.get(o)));
      const truth = OPTIONS.indexOf(LAST[itemId]);
      const exact = read(a.n) - read(b.n) === 1 && diff.every((d, i) => d === (i === truth ? 1 : 0));
      const top = Math.max(...diff);
      const leaders = diff.flatMap((d, i) => (d === top ? [i] : []));
      return { exact, namesIt: leaders.length === 1 && leaders[0] === truth };
    });

  const before = new Map<number, TCompanyFigures>();
  const after = new Map<number, TCompanyFigures>();

  beforeAll(async () => {
    t = await createTestDatabase();
    orgId = (await createOrganisation(t.db, "SIND Erhverv Aarhus")).id;
    programmeId = (await createProgramme(t.db, "Brug din rampe", [orgId])).id;
    mentor = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: orgId, role: "mentor" }] })).id)).caller;
    evaluator = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: orgId, role: "evaluator" }] })).id)).caller;
    anonymous = (await callerFor(t.db)).caller;
    const companyIds: string[] = [];
    for (let i = 0; i < FIRST.length + 1; i++) companyIds.push((await mentor.company.create({ organisationId: orgId, name: `Arbejdsplads ${i + 1}` })).id);
    const { links } = await mentor.externalSurvey.createForCompanies({ organisationId: orgId, programmeId, companyIds });
    surveyIds = links.map((l) => l.surveyId);
    for (const [i, answers] of FIRST.entries()) await answerAll(links[i]!.token, answers);
    lastToken = links[FIRST.length]!.token;
  }, 120_000);
  afterAll(async () => t.cleanup());

  it("gives every employer's questionnaire its own stored random key, drawn by the database", async () => {
    const keys = (await t.db.survey.findMany({ where: { id: { in: surveyIds } }, select: { cellKey: true } })).map((s) => s.cellKey);
    expect(keys).toHaveLength(FIRST.length + 1);
    for (const key of keys) expect(Number.isInteger(key) && key >= 0 && key < KEY_RANGE).toBe(true);
    // Sixteen draws from 2^31 values: equal keys would mean a constant default.
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("gives the same figures for the same respondents every time, on the screen and in the aggregate export", async () => {
    await rekey(SEEDS[0]!);
    const first = await evaluator.externalSurvey.results({ organisationId: orgId, programmeId });
    const again = await evaluator.externalSurvey.results({ organisationId: orgId, programmeId });
    expect(again).toEqual(first);
    const exported = await evaluator.export.create({ organisationId: orgId, programmeId, shape: "aggregates", format: "csv" });
    const rows = readCsv(Buffer.from(exported.base64, "base64")).rows.filter((r) => r.cells.section === "external_distributions");
    const value = (v: number | string | null) => (v === null ? "" : String(v));
    const company = first.respondents.find((r) => r.respondentType === "company")!;
    expect(rows.find((r) => r.cells.category === "company" && r.cells.statistic === "sent")?.cells.value).toBe(value(company.sent));
    expect(rows.find((r) => r.cells.category === "company" && r.cells.statistic === "answered")?.cells.value).toBe(value(company.answered));
    for (const d of company.distributions) {
      const end = d.occasions.find((o) => o.occasion === "end")!;
      for (const c of end.cells) {
        const row = rows.find((r) => r.cells.subject === d.itemId && r.cells.category === String(c.value) && r.cells.statistic === "count");
        expect(row?.cells.value, `${d.itemId} ${c.value}`).toBe(value(c.count));
      }
    }
    // No count published is exact on every cell by accident of the method: some cell moved.
    const truths = ITEMS.flatMap((itemId) => OPTIONS.map((o) => FIRST.filter((a) => a[itemId] === o).length));
    const published = ITEMS.flatMap((itemId) => {
      const end = company.distributions.find((d) => d.itemId === itemId)!.occasions[0]!;
      return OPTIONS.map((o) => end.cells.find((c) => c.value === o)?.count);
    });
    expect(published.some((p, i) => typeof p === "number" && p !== truths[i])).toBe(true);
  });

  it("recovers nothing by subtracting the figures before one more employer answered from those after", async () => {
    for (const seed of SEEDS) {
      await rekey(seed);
      before.set(seed, await companyFigures());
    }
    await answerAll(lastToken, LAST);
    for (const seed of SEEDS) {
      await rekey(seed);
      after.set(seed, await companyFigures());
    }

    // The attack is real: on the old method's figures it names the answer to every item exactly.
    const old = attack(suppressedFigures(FIRST), suppressedFigures([...FIRST, LAST]));
    expect(old).toEqual(ITEMS.map(() => ({ exact: true, namesIt: true })));

    const results = SEEDS.flatMap((seed) => attack(before.get(seed)!.items, after.get(seed)!.items));
    const exact = results.filter((r) => r.exact).length;
    const named = results.filter((r) => r.namesIt).length;
    // 90 attempts (30 key draws, 3 items). An exact difference of one answer needs every cell's
    // fresh noise to cancel: it happens, rarely, and the attacker cannot tell when.
    expect(exact, `exact differences in ${results.length}`).toBeLessThanOrEqual(Math.ceil(results.length * 0.05));
    // The largest difference points at the right answer far less often than always.
    expect(named / results.length, `named ${named} of ${results.length}`).toBeLessThan(0.6);

    // Sent and answered: before and after differ by noise, not always by exactly the one answer.
    const answeredDiffs = SEEDS.map((seed) => read(after.get(seed)!.answered) - read(before.get(seed)!.answered));
    expect(answeredDiffs.filter((d) => d === 1).length).toBeLessThan(SEEDS.length / 2);
    // A respondent count is never shown below the threshold.
    for (const f of [...before.values(), ...after.values()]) {
      for (const v of [f.sent, f.answered]) if (typeof v === "number") expect(v).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    }
  }, 180_000);
});
