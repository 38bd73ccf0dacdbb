import type { TContactBin, TContactBins, TContactSummary } from "./contacts";
import type { TDisclosure, TKeyedCount, TShown } from "./disclosure";
import type { TSuppressed } from "./suppression";

type TShownVolume = { total: TShown; meanPerParticipant: TShown | null; medianPerParticipant: TShown | null; participantsWithAny: TShown };

/**
 * Contact volume of a cohort as it may be shown. Contacts are records, not people, and one
 * person can have a hundred: a total is perturbed as a magnitude (by the largest number one
 * person had), not as a count. The median is read off the bins of people per number of
 * contacts after each bin's count is perturbed. Kinds are listed when the number of people who
 * had them may be shown (kinds with "<5" people are left out: their row would say someone had one).
 */
export function protectContacts(cohort: TKeyedCount, bins: TContactBins, d: TDisclosure): TSuppressed<TContactSummary> {
  const n = d.perturb(cohort);
  const all = volume(cohort, n, bins.all, "", d);
  const withAny = sumBins(bins.all);
  const minutes = all.shown
    ? Math.max(
        0,
        Math.round(
          d.sum(
            { sum: bins.all.reduce((m, b) => m + b.minutes, 0), top: Math.max(0, ...bins.all.map((b) => b.maxMinutes)), key: withAny.key },
            "contacts:minutes",
          ),
        ),
      )
    : d.mark;
  const byKind = bins.byKind
    .map((k) => ({ kind: k.kind, ...volume(cohort, n, k.bins, k.kind, d) }))
    .filter((k) => k.shown)
    .sort((a, b) => b.order - a.order || (a.kind < b.kind ? -1 : 1))
    .map((k) => ({ kind: k.kind, ...k.figures }));
  return { ...all.figures, minutes, byKind } as TSuppressed<TContactSummary>;
}

function sumBins(bins: readonly TContactBin[]): TKeyedCount {
  return bins.reduce((s, b) => ({ count: s.count + b.participants.count, key: s.key + b.participants.key }), { count: 0, key: 0 });
}

function volume(
  cohort: TKeyedCount,
  n: number,
  bins: readonly TContactBin[],
  kind: string,
  d: TDisclosure,
): { shown: boolean; order: number; figures: TShownVolume } {
  const withAny = sumBins(bins);
  const people = d.perturb(withAny);
  // Nothing over a cohort whose own size is hidden, nor over fewer people than the threshold.
  if (!d.visible(n) || !d.visible(people))
    return { shown: false, order: 0, figures: { total: d.mark, meanPerParticipant: d.mark, medianPerParticipant: d.mark, participantsWithAny: d.mark } };
  const exact = bins.reduce((t, b) => t + b.contacts * b.participants.count, 0);
  const top = Math.max(0, ...bins.map((b) => b.contacts));
  const total = Math.max(0, Math.round(d.sum({ sum: exact, top, key: withAny.key }, `contacts:${kind}`)));
  // The median over everyone, those with none included: the bins' perturbed counts, zeros first.
  const none = { count: cohort.count - withAny.count, key: cohort.key - withAny.key };
  const histogram = [{ contacts: 0, people: d.perturb(none) }, ...bins.map((b) => ({ contacts: b.contacts, people: d.perturb(b.participants) }))];
  return {
    shown: true,
    order: total,
    figures: { total, meanPerParticipant: n > 0 ? total / n : null, medianPerParticipant: medianOf(histogram), participantsWithAny: people },
  };
}

/** The median of a histogram (values ascending with their counts); null when it is empty. */
export function medianOf(histogram: ReadonlyArray<{ contacts: number; people: number }>): number | null {
  const size = histogram.reduce((s, h) => s + h.people, 0);
  if (size <= 0) return null;
  const at = (position: number) => {
    let seen = 0;
    for (const h of histogram) {
      seen += h.people;
      if (position < seen) return h.contacts;
    }
    return (histogram[histogram.length - 1] as { contacts: number }).contacts;
  };
  return size % 2 === 1 ? at((size - 1) / 2) : (at(size / 2 - 1) + at(size / 2)) / 2;
}
