import { defineInstrument } from "../define";
import { who5EasyRead } from "./easy-read";
import { opt } from "./options";

const stem = { da: "I de sidste 2 uger ...", en: "Over the last two weeks ..." };

const options = [
  opt(5, "Hele tiden", "At all times"),
  opt(4, "Det meste af tiden", "Most of the time"),
  opt(3, "Lidt mere end halvdelen af tiden", "More than half of the time"),
  opt(2, "Lidt mindre end halvdelen af tiden", "Less than half of the time"),
  opt(1, "Lidt af tiden", "Some of the time"),
  opt(0, "På intet tidspunkt", "At no time"),
];

function item(n: number, da: string, en: string) {
  return { id: `who5_${n}`, type: "single-choice" as const, required: true, stem, prompt: { da, en }, options, easyRead: who5EasyRead[n - 1] };
}

/**
 * WHO-5 Trivselsindeks. Sum 0-25 × 4 = 0-100. There is no official prorating rule,
 * so all five items are needed. Bands use the published thresholds (≤ 28 likely
 * depression, ≤ 50 reduced wellbeing; Topp et al. 2015) but with neutral labels:
 * evaluators read these at group level, and a label is not a diagnosis.
 */
export const who5 = defineInstrument({
  id: "who5",
  version: "1.0.0",
  kind: "questionnaire",
  title: { da: "WHO-5 Trivselsindeks", en: "WHO-5 Well-Being Index" },
  introduction: {
    da: "Her er fem udsagn om, hvordan du har haft det. Vælg for hvert udsagn det svar, der passer bedst på de sidste 2 uger.",
    en: "Here are five statements about how you have been feeling. For each one, choose the answer that fits the last two weeks best.",
  },
  source: {
    citation:
      "WHO-5 Well-Being Index, Psychiatric Research Unit, Mental Health Centre North Zealand. Danish items and options: KL's FHIR implementation guide (hl7dk/KL-dk-tools, KLToolsCareWHO5.fsh, KLToolsValueSets.fsh; SNOMED CT 1144665009). Cut-offs: Topp CW, Østergaard SD, Søndergaard S, Bech P. The WHO-5 Well-Being Index: a systematic review of the literature. Psychother Psychosom 2015;84:167-176.",
  },
  licence: 'Free to use; credit "Psychiatric Research Unit, Mental Health Centre North Zealand".',
  occasions: ["start", "end", "followup"],
  items: [
    item(1, "har jeg været glad og i godt humør", "I have felt cheerful and in good spirits"),
    item(2, "har jeg følt mig rolig og afslappet", "I have felt calm and relaxed"),
    item(3, "har jeg følt mig aktiv og energisk", "I have felt active and vigorous"),
    item(4, "er jeg vågnet frisk og udhvilet", "I woke up feeling fresh and rested"),
    item(5, "har min dagligdag været fyldt med ting der interesserer mig", "My daily life has been filled with things that interest me"),
  ],
  scales: [
    {
      id: "who5",
      label: { da: "WHO-5 trivsel (0-100)", en: "WHO-5 wellbeing (0-100)" },
      items: [1, 2, 3, 4, 5].map((n) => ({ itemId: `who5_${n}` })),
      method: "sum",
      transform: { multiply: 4, add: 0 },
      missing: { kind: "none" },
      range: { min: 0, max: 100 },
      higherIsBetter: true,
      minimalImportantChange: 10,
      cutoffs: [
        { max: 28, label: { da: "Meget lav trivsel (≤ 28)", en: "Very low wellbeing (≤ 28)" } },
        { max: 50, label: { da: "Lav trivsel (≤ 50)", en: "Low wellbeing (≤ 50)" } },
        { label: { da: "God trivsel (> 50)", en: "Good wellbeing (> 50)" } },
      ],
    },
  ],
});
