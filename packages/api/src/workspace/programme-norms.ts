// A programme's own norms for reliable change, one scale at a time (issue 15). They are stored
// where the figures already read them (Programme.changeNorms, read by normsFor in
// @skridt/instruments for the evaluator's change figures and the report), so setting one here
// changes those figures without a second path.
import { builtinNorms, normsFor, type TInstrument, type TScale, type TScaleNorm } from "@skridt/instruments";
import type { TProgrammeScaleNorm } from "@skridt/validators";
import { planFromStored } from "../surveys/plan";
import type { TInstrumentRegistry } from "@skridt/instruments";

export interface TNormScale {
  instrumentId: string;
  instrumentTitle: TInstrument["title"];
  scaleId: string;
  label: TScale["label"];
  range: TScale["range"];
  higherIsBetter: boolean;
  /** The instrument's declared norm, with its sources; null for a scale that declares none (a programme's own questionnaire). */
  declared: TScaleNorm | null;
  /** The programme's own norm for the scale, or null: the declared one applies. */
  own: TScaleNorm | null;
  /** Whether a reliable change index can be had at all (not for a single question). */
  supported: boolean;
}

const key = (n: { instrumentId: string; scaleId: string }) => `${n.instrumentId}\u0000${n.scaleId}`;

/**
 * The scales of the instruments in the programme's measurement plan, each with its declared and
 * own norm. A scale supports reliable change when its instrument declares a rule for it, or
 * declares nothing and the scale has several items (a single question has no reliability of its
 * own to put in the formula, which is why self-rated health declares none).
 */
export function normScales(stored: { measurementPlan: string; changeNorms: string }, registry: TInstrumentRegistry): TNormScale[] {
  const plan = planFromStored(stored.measurementPlan);
  const ids = [...new Set([...plan.occasions.start, ...plan.occasions.end, ...plan.occasions.followup])];
  const declared = new Map(builtinNorms.map((n) => [key(n), n]));
  const { norms, own } = normsFor(stored.changeNorms);
  const ownNorms = new Map(norms.filter((n) => own.has(key(n))).map((n) => [key(n), n]));
  return ids.flatMap((id) => {
    const instrument = registry[id];
    if (!instrument) return [];
    return instrument.scales.map((scale) => {
      const k = key({ instrumentId: instrument.id, scaleId: scale.id });
      const d = declared.get(k) ?? null;
      return {
        instrumentId: instrument.id,
        instrumentTitle: instrument.title,
        scaleId: scale.id,
        label: scale.label,
        range: scale.range,
        higherIsBetter: scale.higherIsBetter,
        declared: d,
        own: ownNorms.get(k) ?? null,
        supported: d ? d.reliableChange !== null : scale.items.length >= 2,
      };
    });
  });
}

/**
 * The stored norm for what the programme typed: the reliability and SD as a Jacobson-Truax rule,
 * the cut-off (kept with its declared source when it is the declared one unchanged), and the
 * field's convention from the declared norm, which the programme does not replace.
 */
export function ownNormOf(scale: TNormScale, typed: TProgrammeScaleNorm): TScaleNorm {
  const source = { citation: typed.source };
  const declaredCut = scale.declared?.cutOff ?? null;
  const cutOff = typed.cutOff
    ? declaredCut && declaredCut.value === typed.cutOff.value && declaredCut.functional === typed.cutOff.functional
      ? declaredCut
      : { ...typed.cutOff, source }
    : null;
  return {
    instrumentId: scale.instrumentId,
    scaleId: scale.scaleId,
    reliableChange: { kind: "reliability", reliability: typed.reliability, coefficient: typed.coefficient, sd: typed.sd, source },
    cutOff,
    convention: scale.declared?.convention ?? null,
  };
}

/** The stored JSON after one scale's norm is set (or removed with null), the other scales' kept. */
export function withOwnNorm(stored: string, scale: TNormScale, norm: TScaleNorm | null): string {
  const { norms, own } = normsFor(stored);
  const kept = norms.filter((n) => own.has(key(n)) && key(n) !== key(scale));
  const next = norm ? [...kept, norm] : kept;
  // Without a reason: the stored list is ZProgrammeNorms, which has none.
  const list = next.map(({ reason: _reason, ...n }) => n);
  return list.length ? JSON.stringify(list) : "";
}
