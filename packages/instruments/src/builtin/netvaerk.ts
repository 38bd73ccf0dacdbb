import { defineInstrument } from "../define";
import { opt, SEED_CITATION } from "./options";

/*
 * Option list: the seed report's network charts survive only partly in the text
 * extraction. Two categories are legible: "1 eller 2 gange om måneden" and "Sjældnere
 * end 1 gang om måneden". The categories above them were lost. Rather than invent a
 * fine-grained list, one clearly marked category completes the scale exhaustively:
 * "Oftere end 2 gange om måneden". Replace it with the original wording if it is found.
 * Codes: higher = more often.
 */
const NOTE =
  "Seed wording partly lost: only '1 eller 2 gange om måneden' and 'Sjældnere end 1 gang om måneden' are legible in the seed; 'Oftere end 2 gange om måneden' was added to complete the list.";

const options = [
  opt(3, "Oftere end 2 gange om måneden", "More than twice a month"),
  opt(2, "1 eller 2 gange om måneden", "Once or twice a month"),
  opt(1, "Sjældnere end 1 gang om måneden", "Less than once a month"),
];

/**
 * Network contact. No scale: how often one sees family is not better or worse in
 * itself, so the items are reported as distributions and paired shifts.
 */
export const netvaerk = defineInstrument({
  id: "netvaerk",
  version: "1.0.0",
  kind: "questionnaire",
  title: { da: "Netværk", en: "Social network" },
  introduction: {
    da: "To spørgsmål om, hvor ofte du ser familie og venner.",
    en: "Two questions about how often you see family and friends.",
  },
  source: { citation: SEED_CITATION },
  licence: "Programme's own questions; free to reuse with credit to SIND Erhverv.",
  occasions: ["start", "end", "followup"],
  items: [
    {
      id: "familie",
      type: "single-choice",
      required: true,
      prompt: {
        da: "Hvor ofte ser du familie, som du ikke bor sammen med?",
        en: "How often do you see family members you do not live with?",
      },
      options,
      sourceNote: NOTE,
    },
    {
      id: "venner",
      type: "single-choice",
      required: true,
      prompt: { da: "Hvor ofte ser du dine venner?", en: "How often do you see your friends?" },
      options,
      sourceNote: NOTE,
    },
  ],
});
