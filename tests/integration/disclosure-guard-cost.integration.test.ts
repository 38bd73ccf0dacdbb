// What refusing cohorts close to an answered one (issue 11, item 1) costs: which ordinary
// questions an honest evaluator of the demo programme gets refused, and how long the check
// takes with many cohorts on record. Measured and printed for docs/privacy.md; the assertions
// are what must hold whatever the keys: the whole programme and every organisation are answered.
import { performance } from "node:perf_hooks";
import type { TEvaluationFilter } from "@skridt/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CohortMembers, firstConflict, normaliseCohortFilter, type TCohortFilter } from "../../packages/api/src/evaluation/cohort-guard-rule";
import { guardCohort } from "../../packages/api/src/evaluation/cohort-guard";
import type { SessionUser } from "../../packages/api/src/auth/session";
import { disclosureDemo, PROBE_DAY, type DisclosureDemo } from "../support/disclosure-demo";
import { engine } from "../support/test-db";

describe(`the cost of refusing close cohorts on the demo on ${engine}`, () => {
  let demo: DisclosureDemo;
  beforeAll(async () => {
    demo = await disclosureDemo();
  }, 300_000);
  afterAll(async () => demo?.t.cleanup());

  const months = () => [...new Set(demo.rows.participants.map((p) => p.enrolledOn.slice(0, 7)))].sort();
  const lastDay = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);

  /** Every whole-month window × every organisation (and all) × female, male and all, widest windows first. */
  function ordinaryQuestions(): { label: string; filter: TEvaluationFilter }[] {
    const m = months();
    const windows: [string, string][] = [];
    for (let from = 0; from < m.length; from++) for (let to = from; to < m.length; to++) windows.push([m[from]!, m[to]!]);
    windows.sort((a, b) => m.indexOf(b[1]) - m.indexOf(b[0]) - (m.indexOf(a[1]) - m.indexOf(a[0])) || (a[0] < b[0] ? -1 : 1));
    const orgs: (string[] | undefined)[] = [undefined, ...demo.organisationIds.map((o) => [o])];
    const genders: (TEvaluationFilter["genders"] | undefined)[] = [undefined, ["female"], ["male"]];
    const out: { label: string; filter: TEvaluationFilter }[] = [];
    for (const organisationIds of orgs)
      for (const g of genders)
        for (const [from, to] of windows)
          out.push({
            label: `${organisationIds ? "one organisation" : "all"}|${g ? g[0] : "all"}|${from === m[0] && to === m[m.length - 1] ? "all months" : "window"}`,
            filter: {
              ...(organisationIds ? { organisationIds } : {}),
              ...(g ? { genders: g } : {}),
              ...(from !== m[0] ? { enrolledFrom: `${from}-01` } : {}),
              ...(to !== m[m.length - 1] ? { enrolledTo: lastDay(to) } : {}),
            },
          });
    return out;
  }

  it("counts the ordinary questions refused, asked one after another, and those refused against the whole programme alone", () => {
    const allowed = demo.organisationIds;
    const members = new CohortMembers(demo.rows.participants, PROBE_DAY.toISOString().slice(0, 10));
    const whole = normaliseCohortFilter({}, allowed);
    const questions = ordinaryQuestions();
    const answered: TCohortFilter[] = [];
    const seen = new Set<string>();
    let refused = 0;
    let refusedAlone = 0;
    let empty = 0;
    const byKind = new Map<string, [number, number]>();
    for (const q of questions) {
      const cohort = normaliseCohortFilter(q.filter, allowed);
      if (members.of(cohort).size === 0) empty++;
      const conflict = firstConflict(members, [cohort], answered, whole);
      if (firstConflict(members, [cohort], [], whole)) refusedAlone++;
      const kind = byKind.get(q.label) ?? [0, 0];
      kind[0]++;
      if (conflict) {
        refused++;
        kind[1]++;
      } else if (members.of(cohort).size > 0 && !seen.has(JSON.stringify(cohort))) {
        seen.add(JSON.stringify(cohort));
        answered.push(cohort);
      }
      byKind.set(q.label, kind);
    }
    console.log(
      `[guard cost ${engine}] ${questions.length} ordinary questions (${months().length} months: every window × all/each of ${allowed.length} organisations × all/female/male), ` +
        `${empty} of them nobody; refused one after another ${refused} (${((100 * refused) / questions.length).toFixed(0)} %), ` +
        `of which against the whole programme alone ${refusedAlone}; ${answered.length} distinct cohorts on record at the end. By kind (asked, refused): ` +
        [...byKind.entries()].map(([k, [n, r]]) => `${k} ${n}/${r}`).join("; "),
    );
    // The whole programme and each organisation over all months are always answered.
    for (const q of questions.filter((x) => x.label.endsWith("all months") && x.label.includes("|all|"))) {
      expect(firstConflict(members, [normaliseCohortFilter(q.filter, allowed)], [], whole)).toBeNull();
    }
  });

  it("times the check of one request with 10, 100 and 1,000 cohorts on record", async () => {
    const user = await demo.t.db.user.findUniqueOrThrow({
      where: { email: "evaluator@skridt.demo" },
      select: { id: true, email: true, name: true, locale: true, memberships: true },
    });
    const session: SessionUser = { ...user, memberships: user.memberships.map((m) => ({ organisationId: m.organisationId, role: m.role })) };
    const questions = ordinaryQuestions();
    const timings: string[] = [];
    for (const n of [10, 100, 1000]) {
      await demo.t.db.answeredCohortFilter.deleteMany({});
      // Fill the record directly (as if answered before); the check reads and evaluates them all.
      await demo.t.db.answeredCohortFilter.createMany({
        data: questions.slice(0, n).map((q, i) => ({
          programmeId: demo.programmeId,
          filterKey: `fill-${i}`,
          filter: JSON.stringify(normaliseCohortFilter(q.filter, demo.organisationIds)),
        })),
      });
      const runs = 20;
      const started = performance.now();
      for (let i = 0; i < runs; i++) {
        await guardCohort(demo.t.db, session, demo.programmeId, {}).catch(() => undefined);
      }
      timings.push(`${n} on record: ${((performance.now() - started) / runs).toFixed(1)} ms`);
      expect(await demo.t.db.answeredCohortFilter.count()).toBeGreaterThanOrEqual(n);
    }
    console.log(`[guard cost ${engine}] one check of the whole programme (${demo.rows.participants.length} participants), mean of 20: ${timings.join(", ")}`);
  });
});
