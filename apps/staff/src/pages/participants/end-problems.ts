import { END_PROBLEMS, type TErrorDetails, type TEndProblem } from "@skridt/validators";
import { TRPCClientError } from "@trpc/client";

export type EndRowProblem = TErrorDetails["participations_not_endable"]["problems"][number];

/** The rows a refused closing day names, read defensively from the error's detail (empty when it sent none). */
export function endRowProblems(error: unknown): EndRowProblem[] {
  if (!(error instanceof TRPCClientError)) return [];
  const detail = (error.data as { detail?: unknown } | undefined)?.detail;
  if (!detail || typeof detail !== "object" || !("problems" in detail) || !Array.isArray(detail.problems)) return [];
  return (detail.problems as unknown[]).flatMap((p) => {
    if (!p || typeof p !== "object") return [];
    const row = p as Record<string, unknown>;
    if (typeof row.participantId !== "string" || !(END_PROBLEMS as readonly unknown[]).includes(row.problem)) return [];
    return [{ participantId: row.participantId, code: typeof row.code === "string" ? row.code : null, problem: row.problem as TEndProblem }];
  });
}
