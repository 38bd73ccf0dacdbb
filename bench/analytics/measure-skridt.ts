// Child: Skridt's path, the code the evaluator's pages run. Per run, as per request: a
// context from the session cookie (createContext), then through a tRPC caller signed in as
// an evaluator
//  1. evaluation.overview (scope, audit row, one row per participant with end day, how far
//     each questionnaire got and packed status events; counts, response rates, outcomes,
//     suppression), and
//  2. evaluation.questionnaires (scope, audit row, answer counts for the per-item
//     distributions, start/end values per scale grouped from ParticipantScale, paired change,
//     unpaired summaries and attrition for every scale, suppression).
// With phases: true it instead times each step apart (medians), to show where time goes.
import { appRouter, audit, createCallerFactory, createContext, type SessionCookieJar } from "@skridt/api";
import { createDb } from "@skridt/db";
import { attritionFromCounts, disclosureOf, outcomesOfHistories, protectedPairedChangeFromCounts } from "../../packages/analytics/src/index";
import { createSession } from "../../packages/api/src/auth/session";
import { analyticsTargets, scaleMetas, statusCatalogue } from "../../packages/api/src/evaluation/metadata";
import { readAnswerValueCounts } from "../../packages/api/src/evaluation/read-counts";
import { readParticipantHistories } from "../../packages/api/src/evaluation/read-histories";
import { readScaleFigureCounts } from "../../packages/api/src/evaluation/read-scale-figures";
import { evaluableOrganisations } from "../../packages/api/src/evaluation/scope";
import { planFromStored } from "../../packages/api/src/surveys/plan";
import { childArgs, measure, report, type ChildReport } from "./child";

const args = childArgs();
const phasesMode = process.argv[3] === "phases";
const createCaller = createCallerFactory(appRouter);
const cookies: SessionCookieJar = { set() {}, clear() {} };
const db = await createDb({ engine: "sqlite", url: args.file });
const session = await createSession(db, args.evaluatorId, "127.0.0.1");
const input = { organisationId: args.organisationId, programmeId: args.programmeId };

async function once() {
  const ctx = await createContext({ db, sessionToken: session.token, ip: "127.0.0.1", cookies });
  const overview = await createCaller(ctx).evaluation.overview(input);
  const { change } = await createCaller(ctx).evaluation.questionnaires(input);
  return {
    enrolled: overview.counts.enrolled,
    active: overview.counts.active,
    ended: overview.counts.ended,
    responseRates: overview.responseRates.map((r) => ({
      occasion: r.occasion,
      eligible: r.eligible,
      completed: r.completed,
      incomplete: r.incomplete,
      rate: r.rate,
    })),
    change: change.map((c) => {
      const p = c.paired as unknown as Record<string, number | null>;
      return {
        instrumentId: c.instrumentId,
        scaleId: c.scaleId,
        n: p.n,
        meanStart: p.meanStart,
        meanEnd: p.meanEnd,
        meanChange: p.meanChange,
        sdChange: p.sdChange,
      };
    }),
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/** Each step timed apart, several times (medians). */
async function phases(times: number): Promise<Record<string, number>> {
  const samples: Record<string, number[]> = {};
  const time = async <T>(name: string, fn: () => Promise<T> | T): Promise<T> => {
    const t0 = performance.now();
    const value = await fn();
    (samples[name] ??= []).push(performance.now() - t0);
    return value;
  };
  for (let i = 0; i < times; i++) {
    const ctx = await time("createContext (session)", () => createContext({ db, sessionToken: session.token, ip: "127.0.0.1", cookies }));
    await time("evaluation.overview (whole procedure)", () => createCaller(ctx).evaluation.overview(input));
    await time("evaluation.questionnaires (whole procedure)", () => createCaller(ctx).evaluation.questionnaires(input));
    const orgs = (await time("evaluableOrganisations", () => evaluableOrganisations(db, ctx.user!, args.programmeId))).map((o) => o.id);
    await time("audit row (a committed insert)", () =>
      audit(db, {
        actorId: ctx.user!.id,
        organisationId: args.organisationId,
        action: "evaluation.read",
        targetType: "programme",
        targetId: args.programmeId,
        ip: null,
        detail: { views: ["bench"] },
      }),
    );
    const cohort = { programmeId: args.programmeId, organisationIds: orgs, filter: {} };
    const programme = await db.programme.findUniqueOrThrow({ where: { id: args.programmeId }, select: { measurementPlan: true } });
    const { histories } = await time("readParticipantHistories (one row per participant)", () => readParticipantHistories(db, cohort, ["start", "end"]));
    await time("outcomesOfHistories", () =>
      outcomesOfHistories(histories, statusCatalogue(), {
        asOf: args.today,
        employmentMonths: 6,
        targets: analyticsTargets(planFromStored(programme.measurementPlan)),
      }),
    );
    await time("readAnswerValueCounts (SQL GROUP BY)", () => readAnswerValueCounts(db, cohort, ["start", "end"]));
    const counts = await time("readScaleFigureCounts (SQL GROUP BY)", () => readScaleFigureCounts(db, args.programmeId, orgs, {}));
    // Disclosure control: perturbed by the cohort's key sum (any number times the same work).
    await time("protectedPairedChangeFromCounts (perturbed)", () => protectedPairedChangeFromCounts(counts, scaleMetas(), disclosureOf(0)));
    await time("attritionFromCounts", () => attritionFromCounts(counts, scaleMetas()));
  }
  const out = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
  return out;
}

let result: ChildReport;
if (phasesMode) {
  for (let i = 0; i < args.warmup; i++) await once();
  result = { times: [], rssBeforeMB: 0, maxRssMB: 0, heapAfterRunMB: 0, figures: null, phases: await phases(args.runs) };
} else {
  result = await measure(args, once);
}
await db.session.deleteMany({ where: { userId: args.evaluatorId } });
await db.$disconnect();
report(result);
