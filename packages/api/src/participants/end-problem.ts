import type { TEndProblem } from "@skridt/validators";
import { dateToDay } from "../guards";

export interface EndableRow {
  enrolledOn: Date;
  endedOn: Date | null;
  erasedAt: Date | null;
}

/**
 * What stops a participation from ending on `endedOn` (a YYYY-MM-DD day), or null when it may.
 * The last day can be the enrolment day (someone who never came back) and today, not later:
 * an ending is recorded when it has happened, so the due list and retention never run ahead of it.
 */
export function endProblemOf(row: EndableRow | null, endedOn: string, today: string): TEndProblem | null {
  if (!row) return "not_found";
  if (row.erasedAt) return "erased";
  if (row.endedOn) return "already_ended";
  if (endedOn < dateToDay(row.enrolledOn)) return "before_enrolment";
  if (endedOn > today) return "in_future";
  return null;
}
