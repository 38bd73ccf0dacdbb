// When a score calls for care, and where a participant can get help: data with sources (docs/care.md).
export { ZCareRule, builtinCareRules, type TCareRule } from "./rules";
export { ZHelpContact, builtinHelpContacts, type THelpContact } from "./help";
export {
  ZCareSettings,
  checkCareSettings,
  effectiveCareRules,
  effectiveHelpContacts,
  careSettingsFromStored,
  type TCareSettings,
  type TCareSettingsInput,
  type TCareSettingsProblem,
} from "./settings";
export { careSignals, type TCareSignal, type TScaleScoreNow } from "./signals";
