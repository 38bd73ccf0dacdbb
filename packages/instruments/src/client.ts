// The light entry for browsers: answering helpers and types, without the built-in
// definitions (the participant app gets definitions from the server), keeping its bundle small.
export { isAnswered, type TAnswers, type TAnswerValue } from "./answered";
export { answerSchemaFor } from "./answers";
export { isVisible, visibleItems, progress, type TProgress } from "./visibility";
export { classifyChange, describeChange, type TChange, type TChangeSentence } from "./change";
export type { TInstrument, TOccasion } from "./instrument";
export type { TItem, TOption, TSingleChoiceItem, TMultipleChoiceItem, TNumberItem, TTextItem, TDateItem } from "./items";
export type { TScale } from "./scales";
export type { TLocalizedText } from "./text";
// Progression and status helpers for the mentor's screens, again without the built-in
// model definitions (they come from the server with the programme's plan).
export { bandOf, meaningOf, supportOf, normalise } from "./progression/meaning";
export { reviewSummary, compareReviews, type TAreaSummary, type TAreaComparison } from "./progression/summary";
export { validateReview, type TAreaScore, type TReviewScores, type TReviewProblem, type TReviewValidation } from "./progression/review";
export { nextReviewDue, type TProgressionPlan } from "./progression/plan";
export type { TProgressionModel, TProgressionArea, TProgressionBand } from "./progression/model";
export { STATUS_CODES, STATUSES, STATUS_GROUPS, type TStatusCode, type TStatusDefinition, type TStatusGroup } from "./status/catalogue";
export { CONTACT_KIND_CODES, CONTACT_KINDS, contactTotals, ZContact, type TContact, type TContactKind } from "./status/contacts";
export { ZStatusEvent, type TStatusEvent } from "./status/event";
export { ZIsoDate } from "./status/iso-date";
export { statusPeriods, statusAt, currentStatus, durationsByStatus, type TStatusPeriod } from "./status/periods";
export { employmentRelations, longestEmployment, employmentLasting, type TEmploymentRelation } from "./status/employment";
export { todayLocal, type TIsoDate } from "./status/iso-date";
// Norms for reliable change (the schema only; the figures come from the server with their sources).
export { ZProgrammeNorms, type TProgrammeNorms, type TScaleNorm } from "./norms/types";
export { isWellFormedText } from "./well-formed-text";
