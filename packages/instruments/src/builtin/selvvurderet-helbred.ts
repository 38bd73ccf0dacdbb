import { defineInstrument } from "../define";
import { selfRatedHealthEasyRead } from "./easy-read";
import { opt } from "./options";

/**
 * Self-rated health: SF-36 / RAND-36 item 1, as the seed programme used it.
 * Scored with the RAND 0-100 recode (1 Fremragende → 100 ... 5 Dårligt → 0) so it
 * reads like the RAND-36 general-health items; one answer category = 25 points is the
 * minimal important change. The cut-offs give the common split "godt eller bedre".
 */
export const selvvurderetHelbred = defineInstrument({
  id: "selvvurderet-helbred",
  version: "1.0.0",
  kind: "questionnaire",
  title: { da: "Selvvurderet helbred", en: "Self-rated health" },
  introduction: {
    da: "Et enkelt spørgsmål om, hvordan du selv synes, dit helbred er.",
    en: "One question about how you yourself rate your health.",
  },
  source: {
    citation:
      "SF-36 / RAND 36-Item Health Survey, item 1 (general health). RAND 0-100 scoring: Hays RD, Sherbourne CD, Mazel RM. The RAND 36-Item Health Survey 1.0. Health Economics 1993;2:217-227. Danish wording as used in SIND Erhverv: Stå ikke i stampe – brug din rampe, intern evaluering (2016-18).",
    url: "https://www.rand.org/health-care/surveys_tools/mos/36-item-short-form/scoring.html",
  },
  licence: "RAND-36 is public domain (RAND Corporation); the single item is widely used in Danish surveys.",
  occasions: ["start", "end", "followup"],
  items: [
    {
      id: "helbred",
      type: "single-choice",
      required: true,
      prompt: { da: "Hvordan synes du, dit helbred er alt i alt?", en: "In general, how would you rate your health?" },
      easyRead: selfRatedHealthEasyRead,
      options: [
        opt(1, "Fremragende", "Excellent"),
        opt(2, "Vældig godt", "Very good"),
        opt(3, "Godt", "Good"),
        opt(4, "Mindre godt", "Fair"),
        opt(5, "Dårligt", "Poor"),
      ],
    },
  ],
  scales: [
    {
      id: "selvvurderet-helbred",
      label: { da: "Selvvurderet helbred (0-100)", en: "Self-rated health (0-100)" },
      items: [
        {
          itemId: "helbred",
          recode: [
            { code: 1, value: 100 },
            { code: 2, value: 75 },
            { code: 3, value: 50 },
            { code: 4, value: 25 },
            { code: 5, value: 0 },
          ],
        },
      ],
      method: "sum",
      missing: { kind: "none" },
      range: { min: 0, max: 100 },
      higherIsBetter: true,
      minimalImportantChange: 25,
      cutoffs: [{ max: 25, label: { da: "Mindre godt eller dårligt", en: "Fair or poor" } }, { label: { da: "Godt eller bedre", en: "Good or better" } }],
    },
  ],
});
