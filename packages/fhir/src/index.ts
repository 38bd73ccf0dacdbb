// @skridt/fhir: Skridt's instruments and answers as FHIR R4, following KL's guide
// "Fælles faglige instrumenter" (FFInst 1.0.0) for WHO-5, and FHIR Questionnaires back into
// instrument definitions. Pure mapping functions: no I/O, browser-safe.
export type * from "./fhir-types";
export * from "./kl-ffinst";
export * from "./skridt-urls";
export { fhirProblem, type TFhirProblem } from "./problems";
export { toQuestionnaire, klWho5Questionnaire, isKlWho5 } from "./to-questionnaire";
export { toQuestionnaireResponse, toPatient, findingInformerFor, patientReference, type TSubmittedAssessment, type TEntryMode } from "./to-response";
export { toObservations, type TStoredScore } from "./to-observation";
export { fromQuestionnaire, slugId, type TImportResult } from "./from-questionnaire";
export { toNdjson, FHIR_JSON, FHIR_NDJSON } from "./ndjson";
