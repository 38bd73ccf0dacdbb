import type { FhirResource } from "./fhir-types";

/** Newline-delimited JSON (FHIR bulk data): one resource per line, each line ending in "\n". */
export function toNdjson(resources: Iterable<FhirResource>): string {
  let out = "";
  for (const resource of resources) out += `${JSON.stringify(resource)}\n`;
  return out;
}

export const FHIR_JSON = "application/fhir+json";
export const FHIR_NDJSON = "application/fhir+ndjson";
