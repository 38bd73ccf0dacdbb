import { defineInstrument } from "../define";
import { opt, SEED_CITATION } from "./options";

// SF-36 v2 coding: 1 = Hele tiden ... 5 = På intet tidspunkt.
const options = [
  opt(1, "Hele tiden", "All of the time"),
  opt(2, "Det meste af tiden", "Most of the time"),
  opt(3, "Noget af tiden", "Some of the time"),
  opt(4, "Lidt af tiden", "A little of the time"),
  opt(5, "På intet tidspunkt", "None of the time"),
];

/**
 * The seed's two mood items. They come from the licensed Danish SF-36/SF-12 v2
 * mental-health scale, whose other three MHI-5 items have no public Danish text, so
 * there is deliberately NO MHI-5 score here. Each item has its own one-item "scale"
 * only so that the same scoring and change code gives an ordinal value per item with
 * the direction stated (1-5, higher = better: "rolig og afslappet" is reverse-keyed).
 * No MIC is set: analytics report these item by item (distributions, paired shifts).
 */
export const humoer = defineInstrument({
  id: "humoer",
  version: "1.0.0",
  kind: "questionnaire",
  title: { da: "Humør", en: "Mood" },
  introduction: {
    da: "To spørgsmål om, hvordan du har haft det de seneste 4 uger.",
    en: "Two questions about how you have been feeling in the past 4 weeks.",
  },
  source: {
    citation: `${SEED_CITATION}. The two items are from the Danish SF-36/SF-12 v2 mental-health scale (QualityMetric/Optum); reported item by item, not as MHI-5.`,
  },
  licence:
    "The SF-36/SF-12 v2 wording is licensed by QualityMetric/Optum; check the programme's licence before use in a new programme. Reproduced here as the seed programme used it.",
  occasions: ["start", "end", "followup"],
  items: [
    {
      id: "trist",
      type: "single-choice",
      required: true,
      prompt: {
        da: "Hvor stor en del af tiden i de seneste 4 uger har du følt dig trist til mode?",
        en: "How much of the time in the past 4 weeks have you felt sad and low?",
      },
      options,
    },
    {
      id: "rolig",
      type: "single-choice",
      required: true,
      prompt: {
        da: "Hvor stor en del af tiden i de seneste 4 uger har du følt dig rolig og afslappet?",
        en: "How much of the time in the past 4 weeks have you felt calm and relaxed?",
      },
      options,
    },
  ],
  scales: [
    {
      id: "trist",
      label: { da: "Ikke trist til mode (1-5, enkeltspørgsmål)", en: "Not feeling low (1-5, single item)" },
      items: [{ itemId: "trist" }],
      method: "sum",
      missing: { kind: "none" },
      range: { min: 1, max: 5 },
      higherIsBetter: true,
    },
    {
      id: "rolig",
      label: { da: "Rolig og afslappet (1-5, enkeltspørgsmål)", en: "Calm and relaxed (1-5, single item)" },
      items: [{ itemId: "rolig", reverse: true }],
      method: "sum",
      missing: { kind: "none" },
      range: { min: 1, max: 5 },
      higherIsBetter: true,
    },
  ],
});
