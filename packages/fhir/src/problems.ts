/** A problem or a note about a FHIR file, in the shape of Skridt's definition problems (path, Danish, English). */
export interface TFhirProblem {
  /** Where in the FHIR resource, e.g. `item[2] ("calm").enableWhen[0]`; "(root)" for the resource itself. */
  path: string;
  da: string;
  en: string;
}

export const fhirProblem = (path: string, da: string, en: string): TFhirProblem => ({ path, da, en });
