import type { TAttrition } from "./attrition";
import type { TContactSummary } from "./contacts";
import type { TItemDistribution } from "./distributions";
import type { TOutcomes } from "./outcomes";
import type { TPairedChange } from "./paired-change";
import type { TProgressionSpider } from "./progression";
import type { TResponseRate } from "./response-rates";
import {
  DEFAULT_THRESHOLD,
  isSmall,
  smallMark,
  suppressCells,
  suppressCount,
  suppressRow,
  suppressShare,
  suppressStatistics,
  type TSuppressed,
} from "./suppression";

/**
 * The suppressed form of each result, so every evaluator view and export calls one
 * function and gets the same hidden cells. Rules: see suppression.ts.
 */

export function suppressResponseRates(rates: readonly TResponseRate[], threshold = DEFAULT_THRESHOLD): TSuppressed<TResponseRate>[] {
  return rates.map((r) => {
    const row = suppressRow(r.eligible, [r.completed, r.incomplete, r.noResponse], threshold);
    const [completed, incomplete, noResponse] = row.cells as [number | string, number | string, number | string];
    return { occasion: r.occasion, eligible: row.total, completed, incomplete, noResponse, rate: typeof completed === "string" ? completed : r.rate };
  });
}

export function suppressItemDistributions(items: readonly TItemDistribution[], threshold = DEFAULT_THRESHOLD): TSuppressed<TItemDistribution>[] {
  return items.map((item) => ({
    instrumentId: item.instrumentId,
    itemId: item.itemId,
    occasions: item.occasions.map((o) => {
      // Multi-select cells overlap: their sum exceeds n, and no secondary cell is needed.
      const additive = o.cells.reduce((sum, c) => sum + c.count, 0) === o.n;
      const s = suppressCells(o.n, o.cells, threshold, { additive });
      return { occasion: o.occasion, n: s.total, cells: s.cells };
    }),
  }));
}

const KEEP_SCALE = new Set(["minimalImportantChange", "method"]);

export function suppressPairedChange(results: readonly TPairedChange[], threshold = DEFAULT_THRESHOLD): TSuppressed<TPairedChange>[] {
  return results.map((r) => {
    const paired = suppressStatistics(r.paired, r.paired.n, threshold, KEEP_SCALE);
    if (!isSmall(r.paired.n, threshold) && r.paired.byMic) {
      const m = r.paired.byMic;
      const cells = suppressCells(
        r.paired.n,
        [
          { count: m.improved, share: m.improvedShare },
          { count: m.unchanged, share: m.unchangedShare },
          { count: m.worse, share: m.worseShare },
        ],
        threshold,
      ).cells;
      const [i, u, w] = cells as [(typeof cells)[number], (typeof cells)[number], (typeof cells)[number]];
      paired.byMic = { improved: i.count, unchanged: u.count, worse: w.count, improvedShare: i.share, unchangedShare: u.share, worseShare: w.share };
    }
    return {
      ...r,
      paired,
      unpaired: {
        label: "unpaired" as const,
        start: suppressStatistics(r.unpaired.start, r.unpaired.start.n, threshold),
        end: suppressStatistics(r.unpaired.end, r.unpaired.end.n, threshold),
      },
    };
  });
}

export function suppressAttrition(results: readonly TAttrition[], threshold = DEFAULT_THRESHOLD): TSuppressed<TAttrition>[] {
  return results.map((r) => {
    const hideDifference = isSmall(r.answeredEnd.n, threshold) || isSmall(r.didNotAnswerEnd.n, threshold);
    return {
      instrumentId: r.instrumentId,
      scaleId: r.scaleId,
      answeredEnd: suppressStatistics(r.answeredEnd, r.answeredEnd.n, threshold),
      didNotAnswerEnd: suppressStatistics(r.didNotAnswerEnd, r.didNotAnswerEnd.n, threshold),
      difference: hideDifference && r.difference !== null ? smallMark(threshold) : r.difference,
      standardisedDifference: hideDifference && r.standardisedDifference !== null ? smallMark(threshold) : r.standardisedDifference,
    };
  });
}

export function suppressProgression(spider: TProgressionSpider, threshold = DEFAULT_THRESHOLD): TSuppressed<TProgressionSpider> {
  return {
    participantsWithTwoReviews: suppressCount(spider.participantsWithTwoReviews, threshold),
    areas: spider.areas.map((a) => {
      if (isSmall(a.n, threshold)) return suppressStatistics(a, a.n, threshold, new Set(["change"]));
      const s = suppressCells(a.n, a.changes, threshold);
      return { ...a, changes: s.cells };
    }),
  };
}

export function suppressOutcomes(o: TOutcomes, threshold = DEFAULT_THRESHOLD): TSuppressed<TOutcomes> {
  const e = o.employment;
  return {
    n: suppressCount(o.n, threshold),
    statuses: suppressCells(o.n, o.statuses, threshold).cells,
    groups: suppressCells(o.n, o.groups, threshold).cells,
    employment: {
      minMonths: e.minMonths,
      relations: suppressCount(e.relations, threshold),
      lastingRelations: suppressCount(e.lastingRelations, threshold),
      participantsWithRelation: suppressCount(e.participantsWithRelation, threshold),
      participantsWithLastingRelation: suppressCount(e.participantsWithLastingRelation, threshold),
      lastingShare: suppressShare(e.lastingShare, e.participantsWithLastingRelation, threshold),
      internships: suppressCount(e.internships, threshold),
      lastingInternships: suppressCount(e.lastingInternships, threshold),
    },
    targets: o.targets.map((t) => ({ ...t, met: suppressCount(t.met, threshold), share: suppressShare(t.share, t.met, threshold) })),
  };
}

/** Contact totals are contacts, not people; a kind is hidden when 1..t−1 people had it. */
export function suppressContacts(c: TContactSummary, threshold = DEFAULT_THRESHOLD): TSuppressed<TContactSummary> {
  const keepKind = new Set(["kind"]);
  return {
    ...suppressStatistics(
      { total: c.total, meanPerParticipant: c.meanPerParticipant, medianPerParticipant: c.medianPerParticipant, minutes: c.minutes },
      c.participantsWithAny,
      threshold,
    ),
    participantsWithAny: suppressCount(c.participantsWithAny, threshold),
    byKind: c.byKind.map((k) => suppressStatistics(k, k.participantsWithAny, threshold, keepKind)),
  };
}
