// KL's implementation guide "Fælles faglige instrumenter" (FFInst), release 1.0.0
// (IG id kl.dk.fhir.ffinst, canonical http://fhir.kl.dk/ffinst, FHIR 4.0.1). Taken from the
// guide's FSH sources in the public repository hl7dk/KL-dk-tools: sushi-config.yaml (canonical,
// version), input/fsh/KLToolsCareWHO5.fsh (the WHO-5 Questionnaire), KLToolsValueSets.fsh
// (CodeSystem KLToolsCodes, WHO5AnswerCodes* and FindingInformerCodes), KLToolsExtensions.fsh
// (FindingInformer), KLToolsQuestionnaire.fsh / KLToolsQuestionnaireResponse.fsh (profiles)
// and input/pagecontent/Questionnaire-KLToolsCareWHO-5-intro.md (the score as an Observation
// with SNOMED CT 1144665009, derived from the response). Older commits of that repository used
// http://kl.dk/fhir/tools/care; only the 1.0.0 release's URLs are used here.

export const KL_CANONICAL = "http://fhir.kl.dk/ffinst";
export const KL_VERSION = "1.0.0";
export const SNOMED = "http://snomed.info/sct";
export const KL_CODES = `${KL_CANONICAL}/CodeSystem/KLToolsCodes`;
export const KL_QUESTIONNAIRE_PROFILE = `${KL_CANONICAL}/StructureDefinition/KLToolsQuestionnaire`;
export const KL_RESPONSE_PROFILE = `${KL_CANONICAL}/StructureDefinition/KLToolsQuestionnaireResponse`;
export const KL_FINDING_INFORMER = `${KL_CANONICAL}/StructureDefinition/FindingInformer`;

/** The WHO-5 Questionnaire instance's id (FSH `Instance: KLToolsCareWHO5`) and canonical URL. */
export const KL_WHO5_ID = "KLToolsCareWHO5";
export const KL_WHO5_URL = `${KL_CANONICAL}/Questionnaire/${KL_WHO5_ID}`;
/** 1144665009 |5-item World Health Organization Well-being Index value (observable entity)|. */
export const KL_WHO5_SCORE_CODE = "1144665009";

/** FindingInformerCodes: who the information came from (KLToolsValueSets.fsh). */
export const FINDING_INFORMER = {
  citizen: { code: "a3d30bf2-4a3c-4c49-9001-5363ae11681c", display: "Borger" },
  citizenWithRelative: { code: "71675b26-285e-4551-9488-991d8b34a12a", display: "Borger støttet af pårørende" },
  citizenWithStaff: { code: "5937b533-a4e3-45af-9ddf-61dce1d56b74", display: "Borger støttet af medarbejder" },
  relativeAlone: { code: "d5762abe-706b-4d52-ac2b-2621c60486b2", display: "Pårørende alene" },
  staffAlone: { code: "111b2c8a-389d-4ecc-9187-ce78f019649b", display: "Medarbejder alene" },
} as const;

export interface KlWho5Item {
  /** Skridt's built-in item id. */
  skridtId: string;
  linkId: "happy" | "calm" | "active" | "rested" | "interest";
  /** KL's item text: Skridt's stem "I de sidste 2 uger" + its prompt, word for word. */
  text: string;
  sctCode: string;
  sctDisplay: string;
  valueSet: string;
  /** KL's answer code for each WHO-5 value 5..0, with its display in KLToolsCodes. */
  answers: Record<0 | 1 | 2 | 3 | 4 | 5, { code: string; display: string }>;
}

const WORD = { happy: "glad", calm: "rolig", active: "aktiv", rested: "frisk", interest: "interesseret" } as const;
const LEVEL: Record<0 | 1 | 2 | 3 | 4 | 5, string> = {
  5: "Hele tiden",
  4: "Det meste af tiden",
  3: "Lidt mere end halvdelen af tiden",
  2: "Lidt mindre end halvdelen af tiden",
  1: "Lidt af tiden",
  0: "På intet tidspunkt",
};

function answers(linkId: KlWho5Item["linkId"], codes: [string, string, string, string, string, string]): KlWho5Item["answers"] {
  const [c5, c4, c3, c2, c1, c0] = codes;
  const entry = (value: 0 | 1 | 2 | 3 | 4 | 5, code: string) => ({ code, display: `WHO-5 ${LEVEL[value]} - ${value} (${WORD[linkId]})` });
  return { 5: entry(5, c5), 4: entry(4, c4), 3: entry(3, c3), 2: entry(2, c2), 1: entry(1, c1), 0: entry(0, c0) };
}

