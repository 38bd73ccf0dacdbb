// Each scale score of a submitted assessment → Observation derived from its QuestionnaireResponse.
// For WHO-5 this is what KL's guide recommends: SNOMED CT 1144665009 with the index as a
// decimal in valueQuantity, derivedFrom the response (Questionnaire-KLToolsCareWHO-5-intro.md).
import { scoreInstrument } from "@skridt/instruments";
import type { Coding, Observation } from "./fhir-types";
import { KL_CODES, KL_FINDING_INFORMER, KL_WHO5_SCORE_CODE, SNOMED } from "./kl-ffinst";
import { OBSERVATION_CATEGORY, SKRIDT_SCALES, UCUM, fhirId } from "./skridt-urls";
import { isKlWho5 } from "./to-questionnaire";
import { findingInformerFor, patientReference, type TSubmittedAssessment } from "./to-response";

/** A stored score row (Score in the database), or one computed from the answers. */
export interface TStoredScore {
  scaleId: string;
  value: number | null;
  status: string;
}

/**
 * Scores that could not be computed (too many items missing) are left out: an Observation
 * without a value would only say "unknown".
 */
export function toObservations(assessment: TSubmittedAssessment, scores?: readonly TStoredScore[]): Observation[] {
  const { instrument } = assessment;
  const rows = scores ?? scoreInstrument(instrument, assessment.answers);
  const informer = findingInformerFor(assessment.mode);
  return rows.flatMap((score): Observation[] => {
    const scale = instrument.scales.find((s) => s.id === score.scaleId);
    if (!scale || score.value === null || score.status === "insufficient") return [];
    const coding: Coding[] = [{ system: SKRIDT_SCALES, code: `${instrument.id}.${scale.id}`, display: scale.label.da }];
    if (isKlWho5(instrument) && scale.id === "who5") coding.unshift({ system: SNOMED, code: KL_WHO5_SCORE_CODE });
    return [
      {
        resourceType: "Observation",
        id: fhirId(assessment.id, scale.id),
        extension: [{ url: KL_FINDING_INFORMER, valueCodeableConcept: { coding: [{ system: KL_CODES, ...informer }] } }],
        status: assessment.corrected ? "amended" : "final",
        category: [{ coding: [{ system: OBSERVATION_CATEGORY, code: "survey" }] }],
        code: { coding, text: scale.label.da },
        subject: patientReference(assessment.participant),
        effectiveDateTime: assessment.submittedAt.toISOString(),
        valueQuantity: { value: score.value, unit: "score", system: UCUM, code: "{score}" },
        ...(score.status === "prorated"
          ? { note: [{ text: "Beregnet ud fra de besvarede spørgsmål (enkelte manglede) / computed from the answered items (some were missing)" }] }
          : {}),
        derivedFrom: [{ reference: `QuestionnaireResponse/${fhirId(assessment.id)}` }],
      },
    ];
  });
}
