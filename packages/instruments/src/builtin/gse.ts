import { defineInstrument } from "../define";
import { gseEasyRead } from "./easy-read";
import { opt } from "./options";

const options = [
  opt(1, "Passer slet ikke", "Not at all true"),
  opt(2, "Passer en smule", "Hardly true"),
  opt(3, "Passer nogenlunde", "Moderately true"),
  opt(4, "Passer præcist", "Exactly true"),
];

// Published Danish version. The seed programme printed item 1 as "... vanskelige
// opgaver ..."; the built-in keeps the published "problemer" (imports map the variant).
const texts: [string, string][] = [
  ["Jeg kan altid løse vanskelige problemer, hvis jeg prøver ihærdigt nok", "I can always manage to solve difficult problems if I try hard enough"],
  ["Hvis nogen modarbejder mig, finder jeg en måde til at opnå det, jeg vil", "If someone opposes me, I can find the means and ways to get what I want"],
  ["Det er let for mig at holde fast ved mine planer og realisere mine mål", "It is easy for me to stick to my aims and accomplish my goals"],
  ["Jeg er sikker på, at jeg kan håndtere uventede hændelser", "I am confident that I could deal efficiently with unexpected events"],
  [
    "Takket være mine personlige ressourcer, ved jeg, hvordan jeg skal klare uforudsete situationer",
    "Thanks to my resourcefulness, I know how to handle unforeseen situations",
  ],
  ["Jeg kan løse de fleste problemer, hvis jeg yder den nødvendige indsats", "I can solve most problems if I invest the necessary effort"],
  [
    "Jeg bevarer roen, når der er problemer, da jeg stoler på mine evner til at løse dem",
    "I can remain calm when facing difficulties because I can rely on my coping abilities",
  ],
  ["Når jeg støder på et problem, kan jeg som regel finde flere løsninger", "When I am confronted with a problem, I can usually find several solutions"],
  ["Hvis jeg er i vanskeligheder, kan jeg som regel finde en udvej", "If I am in trouble, I can usually think of a solution"],
  ["Lige meget hvad der sker, kan jeg som regel klare det", "I can usually handle whatever comes my way"],
];

const items = texts.map(([da, en], i) => ({
  id: `gse_${i + 1}`,
  type: "single-choice" as const,
  required: true,
  prompt: { da, en },
  options,
  easyRead: gseEasyRead[i],
}));

/**
 * General Self-Efficacy ("handlekompetencer"). Sum 10-40; with at most 3 items missing
 * the score is the mean of the answered items × 10. The authors advise against
 * categories, and no minimal important change is published, so neither is set:
 * classifyChange returns null rather than guess.
 */
export const gse = defineInstrument({
  id: "gse",
  version: "1.0.0",
  kind: "questionnaire",
  title: { da: "Handlekompetencer (GSE)", en: "General Self-Efficacy (GSE)" },
  introduction: {
    da: "Her er ti udsagn om, hvordan du klarer udfordringer. Vælg for hvert udsagn, hvor godt det passer på dig.",
    en: "Here are ten statements about how you handle challenges. For each one, choose how well it fits you.",
  },
  source: {
    citation:
      "Schwarzer R, Jerusalem M. Generalized Self-Efficacy scale. In: Weinman J, Wright S, Johnston M, eds. Measures in health psychology: A user's portfolio. Windsor: NFER-NELSON; 1995:35-37. Scoring and missing-item rule: Schwarzer's GSE FAQ, Freie Universität Berlin. Published Danish version.",
    url: "https://userpage.fu-berlin.de/~health/selfscal.htm",
  },
  licence: "Free for research and evaluation with citation of Schwarzer & Jerusalem.",
  occasions: ["start", "end", "followup"],
  items,
  scales: [
    {
      id: "gse",
      label: { da: "Handlekompetencer (10-40)", en: "General self-efficacy (10-40)" },
      items: items.map((i) => ({ itemId: i.id })),
      method: "sum",
      missing: { kind: "prorate", maxMissing: 3 },
      range: { min: 10, max: 40 },
      higherIsBetter: true,
    },
  ],
});
