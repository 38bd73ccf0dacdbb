import { z } from "zod";
import { ZSource } from "../instrument";
import { ZId } from "../text";

/**
 * When one scale's score calls for care: a level at or below which a participant may be
 * struggling ("low"), and a fall since the previous occasion that is a meaningful change
 * ("drop"). Both are stated on the scale as Skridt reports it (WHO-5 0-100, not the raw
 * 0-25), each with the source it comes from. Care rules are never a diagnosis: they decide
 * only that the participant is shown where to get help and that their mentor gets in touch.
 */
export const ZCareRule = z.strictObject({
  instrumentId: ZId,
  scaleId: ZId,
  low: z.strictObject({ atMost: z.number(), source: ZSource }).optional(),
  drop: z.strictObject({ atLeast: z.number().positive(), source: ZSource }).optional(),
  /** A fall this large is beyond measurement error for one person: the change view calls it "a good deal worse". */
  reliableChange: z.strictObject({ atLeast: z.number().positive(), source: ZSource }).optional(),
});
export type TCareRule = z.infer<typeof ZCareRule>;

const topp2015 = {
  citation:
    "Topp CW, Østergaard SD, Søndergaard S, Bech P. The WHO-5 Well-Being Index: a systematic review of the literature. Psychother Psychosom 2015;84:167-176 (doi:10.1159/000376585): a raw score ≤ 7 (≤ 28 on 0-100) indicates likely depression; a 10-point change on 0-100 is a meaningful change.",
  url: "https://doi.org/10.1159/000376585",
};

const schougaard2018 = {
  citation:
    "Schougaard LMV, de Thurah A, Bech P, Hjollund NH, Christiansen DH. Test-retest reliability and measurement error of the Danish WHO-5 Well-being Index in outpatients with epilepsy. Health Qual Life Outcomes 2018;16:175: minimal detectable change 23.6 points on 0-100.",
};

/**
 * The built-in instruments' care rules. Only where a published source supports a threshold:
 * WHO-5 has one. GSE has no cut-off (its authors advise against categories); self-rated health,
 * mood, network and satisfaction are single items without a published care threshold, so they
 * get none (docs/care.md).
 */
export const builtinCareRules: readonly TCareRule[] = [
  {
    instrumentId: "who5",
    scaleId: "who5",
    low: { atMost: 28, source: topp2015 },
    drop: { atLeast: 10, source: topp2015 },
    reliableChange: { atLeast: 24, source: schougaard2018 },
  },
];
