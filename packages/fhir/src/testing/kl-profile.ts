// Test support: the structure KL's FFInst 1.0.0 profiles ask of WHO-5 resources, as problems.
// KLToolsQuestionnaireResponse: findingInformer 1..1 from FindingInformerCodes; KL's WHO-5
// Questionnaire: its canonical URL, linkIds, SNOMED CT codes and answer value sets; answers
// coded in the item's value set (KLToolsCareWHO5.fsh, KLToolsQuestionnaireResponse.fsh,
// KLToolsValueSets.fsh).
import type { Questionnaire, QuestionnaireResponse } from "../fhir-types";
import { FINDING_INFORMER, KL_CODES, KL_FINDING_INFORMER, KL_RESPONSE_PROFILE, KL_VALUE_SETS, KL_WHO5_ITEMS, KL_WHO5_URL, SNOMED } from "../kl-ffinst";

export function klWho5ResponseProblems(response: QuestionnaireResponse): string[] {
  const out: string[] = [];
  if (JSON.stringify(response.meta?.profile) !== JSON.stringify([KL_RESPONSE_PROFILE])) out.push("meta.profile is not KLToolsQuestionnaireResponse");
  if (response.questionnaire !== KL_WHO5_URL) out.push(`questionnaire ${response.questionnaire} is not ${KL_WHO5_URL}`);
  const informers = response.extension?.filter((e) => e.url === KL_FINDING_INFORMER) ?? [];
  if (informers.length !== 1) out.push(`findingInformer occurs ${informers.length} times (1..1)`);
  const coding = informers[0]?.valueCodeableConcept?.coding?.[0];
  if (coding?.system !== KL_CODES || !Object.values(FINDING_INFORMER).some((f) => f.code === coding.code))
    out.push("findingInformer is not from FindingInformerCodes");
  for (const item of response.item ?? []) {
    const kl = KL_WHO5_ITEMS.find((k) => k.linkId === item.linkId);
    if (!kl) {
      out.push(`linkId ${item.linkId} is not in KL's WHO-5`);
      continue;
    }
    const allowed = KL_VALUE_SETS.get(kl.valueSet)!.map((a) => a.code);
    for (const answer of item.answer ?? []) {
      if (answer.valueCoding?.system !== KL_CODES || !allowed.includes(answer.valueCoding.code ?? "")) out.push(`${item.linkId}: answer not in ${kl.valueSet}`);
    }
  }
  return out;
}

export function klWho5QuestionnaireProblems(questionnaire: Questionnaire): string[] {
  const out: string[] = [];
  if (questionnaire.url !== KL_WHO5_URL) out.push(`url ${questionnaire.url}`);
  if (questionnaire.code?.[0]?.system !== SNOMED || questionnaire.code[0].code !== "1144665009") out.push("code is not SNOMED CT 1144665009");
  for (const kl of KL_WHO5_ITEMS) {
    const item = questionnaire.item?.find((i) => i.linkId === kl.linkId);
    if (!item) out.push(`no item ${kl.linkId}`);
    else if (item.type !== "choice" || item.answerValueSet !== kl.valueSet || item.code?.[0]?.code !== kl.sctCode || item.text !== kl.text)
      out.push(`item ${kl.linkId} differs`);
  }
  return out;
}
