// Instrument and status metadata handed to the pure analytics functions.
import type { TScaleMeta, TStatusCatalogue, TTarget } from "@skridt/analytics";
import { builtinInstruments, STATUSES, type TInstrument, type TMeasurementPlan } from "@skridt/instruments";

/** Every scale of these instruments (the built-ins by default; pass a programme's registry to add its own). */
export function scaleMetas(instruments: Readonly<Record<string, TInstrument>> = builtinInstruments): TScaleMeta[] {
  return Object.values(instruments).flatMap((instrument) =>
    instrument.scales.map((scale) => ({
      instrumentId: instrument.id,
      scaleId: scale.id,
      higherIsBetter: scale.higherIsBetter,
      ...(scale.minimalImportantChange !== undefined ? { minimalImportantChange: scale.minimalImportantChange } : {}),
    })),
  );
}

export function statusCatalogue(): TStatusCatalogue {
  return Object.fromEntries(Object.values(STATUSES).map((s) => [s.code, s.group]));
}

/**
 * The plan's target figures in analytics' terms. A target naming work statuses with a
 * minimum duration ("varigt fleksjob") counts employment relations that lasted that long;
 * other statuses (pension) count when reached or in process, as the seed evaluation did.
 */
export function analyticsTargets(plan: TMeasurementPlan): (TTarget & { label: { da: string; en: string } })[] {
  return plan.targets.map((target, index) => {
    const work = target.statuses.filter((s) => STATUSES[s as keyof typeof STATUSES]?.group === "work");
    const other = target.statuses.filter((s) => !work.includes(s));
    const anyOf = [
      ...(work.length > 0 ? [target.minMonths ? { employmentMonths: target.minMonths } : { statuses: work }] : []),
      ...(other.length > 0 ? [{ statuses: other, includeInProcess: true }] : []),
    ];
    return { id: `target-${index + 1}`, label: target.label, anyOf, goalShare: target.share };
  });
}

/**
 * The response codes of every choice item, in display order: options nobody chose are still
 * listed. Number and date items are listed with no fixed values, so an item is there whether
 * or not anyone in the cohort answered it (its presence never tells that someone did).
 */
export function itemCategories(instruments: Readonly<Record<string, TInstrument>>): { instrumentId: string; itemId: string; values: number[] }[] {
  return Object.values(instruments).flatMap((instrument) =>
    instrument.items.flatMap((item) => {
      if ("options" in item) return [{ instrumentId: instrument.id, itemId: item.id, values: item.options.map((o) => o.code) }];
      return item.type === "number" || item.type === "date" ? [{ instrumentId: instrument.id, itemId: item.id, values: [] }] : [];
    }),
  );
}
