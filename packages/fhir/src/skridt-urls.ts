// Skridt's own canonical URLs. They identify Skridt's definitions and codes (like a namespace);
// they are not addresses a client is expected to fetch.

export const SKRIDT_CANONICAL = "https://skridt.dk/fhir";
/** Numeric answer codes: code "3" is answer code 3 of the item it answers (the Questionnaire says which). */
export const SKRIDT_ANSWER_CODES = `${SKRIDT_CANONICAL}/CodeSystem/answer-code`;
/** Scale scores: code "<instrument id>.<scale id>". */
export const SKRIDT_SCALES = `${SKRIDT_CANONICAL}/CodeSystem/scale`;
export const SKRIDT_PARTICIPANT_CODE = `${SKRIDT_CANONICAL}/NamingSystem/participant-code`;
export const SKRIDT_ASSESSMENT_ID = `${SKRIDT_CANONICAL}/NamingSystem/assessment`;

/** What a FHIR Questionnaire has no element for: source, occasions and scoring rules. */
export const EXT_INSTRUMENT = `${SKRIDT_CANONICAL}/StructureDefinition/instrument`;
export const EXT_SOURCE_NOTE = `${SKRIDT_CANONICAL}/StructureDefinition/source-note`;
/** Marks an item's help child (display, item control "help") as its easy-read help, not its ordinary help. */
export const EXT_EASY_READ = `${SKRIDT_CANONICAL}/StructureDefinition/easy-read`;
/** A recorded reading per language on an item or answer option: sub-extensions "da" and "en" (valueUrl). */
export const EXT_AUDIO = `${SKRIDT_CANONICAL}/StructureDefinition/audio`;

// Core and SDC extensions Skridt reads and writes.
export const EXT_TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";
export const EXT_MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
export const EXT_MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";
export const EXT_UNIT = "http://hl7.org/fhir/StructureDefinition/questionnaire-unit";
export const EXT_MAX_OCCURS = "http://hl7.org/fhir/StructureDefinition/questionnaire-maxOccurs";
export const EXT_ITEM_CONTROL = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
export const EXT_ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
export const ITEM_CONTROL_SYSTEM = "http://hl7.org/fhir/questionnaire-item-control";
export const UCUM = "http://unitsofmeasure.org";
export const OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

export function questionnaireUrl(instrumentId: string): string {
  return `${SKRIDT_CANONICAL}/Questionnaire/${instrumentId}`;
}

/** A FHIR id ([A-Za-z0-9-.]{1,64}) for an instrument version: Skridt ids may hold "_". */
export function questionnaireId(instrumentId: string, version: string): string {
  const suffix = `-${version}`;
  return `${instrumentId.replace(/_/g, "-").slice(0, 64 - suffix.length)}${suffix}`;
}

/** A FHIR id from Skridt ids (cuids, scale ids with "_"). */
export function fhirId(...parts: string[]): string {
  return parts
    .join("-")
    .replace(/[^A-Za-z0-9.-]/g, "-")
    .slice(0, 64);
}
