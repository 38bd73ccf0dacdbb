// Progression scales as data: models (areas, range, meanings), programme plans, review
// validation and what charts need (meanings, normalised values, support, comparisons).
export {
  ZProgressionModel,
  ZProgressionArea,
  ZProgressionBand,
  ZProgressionKind,
  type TProgressionModel,
  type TProgressionModelInput,
  type TProgressionArea,
  type TProgressionBand,
  type TProgressionKind,
} from "./model";
export { defineProgressionModel, parseProgressionModel, ProgressionModelError } from "./define";
export { ZProgressionPlan, planFor, checkProgressionPlan, nextReviewDue, type TProgressionPlan } from "./plan";
export {
  ZAreaScore,
  ZReviewScores,
  validateReview,
  type TAreaScore,
  type TReviewScores,
  type TReviewProblem,
  type TReviewProblemKind,
  type TReviewValidation,
} from "./review";
export { bandOf, meaningOf, supportOf, normalise } from "./meaning";
export { reviewSummary, compareReviews, type TAreaSummary, type TAreaComparison } from "./summary";
export { builtinProgressionModelVersions, progressionModels, getProgressionModel, defaultProgressionPlan } from "./registry";
export { halsnaes } from "./builtin/halsnaes";
export { stige } from "./builtin/stige";
