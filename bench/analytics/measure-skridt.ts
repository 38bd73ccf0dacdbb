// Child: Skridt's path, the code the evaluator's endpoints run. Per run, as per request: a
// context from the session cookie (createContext), then
//  1. evaluation.overview through a tRPC caller signed in as an evaluator (scope, rows of
//     participants, surveys, status events and contacts, outcomes, response rates, contacts,
//     suppression, the audit row), and
//  2. the paired change of evaluation.questionnaires: the same steps as its cohort()
//     (scope, loadProgrammeRows(["surveys", "scores"]), filters, programme, audit), then
//     suppressPairedChange(pairedChange(...)) over every scale. The procedure itself also
//     loads answers and computes item distributions and attrition, which are not measured.
// With phases: true it instead times each step apart (medians), to show where time goes.
import { appRouter, audit, createCallerFactory, createContext, type SessionCookieJar } from "@skridt/api";
import { createDb } from "@skridt/db";
import { contactSummary, filterParticipants, outcomes, pairedChange, responseRates, suppressPairedChange } from "../../packages/analytics/src/index";
import { createSession } from "../../packages/api/src/auth/session";
import { loadProgrammeRows, type RowKind } from "../../packages/api/src/evaluation/load";
import { analyticsTargets, scaleMetas, statusCatalogue } from "../../packages/api/src/evaluation/metadata";
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

/** The paired change of evaluation.questionnaires, step by step as its cohort() does them. */
async function questionnaireChange(ctx: Awaited<ReturnType<typeof createContext>>) {
  const user = ctx.user!;
  const organisations = await evaluableOrganisations(db, user, args.programmeId);
  const rows = await loadProgrammeRows(db, args.programmeId, organisations.map((o) => o.id), ["surveys", "scores"]);
  const participants = filterParticipants(rows.participants, {});
  await db.programme.findUniqueOrThrow({ where: { id: args.programmeId }, select: { name: true, measurementPlan: true, progressionPlan: true, reviewIntervalDays: true } });
  await audit(db, { actorId: user.id, organisationId: args.organisationId, action: "evaluation.read", targetType: "programme", targetId: args.programmeId, ip: ctx.ip, detail: { views: ["surveys", "scores"] } });
  return suppressPairedChange(pairedChange(participants, rows.scores, scaleMetas(), { surveys: rows.surveys }));
}

async function once() {
  const ctx = await createContext({ db, sessionToken: session.token, ip: "127.0.0.1", cookies });
  const overview = await createCaller(ctx).evaluation.overview(input);
  const change = await questionnaireChange(ctx);
  return {
    enrolled: overview.counts.enrolled,
    active: overview.counts.active,
    ended: overview.counts.ended,
    responseRates: overview.responseRates.map((r) => ({ occasion: r.occasion, eligible: r.eligible, completed: r.completed, incomplete: r.incomplete, rate: r.rate })),
    change: change.map((c) => {
      const p = c.paired as unknown as Record<string, number | null>;
      return { instrumentId: c.instrumentId, scaleId: c.scaleId, n: p.n, meanStart: p.meanStart, meanEnd: p.meanEnd, meanChange: p.meanChange, sdChange: p.sdChange };
    }),
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/** Each step timed apart, several times; loads of one row kind are net of the participants query every load makes. */
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
    await time("questionnaires' paired change (whole)", () => questionnaireChange(ctx));
    const orgs = (await time("evaluableOrganisations", () => evaluableOrganisations(db, ctx.user!, args.programmeId))).map((o) => o.id);
    const load = (want: RowKind[]) => loadProgrammeRows(db, args.programmeId, orgs, want);
    await time("load participants", () => load([]));
    const kinds: RowKind[] = ["surveys", "statusEvents", "contacts", "scores"];
    const rows = { participants: [] as Awaited<ReturnType<typeof load>>["participants"] } as Awaited<ReturnType<typeof load>>;
    for (const kind of kinds) {
      const loaded = await time(`load ${kind} (+participants)`, () => load([kind]));
      Object.assign(rows, { participants: loaded.participants, [kind]: loaded[kind] });
    }
    const programme = await db.programme.findUniqueOrThrow({ where: { id: args.programmeId }, select: { measurementPlan: true } });
    const ps = await time("filterParticipants", () => filterParticipants(rows.participants, {}));
    await time("outcomes", () => outcomes(ps, rows.statusEvents, statusCatalogue(), { asOf: args.today, employmentMonths: 6, targets: analyticsTargets(planFromStored(programme.measurementPlan)) }));
    await time("responseRates", () => responseRates(ps, rows.surveys, { occasions: ["start", "end"] }));
    await time("contactSummary", () => contactSummary(ps, rows.contacts));
    await time("pairedChange + suppress", () => suppressPairedChange(pairedChange(ps, rows.scores, scaleMetas(), { surveys: rows.surveys })));
  }
  const out = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
  const base = out["load participants"] ?? 0;
  for (const kind of ["surveys", "statusEvents", "contacts", "scores"]) out[`load ${kind} (net)`] = (out[`load ${kind} (+participants)`] ?? 0) - base;
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
