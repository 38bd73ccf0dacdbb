// A participation's lifecycle: ending it (one, many, or through a status), reopening it, and
// moving the participant to another mentor.
export { endParticipation, endProblemError, type EndSource, type LifecycleDb } from "./end";
export { endParticipations } from "./end-many";
export { endProblemOf } from "./end-problem";
export { reopenParticipation, type ReopenAuditReason } from "./reopen";
export { endReasonOfStatus, reopenIfStatusEndedIt } from "./status-ending";
export { reassignMentor } from "./reassign";
