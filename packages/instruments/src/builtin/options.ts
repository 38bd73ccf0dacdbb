import type { z } from "zod";
import type { ZOption } from "../items";

type TOptionInput = z.input<typeof ZOption>;

/** Shorthand for an option: code, Danish label, English label. */
export function opt(code: number, da: string, en: string): TOptionInput {
  return { code, label: { da, en } };
}

/** Citation for items taken from the seed programme's own questionnaires. */
export const SEED_CITATION = "SIND Erhverv: Stå ikke i stampe – brug din rampe, intern evaluering (2016-18)";
export const SEED_LICENCE =
  "Questions from a programme's own evaluation questionnaire, reproduced from its public report; free to reuse with credit to SIND Erhverv.";

// Ja = 1, Nej = 0 so a share of "ja" is just the mean; "Ved ikke" = 9 is the usual
// survey code for "don't know" and stays out of any arithmetic.
export const yesNo = (): TOptionInput[] => [opt(1, "Ja", "Yes"), opt(0, "Nej", "No")];
export const yesNoDontKnow = (): TOptionInput[] => [...yesNo(), opt(9, "Ved ikke", "Don't know")];

/** The seed's five-step "I hvilken grad" scale; higher code = higher degree. */
export const degree = (): TOptionInput[] => [
  opt(5, "I meget høj grad", "To a very high degree"),
  opt(4, "I høj grad", "To a high degree"),
  opt(3, "I nogen grad", "To some degree"),
  opt(2, "I mindre grad", "To a lesser degree"),
  opt(1, "Slet ikke", "Not at all"),
];

/**
 * The seed's "Hvilken betydning ..." scale. Display order is the seed's (the neutral
 * "Ingen betydning" last), but the codes put it in the middle (5 = very positive,
 * 3 = none, 1 = very negative) so the codes are ordinal.
 */
export const importance = (): TOptionInput[] => [
  opt(5, "Meget positiv betydning", "Very positive importance"),
  opt(4, "Positiv betydning", "Positive importance"),
  opt(2, "Negativ betydning", "Negative importance"),
  opt(1, "Meget negativ betydning", "Very negative importance"),
  opt(3, "Ingen betydning", "No importance"),
];
