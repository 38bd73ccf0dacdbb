// Issue 11, item 1, what the cell-key method alone does not stop: averaging many cohorts that
// differ by the same one person (every pair is a fresh draw of noise). Evaluators now choose
// enrolment periods in whole months (a day is widened to its month), so the attack's cohorts,
// which differ by one enrolment day, are the same cohort; what is left is measured here: the
// same attack on whole months, narrowed by organisation, gender and age band to people alone
// in their month, with as many pairs as there are earlier months.
import { ageBand } from "../../packages/analytics/src/index";
import type { TEvaluationFilter } from "@skridt/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disclosureDemo, startAnswers, type DisclosureDemo } from "../support/disclosure-demo";
import { engine } from "../support/test-db";

type Cells = Map<string, Map<string, number>>;

describe(`averaging attacks on whole-month cohorts on ${engine}`, () => {
  let demo: DisclosureDemo;
  const input = (filter: TEvaluationFilter = {}) => ({ organisationId: demo.organisationId, programmeId: demo.programmeId, filter });
  const cells = async (filter: TEvaluationFilter): Promise<Cells> =>
    new Map(
      (await demo.evaluator.evaluation.questionnaires(input(filter))).distributions.map((d) => [
        `${d.instrumentId}/${d.itemId}`,
        new Map(d.occasions[0]!.cells.map((c) => [String(c.value), typeof c.count === "number" ? c.count : 2])),
      ]),
    );

  beforeAll(async () => {
    demo = await disclosureDemo();
  }, 300_000);
  afterAll(async () => demo?.t.cleanup());

  it("reads an enrolment day as its month: the issue's windows (2026-05-26 vs 2026-05-27) are one cohort, with the same figures", async () => {
    const before = await demo.evaluator.evaluation.questionnaires(input({ enrolledTo: "2026-05-26" }));
    const after = await demo.evaluator.evaluation.questionnaires(input({ enrolledTo: "2026-05-27" }));
    const month = await demo.evaluator.evaluation.questionnaires(input({ enrolledTo: "2026-05" }));
    expect(after).toEqual(before);
    expect(month).toEqual(before);
    const overview = await demo.evaluator.evaluation.overview(input({ enrolledFrom: "2026-05-13", enrolledTo: "2026-05-13" }));
    expect(overview).toEqual(await demo.evaluator.evaluation.overview(input({ enrolledFrom: "2026-05-01", enrolledTo: "2026-05-31" })));
    const audited = await demo.t.db.auditEvent.findFirstOrThrow({ where: { action: "evaluation.read" }, orderBy: { at: "desc" } });
    expect(JSON.parse(audited.detail).filter).toMatchObject({ enrolledFrom: "2026-05-01", enrolledTo: "2026-05-31" });
  });

  type Person = DisclosureDemo["rows"]["participants"][number];
  const month = (day: string) => day.slice(0, 7);
  const band = (p: Person) => (p.birthYear ? ageBand(p.birthYear, p.enrolledOn) : "unknown");

  /**
   * Pairs of whole-month windows from every earlier month to the month before the target's and
   * to the target's, narrowed by `narrow`, for targets alone in their month within that
   * narrowing: the differences are the target alone. Counts a hit when the largest summed rise
   * is the target's answer, after 1, 4 and 12 pairs and after every pair there is.
   */
  async function averaging(name: string, keyOf: (p: Person) => string, narrow: (p: Person) => TEvaluationFilter) {
    const bins = new Map<string, number>();
    for (const p of demo.rows.participants) bins.set(`${month(p.enrolledOn)}|${keyOf(p)}`, (bins.get(`${month(p.enrolledOn)}|${keyOf(p)}`) ?? 0) + 1);
    const months = [...new Set(demo.rows.participants.map((p) => month(p.enrolledOn)))].sort();
    const targets = demo.rows.participants
      .filter(
        (p) =>
          bins.get(`${month(p.enrolledOn)}|${keyOf(p)}`) === 1 &&
          startAnswers(demo.rows, p.participantId).size > 0 &&
          months.indexOf(month(p.enrolledOn)) >= 12,
      )
      .slice(0, 4);
    expect(targets.length).toBe(4);
    const budgets = [1, 4, 12];
    const hits = budgets.map(() => 0);
    let all = 0;
    let items = 0;
    let guessed = 0;
    let pairs = 0;
    for (const target of targets) {
      const truth = startAnswers(demo.rows, target.participantId);
      const k = months.indexOf(month(target.enrolledOn));
      const starts = months.slice(0, k).reverse();
      pairs += starts.length;
      const sums = new Map<string, Map<string, number>>();
      let first: Cells | null = null;
      for (const [used, from] of starts.entries()) {
        const a = await cells({ ...narrow(target), enrolledFrom: from, enrolledTo: months[k - 1]! });
        const b = await cells({ ...narrow(target), enrolledFrom: from, enrolledTo: months[k]! });
        first ??= b;
        for (const [item, after] of b) {
          const sum = sums.get(item) ?? new Map<string, number>();
          for (const [value, count] of after) sum.set(value, (sum.get(value) ?? 0) + count - (a.get(item)?.get(value) ?? 0));
          sums.set(item, sum);
        }
        const at = budgets.indexOf(used + 1);
        const last = used === starts.length - 1;
        if (at < 0 && !last) continue;
        for (const [item, answer] of truth) {
          const sum = sums.get(item);
          if (!sum || !sum.has(String(answer))) continue;
          const right = [...sum.entries()].sort((x, y) => y[1] - x[1])[0]![0] === String(answer);
          if (at >= 0 && right) hits[at]!++;
          if (last && right) all++;
          if (used === 0) {
            items++;
            const modal = [...first.get(item)!.entries()].sort((x, y) => y[1] - x[1])[0]![0];
            if (modal === String(answer)) guessed++;
          }
        }
      }
    }
    const pct = (x: number) => `${((100 * x) / items).toFixed(0)} %`;
    console.log(
      `[disclosure ${engine}] averaging on whole months, ${name}: 4 targets, ${items} answers, ${pairs} pairs in all (${pairs * 2} calls); ` +
        `guessing the commonest answer ${pct(guessed)}; ${budgets.map((b, i) => `${b} pairs ${pct(hits[i]!)}`).join(", ")}; every pair ${pct(all)}`,
    );
    expect(items).toBeGreaterThan(50);
    // A target enrolled in month k has at most k such pairs: the calendar bounds the distinct questions.
    expect(pairs).toBeLessThanOrEqual(4 * (months.length - 1));
    return { items, guessed, all };
  }

  it("measures averaging over whole months of one organisation, for people alone in their month there", async () => {
    await averaging(
      "one organisation",
      (p) => p.organisationId,
      (p) => ({ organisationIds: [p.organisationId] }),
    );
  }, 300_000);

  it("measures averaging over whole months narrowed to organisation, gender and age band", async () => {
    await averaging(
      "organisation, gender and age band",
      (p) => [p.organisationId, p.gender ?? "unknown", band(p)].join("|"),
      (p) => ({
        organisationIds: [p.organisationId],
        genders: [(p.gender ?? "unknown") as "female"],
        ageBands: [band(p) as "18-29"],
      }),
    );
  }, 300_000);
});
