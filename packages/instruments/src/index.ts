// @skridt/instruments: instrument definitions, answer validation and scoring.
// Pure: no I/O, no Node APIs, so server, browser, export and tests share one implementation.

export { ZId, ZLocalizedText, type TLocalizedText } from "./text";
export {
  ZCode,
  ZOption,
  ZCondition,
  ZItem,
  ZSingleChoiceItem,
  ZMultipleChoiceItem,
  ZNumberItem,
  ZTextItem,
  ZDateItem,
  MAX_TEXT_LENGTH,
  type TOption,
  type TCondition,
  type TItem,
  type TItemType,
  type TSingleChoiceItem,
  type TMultipleChoiceItem,
  type TNumberItem,
  type TTextItem,
  type TDateItem,
} from "./items";
export { ZScale, ZScaleItem, ZRecode, ZMissingRule, ZCutoff, ZTransform, type TScale, type TScaleItem, type TMissingRule, type TCutoff } from "./scales";
export { ZInstrument, ZOccasion, ZSemver, ZSource, OCCASIONS, type TInstrument, type TInstrumentInput, type TOccasion } from "./instrument";
export { defineInstrument, describePath, parseInstrumentDefinition, InstrumentDefinitionError } from "./define";
export { isAnswered, type TAnswers, type TAnswerValue } from "./answered";
export { answerSchemaFor, validateAnswers, type TAnswerIssue, type TAnswerIssueKind, type TAnswerValidation, type TValidateOptions } from "./answers";
export { isVisible, visibleItems, progress, type TProgress } from "./visibility";
export { scoreInstrument, scoreScale, bandFor, type TScaleScore, type TScoreStatus } from "./scoring";
export { classifyChange, describeChange, type TChange, type TChangeSentence } from "./change";
export * from "./care/index";
export { compareVersions } from "./semver";
export {
  builtinInstruments,
  builtinInstrumentVersions,
  externalInstruments,
  EXTERNAL_RESPONDENT,
  getInstrument,
  type TExternalRespondent,
  type TInstrumentRegistry,
} from "./registry";
export { ZMeasurementPlan, ZTarget, defaultMeasurementPlan, validatePlan, type TMeasurementPlan, type TTarget, type TPlanValidation } from "./plan";
export { baggrund } from "./builtin/baggrund";
export { frivilligMentor } from "./builtin/frivillig-mentor";
export { gse } from "./builtin/gse";
export { humoer } from "./builtin/humoer";
export { netvaerk } from "./builtin/netvaerk";
export { selvvurderetHelbred } from "./builtin/selvvurderet-helbred";
export { tilfredshed } from "./builtin/tilfredshed";
export { virksomhedsskema } from "./builtin/virksomhedsskema";
export { who5 } from "./builtin/who5";
export { instrumentJsonSchema } from "./json-schema";
export * from "./progression/index";
export * from "./status/index";
// Norms for reliable and clinically significant change (norms/), with their sources.
export * from "./norms";