export const KL_WHO5_ITEMS: readonly KlWho5Item[] = [
  {
    skridtId: "who5_1",
    linkId: "happy",
    text: "I de sidste 2 uger har jeg været glad og i godt humør",
    sctCode: "285854004",
    sctDisplay: "Emotion (observable entity)",
    valueSet: `${KL_CANONICAL}/ValueSet/WHO5AnswerCodesHappy`,
    answers: answers("happy", [
      "0e5aa952-d470-4219-b275-5e8204d96987",
      "9fd3c658-d0b7-4018-84e9-8588be7de478",
      "a3779fc5-d7b3-4d03-bdaf-5ae5a40b0899",
      "228ee58f-5785-4364-a99c-8ba99943f510",
      "c4002c8a-91c5-4737-bba6-ce364e83fd28",
      "d092cdf0-e4e0-4cf6-a506-0adf95f56a8d",
    ]),
  },
  {
    skridtId: "who5_2",
    linkId: "calm",
    text: "I de sidste 2 uger har jeg følt mig rolig og afslappet",
    sctCode: "285854004",
    sctDisplay: "Emotion (observable entity)",
    valueSet: `${KL_CANONICAL}/ValueSet/WHO5AnswerCodesCalm`,
    answers: answers("calm", [
      "b9eb352d-145d-4c45-8f8c-5b92474c4af1",
      "b128508b-8ef8-4516-b8e1-f5af02a408f3",
      "1ab11c78-6258-4069-9065-0f076833b133",
      "d599f667-9300-432d-9edf-a1afa4c9af85",
      "1fb14510-ec20-4a8e-bc3a-d45fa83909c9",
      "130fbd15-4718-4fb7-9592-d205f575bc9c",
    ]),
  },
  {
    skridtId: "who5_3",
    linkId: "active",
    text: "I de sidste 2 uger har jeg følt mig aktiv og energisk",
    sctCode: "406202006",
    sctDisplay: "Træk vedr. energi",
    valueSet: `${KL_CANONICAL}/ValueSet/WHO5AnswerCodesActive`,
    answers: answers("active", [
      "3d3c13a6-befa-4a52-aef0-7e775ca11fdd",
      "60da44d3-815e-426f-8c8a-0ae34d85863a",
      "f573ad27-7d00-4505-99ac-f0f35cd16e6a",
      "d9d031d9-3185-4f59-a125-ea5a3503011a",
      "08c8a19c-d135-4e05-a8d4-70c6da6f4842",
      "ccc3ecb4-3249-4c82-9c2b-dca72f4ba374",
    ]),
  },
  {
    skridtId: "who5_4",
    linkId: "rested",
    text: "I de sidste 2 uger er jeg vågnet frisk og udhvilet",
    sctCode: "404949004",
    sctDisplay: "Hvilemønster",
    valueSet: `${KL_CANONICAL}/ValueSet/WHO5AnswerCodesRested`,
    answers: answers("rested", [
      "7aaccc2e-ead3-41f0-a9ba-091f2e539753",
      "b1375340-07a1-4ab4-9d3b-f5de61b878b5",
      "0059dc5d-d174-45b9-a423-136e3d9c2bda",
      "8f403657-cdbd-4d87-aefe-ab040a6db428",
      "2bd7d702-99ac-4acc-b3f6-a9833a32f7c8",
      "18c05b5f-97e6-4c08-a920-ec75a213f1f6",
    ]),
  },
  {
    skridtId: "who5_5",
    linkId: "interest",
    text: "I de sidste 2 uger har min dagligdag været fyldt med ting der interesserer mig",
    sctCode: "247752005",
    sctDisplay: "Interesseniveau",
    valueSet: `${KL_CANONICAL}/ValueSet/WHO5AnswerCodesInterest`,
    answers: answers("interest", [
      "2ca88533-c048-4b2a-9ac2-2206b63a25ac",
      "b62a3f31-9b63-4b86-b5bd-edf300b9fbd6",
      "392ee33f-e754-4443-a285-c19aff66726f",
      "3c323281-fc96-47cb-b057-1dff2ffa835b",
      "314ab944-2f8a-453d-8653-b46cacf5f480",
      "f97749b5-e689-40a4-9eda-0b0e35d185fc",
    ]),
  },
];

/** KL's free-text comment item (linkId who5comment): part of KL's Questionnaire, not of Skridt's WHO-5. */
export const KL_WHO5_COMMENT = { linkId: "who5comment", text: "Kommentar til WHO5" } as const;

export const KL_WHO5_DESCRIPTION =
  "Instrument til at måle graden af positive oplevelser, og som kan anvendes som et mål for personers generelle trivsel eller velbefindende. Tidsrammen er de seneste to uger.";

/** KL's answer value sets by URL: how an imported KL WHO-5 item's codes become Skridt's 0-5 codes. */
export const KL_VALUE_SETS: ReadonlyMap<string, { level: number; code: string; display: string; label: string }[]> = new Map(
  KL_WHO5_ITEMS.map((item) => [item.valueSet, ([5, 4, 3, 2, 1, 0] as const).map((level) => ({ level, ...item.answers[level], label: LEVEL[level] }))]),
);
