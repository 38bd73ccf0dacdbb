// @skridt/analytics: cohort statistics as pure functions over plain rows (see README.md).
export type * from "./types";
export { ageOn, fullMonthsCovered, toDayNumber } from "./dates";
export { AGE_BANDS, ageBand, bandOfAge, breakdown, byGroup, filterParticipants, groupKey } from "./filters";
export type { TAgeBand, TBreakdownBy, TGroup, TParticipantFilter } from "./filters";
export { median, share, summarize } from "./summary";
export { keyedResponseRates, responseRates, submittedKeys } from "./response-rates";
export type { TEligibility, TKeyedResponseRate, TResponseRate } from "./response-rates";
export { itemDistributions, keyedItemDistributions } from "./distributions";
export type { TCategory, TCell, TItemDistribution, TItemDistributionOptions, TKeyedItemDistribution, TOccasionDistribution } from "./distributions";
export { EXACT_LIMIT, wilcoxonSignedRank } from "./wilcoxon";
export type { TWilcoxon } from "./wilcoxon";
export { changeOfScale, pairedChange } from "./paired-change";
export type { TChangeCounts, TPairedChange, TPairedChangeOptions } from "./paired-change";
export { attrition, attritionOfScale } from "./attrition";
export { attritionFromCounts, pairedChangeFromCounts } from "./scale-figures";
export {
  contactBinsFromCounts,
  contactSummaryFromCounts,
  itemDistributionsFromCounts,
  keyedItemDistributionsFromCounts,
  keyedResponseRatesFromCounts,
  responseRatesFromCounts,
} from "./from-counts";
export type { TAnswerValueCount, TContactCountGroup, TSurveyStateCount } from "./from-counts";
export type { TScaleFigureCount } from "./scale-figures";
export type { TAttrition } from "./attrition";
export { progressionSpider, protectedProgressionSpider } from "./progression";
export type { TAreaProgression, TProgressionSpider } from "./progression";
export { keyedOutcomes, keyedOutcomesOfHistories, outcomes, outcomesOfHistories } from "./outcomes";
export type { TKeyedOutcomes, TOutcomeOptions, TOutcomes, TStatusHistory, TTarget, TTargetCriterion } from "./outcomes";
export { contactSummary, keyedContactBins } from "./contacts";
export type { TContactBin, TContactBins, TContactSummary, TContactVolume } from "./contacts";
export {
  DEFAULT_THRESHOLD,
  SECONDARY_MARK,
  isSmall,
  smallMark,
  suppressCells,
  suppressCount,
  suppressRow,
  suppressShare,
  suppressStatistics,
  suppressTable,
} from "./suppression";
export type { TCellMark, TMasked, TSuppressed, TSuppressedRow } from "./suppression";
export {
  suppressAttrition,
  suppressContacts,
  suppressItemDistributions,
  suppressOutcomes,
  suppressPairedChange,
  suppressProgression,
  suppressResponseRates,
} from "./suppress-results";
// Disclosure control for evaluators (disclosure.ts): cell keys, perturbation, what may be shown.
export { cellUniform, KEY_RANGE, reduceKey } from "./cell-key";
export { countNoise, countNoiseDistribution, MAGNITUDE_SPREAD, magnitudeNoise, MAX_COUNT_NOISE } from "./perturbation";
export { addKeyed, disclosureOf, keyed, keyOfRow } from "./disclosure";
export type { TDisclosure, TKeyedCount, TKeyedSum, TShown } from "./disclosure";
export { protectCohortCounts, protectItemDistributions, protectOutcomes, protectResponseRates } from "./protect-results";
export {
  protectAttritionOfScale,
  protectChangeOfScale,
  protectedAttrition,
  protectedAttritionFromCounts,
  protectedPairedChange,
  protectedPairedChangeFromCounts,
} from "./protect-scales";
export { medianOf, protectContacts } from "./protect-contacts";
export { protectChannelResponses, type TChannelResponse, type TKeyedChannelResponse, type TQuestionnaireChannel } from "./protect-channels";
// Reliable and clinically significant change (Jacobson-Truax), and participant-mentor agreement.
export {
  conventionCategory,
  isFunctional,
  isRecovered,
  reliableCategory,
  reliableChangeCounts,
  reliableChangeIndex,
  reliableChangeThreshold,
  standardErrorOfDifference,
  Z975,
} from "./reliable-change";
export type { TChangeNorm, TCutOffShape, TReliableCategory, TReliableChangeCounts, TReliableChangeRuleShape } from "./reliable-change";
export { PLOT_BINS, protectReliableChange } from "./protect-reliable-change";
export type { TProtectedReliableChange, TReliableChangeShares } from "./protect-reliable-change";
export { agreementOf, blandAltman, largestDisagreements, latestPairs, limitsOf, weightedKappa } from "./agreement";
export type { TAgreementReview, TBlandAltman, TWeightedKappa } from "./agreement";
export { protectAgreement } from "./protect-agreement";
export type { TProtectedAgreement, TProtectedAgreementRow } from "./protect-agreement";
export { enrolledOn, hasEnded, keyedHeadline, protectHeadline } from "./headline";
export type { THeadlineHistory, TKeyedHeadline, TOutcomeBasis, TRateBasis } from "./headline";
