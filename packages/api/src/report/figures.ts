// The figures a report is written from: the evaluator procedures' own answers, called with
// the caller's context, so the report's numbers are the pages' numbers (same disclosure
// control, same audit rows) and nothing here computes a figure of its own.
import type { inferRouterOutputs } from "@trpc/server";
import type { TEvaluationQuery } from "@skridt/validators";
import { evaluationRouter } from "../router/evaluation";
import { externalSurveyRouter } from "../router/external-survey";
import { createCallerFactory, router, type OrgContext } from "../trpc";

const figureRouter = router({ evaluation: evaluationRouter, externalSurvey: externalSurveyRouter });
const callerOf = createCallerFactory(figureRouter);
type TOutputs = inferRouterOutputs<typeof figureRouter>;

export type TReportFigures = {
  overview: TOutputs["evaluation"]["overview"];
  contacts: TOutputs["evaluation"]["contacts"];
  questionnaires: TOutputs["evaluation"]["questionnaires"];
  change: TOutputs["evaluation"]["change"];
  progression: TOutputs["evaluation"]["progression"];
  external: TOutputs["externalSurvey"]["results"];
};

/** Reads every figure the report needs, as this user would on the evaluator pages. */
export async function readReportFigures(ctx: OrgContext, query: TEvaluationQuery): Promise<TReportFigures> {
  const caller = callerOf(ctx);
  // One after another: each read writes its audit row, and SQLite takes one writer at a time.
  const overview = await caller.evaluation.overview(query);
  const contacts = await caller.evaluation.contacts(query);
  const questionnaires = await caller.evaluation.questionnaires(query);
  const change = await caller.evaluation.change(query);
  const progression = await caller.evaluation.progression(query);
  // Employers' and volunteers' answers are per programme (they have no enrolment period).
  const external = await caller.externalSurvey.results({ organisationId: query.organisationId, programmeId: query.programmeId });
  return { overview, contacts, questionnaires, change, progression, external };
}
