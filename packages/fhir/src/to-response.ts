// A submitted assessment → QuestionnaireResponse (KL's profile for WHO-5, with the
// findingInformer KL requires on every response), and its participant → a pseudonymous Patient.
import { isAnswered, isVisible, type TAnswers, type TInstrument, type TItem } from "@skridt/instruments";
import type { Coding, Patient, QuestionnaireResponse, QuestionnaireResponseAnswer, QuestionnaireResponseItem, Reference } from "./fhir-types";
import { FINDING_INFORMER, KL_CODES, KL_FINDING_INFORMER, KL_RESPONSE_PROFILE, KL_WHO5_ITEMS, KL_WHO5_URL } from "./kl-ffinst";
import { SKRIDT_ANSWER_CODES, SKRIDT_ASSESSMENT_ID, SKRIDT_PARTICIPANT_CODE, fhirId, questionnaireUrl } from "./skridt-urls";
import { groupLinkId, groupedItems, isKlWho5 } from "./to-questionnaire";

/** How a questionnaire was filled in (Survey.mode / Assessment.mode in the database). */
export type TEntryMode = "self" | "assisted" | "phone" | "paper";

/**
 * Who the answers came from, in KL's FindingInformerCodes. The participant is the source in
 * every mode Skridt has: on their own ("Borger"), with a mentor beside them or reading the
 * questions aloud on the phone ("Borger støttet af medarbejder"), or on paper that staff
 * typed in afterwards (the participant wrote the answers: "Borger").
 */
export function findingInformerFor(mode: TEntryMode): { code: string; display: string } {
  switch (mode) {
    case "self":
    case "paper":
      return FINDING_INFORMER.citizen;
    case "assisted":
    case "phone":
      return FINDING_INFORMER.citizenWithStaff;
  }
}

export interface TSubmittedAssessment {
  id: string;
  participant: { id: string; code: string };
  instrument: TInstrument;
  /** How the answers were given; for a staff correction, the mode of the assessment it corrects. */
  mode: TEntryMode;
  /** A mentor's correction of an earlier submission. */
  corrected: boolean;
  occasion: string;
  submittedAt: Date;
  answers: TAnswers;
}

export function patientReference(participant: { id: string; code: string }): Reference {
  return { reference: `Patient/${participant.id}`, identifier: { system: SKRIDT_PARTICIPANT_CODE, value: participant.code } };
}

/** Pseudonymous: the participant code only, never a name (names stay inside Skridt). */
export function toPatient(participant: { id: string; code: string }): Patient {
  return { resourceType: "Patient", id: participant.id, identifier: [{ system: SKRIDT_PARTICIPANT_CODE, value: participant.code }] };
}

function skridtCoding(item: Extract<TItem, { options: unknown }>, code: number): Coding {
  const label = item.options.find((o) => o.code === code)?.label.da;
  return label === undefined ? { system: SKRIDT_ANSWER_CODES, code: String(code) } : { system: SKRIDT_ANSWER_CODES, code: String(code), display: label };
}

function answersOf(item: TItem, value: unknown): QuestionnaireResponseAnswer[] {
  switch (item.type) {
    case "single-choice":
      return typeof value === "number" ? [{ valueCoding: skridtCoding(item, value) }] : [];
    case "multiple-choice":
      return Array.isArray(value) ? value.filter((v): v is number => typeof v === "number").map((v) => ({ valueCoding: skridtCoding(item, v) })) : [];
    case "number":
      if (typeof value !== "number") return [];
      return item.integer && Number.isInteger(value) ? [{ valueInteger: value }] : [{ valueDecimal: value }];
    case "text":
      return typeof value === "string" ? [{ valueString: value }] : [];
    case "date":
      return typeof value === "string" ? [{ valueDate: value }] : [];
  }
}

function who5Items(answers: TAnswers): QuestionnaireResponseItem[] {
  return KL_WHO5_ITEMS.flatMap((item) => {
    const value = answers[item.skridtId];
    if (typeof value !== "number" || !(value in item.answers)) return [];
    const answer = item.answers[value as 0 | 1 | 2 | 3 | 4 | 5];
    return [{ linkId: item.linkId, answer: [{ valueCoding: { system: KL_CODES, code: answer.code, display: answer.display } }] }];
  });
}

function skridtItems(instrument: TInstrument, answers: TAnswers): QuestionnaireResponseItem[] {
  return groupedItems<QuestionnaireResponseItem>(
    instrument.items,
    (item) => {
      const value = answers[item.id];
      // A hidden item's stale answer is not part of what was submitted.
      if (!isAnswered(item, value) || !isVisible(instrument, item.id, answers)) return null;
      const answer = answersOf(item, value);
      return answer.length > 0 ? { linkId: item.id, text: item.prompt.da, answer } : null;
    },
    (first, children) => ({ linkId: groupLinkId(first), text: first.stem!.da, item: children }),
  );
}

export function toQuestionnaireResponse(assessment: TSubmittedAssessment): QuestionnaireResponse {
  const { instrument } = assessment;
  const who5 = isKlWho5(instrument);
  const informer = findingInformerFor(assessment.mode);
  const subject = patientReference(assessment.participant);
  return {
    resourceType: "QuestionnaireResponse",
    id: fhirId(assessment.id),
    ...(who5 ? { meta: { profile: [KL_RESPONSE_PROFILE] } } : {}),
    extension: [{ url: KL_FINDING_INFORMER, valueCodeableConcept: { coding: [{ system: KL_CODES, ...informer }] } }],
    identifier: { system: SKRIDT_ASSESSMENT_ID, value: assessment.id },
    questionnaire: who5 ? KL_WHO5_URL : `${questionnaireUrl(instrument.id)}|${instrument.version}`,
    status: assessment.corrected ? "amended" : "completed",
    subject,
    authored: assessment.submittedAt.toISOString(),
    ...(informer === FINDING_INFORMER.citizen ? { source: subject } : {}),
    item: who5 ? who5Items(assessment.answers) : skridtItems(instrument, assessment.answers),
  };
}
