import type { TDisclosure, TKeyedCount, TShown } from "./disclosure";
import type { TItemDistribution, TKeyedItemDistribution } from "./distributions";
import type { TKeyedOutcomes, TOutcomes } from "./outcomes";
import type { TKeyedResponseRate, TResponseRate } from "./response-rates";
import type { TSuppressed } from "./suppression";

/**
 * The count-based results as they may be shown (rules in disclosure.ts): every count perturbed
 * by its cell key, shown when the perturbed count reaches the threshold, every share and rate a
 * ratio of perturbed counts. The result is built afresh, so no key sum is ever passed on.
 */

/** A ratio of two perturbed counts, hidden with its count, or when its base is hidden. */
function ratio(d: TDisclosure, count: number, of: number): TShown | null {
  return d.visible(of) ? d.share(count, of) : d.mark;
}

export function protectResponseRates(rates: readonly TKeyedResponseRate[], d: TDisclosure): TSuppressed<TResponseRate>[] {
  return rates.map((r) => {
    const eligible = d.perturb(r.eligible);
    const completed = d.perturb(r.completed);
    return {
      occasion: r.occasion,
      eligible: d.show(eligible),
      completed: d.show(completed),
      incomplete: d.count(r.incomplete),
      noResponse: d.count(r.noResponse),
      rate: ratio(d, completed, eligible),
    };
  });
}

/**
 * Per item and occasion: n and each category. An item's own options are always listed ("<5"
 * when small); any other value (a number typed in) only when its count may be shown, so a new
 * value appearing never names the one person who gave it.
 */
export function protectItemDistributions(items: readonly TKeyedItemDistribution[], d: TDisclosure): TSuppressed<TItemDistribution>[] {
  return items.map((item) => ({
    instrumentId: item.instrumentId,
    itemId: item.itemId,
    occasions: item.occasions.map((o) => {
      const n = d.perturb(o.n);
      const cells = o.cells
        .map((c) => ({ value: c.value, declared: c.declared, count: d.perturb(c.count) }))
        .filter((c) => c.declared || (d.visible(c.count) && d.visible(n)))
        .map((c) => ({ value: c.value, count: d.visible(n) ? d.show(c.count) : d.mark, share: ratio(d, c.count, n) }));
      return { occasion: o.occasion, n: d.show(n), cells };
    }),
  }));
}

const GROUP_ORDER = ["work", "internship", "education", "pension", "unemployed", "absent", "ended", "unknown"];

/**
 * Outcomes: statuses and status groups are listed when their count may be shown, largest
 * (perturbed) first for statuses; employment counts and targets always. A target is reached
 * when its perturbed share reaches the goal.
 */
export function protectOutcomes(o: TKeyedOutcomes, d: TDisclosure): TSuppressed<TOutcomes> {
  const n = d.perturb(o.n);
  const whole = d.visible(n);
  const listed = <T extends { count: TKeyedCount }>(cells: readonly T[]) =>
    whole ? cells.map((c) => ({ cell: c, count: d.perturb(c.count) })).filter((c) => d.visible(c.count)) : [];
  const e = o.employment;
  const withLasting = d.perturb(e.participantsWithLastingRelation);
  const count = (cell: TKeyedCount) => (whole ? d.count(cell) : d.mark);
  return {
    n: d.show(n),
    statuses: listed(o.statuses)
      .sort((a, b) => b.count - a.count || (a.cell.status < b.cell.status ? -1 : 1))
      .map((s) => ({ status: s.cell.status, group: s.cell.group, count: s.count, share: ratio(d, s.count, n) })),
    groups: listed(o.groups)
      .sort((a, b) => GROUP_ORDER.indexOf(a.cell.group) - GROUP_ORDER.indexOf(b.cell.group))
      .map((g) => ({ group: g.cell.group, count: g.count, share: ratio(d, g.count, n) })),
    employment: {
      minMonths: e.minMonths,
      relations: count(e.relations),
      lastingRelations: count(e.lastingRelations),
      participantsWithRelation: count(e.participantsWithRelation),
      participantsWithLastingRelation: whole ? d.show(withLasting) : d.mark,
      lastingShare: ratio(d, withLasting, n),
      internships: count(e.internships),
      lastingInternships: count(e.lastingInternships),
    },
    targets: o.targets.map((t) => {
      const met = d.perturb(t.met);
      const reached = t.goalShare === null || !whole || n <= 0 ? null : Math.min(1, met / n) >= t.goalShare;
      return { id: t.id, met: whole ? d.show(met) : d.mark, share: ratio(d, met, n), goalShare: t.goalShare, reached };
    }),
  };
}

/** A cohort's enrolled, active and ended: each a set of people, perturbed on its own. */
export function protectCohortCounts(
  counts: { enrolled: TKeyedCount; active: TKeyedCount; ended: TKeyedCount },
  d: TDisclosure,
): { enrolled: TShown; active: TShown; ended: TShown } {
  return { enrolled: d.count(counts.enrolled), active: d.count(counts.active), ended: d.count(counts.ended) };
}
