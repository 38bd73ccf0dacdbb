import { addKeyed, keyed, keyOfRow, type TKeyedCount } from "./disclosure";
import { participantIndex } from "./scale-matrix";
import { median } from "./summary";
import type { TContactRow, TIsoDate, TParticipantRow } from "./types";

export type TContactVolume = {
  total: number;
  /** Per participant over everyone in the set, those with no contact included (0). */
  meanPerParticipant: number | null;
  medianPerParticipant: number | null;
  participantsWithAny: number;
};

export type TContactSummary = TContactVolume & {
  /** Registered minutes, summed (contacts without minutes add nothing). */
  minutes: number;
  byKind: Array<{ kind: string } & TContactVolume>;
};

/**
 * Contact volume in total and by kind (seed 001: 7,841 contacts: 1,504 meetings, 3,871
 * phone/SMS/mail, 2,466 company contacts), between `from` and `to` inclusive. Kinds come
 * out in `kinds` order when given, else by total descending. Mapping kinds to the seed's
 * channels is the caller's: pass rows with `kind` replaced by the channel.
 */
export function contactSummary(
  participants: readonly TParticipantRow[],
  contacts: readonly TContactRow[],
  options: { from?: TIsoDate; to?: TIsoDate; kinds?: readonly string[] } = {},
): TContactSummary {
  const index = participantIndex(participants);
  const N = participants.length;
  const all = new Float64Array(N);
  const perKind = new Map<string, Float64Array>();
  for (const k of options.kinds ?? []) perKind.set(k, new Float64Array(N));
  let minutes = 0;
  for (const c of contacts) {
    if (options.from !== undefined && c.occurredOn < options.from) continue;
    if (options.to !== undefined && c.occurredOn > options.to) continue;
    const i = index.get(c.participantId);
    if (i === undefined) continue;
    let counts = perKind.get(c.kind);
    if (!counts) perKind.set(c.kind, (counts = new Float64Array(N)));
    counts[i]!++;
    all[i]!++;
    minutes += c.minutes ?? 0;
  }
  const byKind = [...perKind.entries()].map(([kind, counts]) => ({ kind, ...volume(counts) }));
  if (!options.kinds) byKind.sort((a, b) => b.total - a.total || (a.kind < b.kind ? -1 : 1));
  return { ...volume(all), minutes, byKind };
}

function volume(counts: Float64Array): TContactVolume {
  let total = 0;
  let withAny = 0;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i] as number;
    total += c;
    if (c > 0) withAny++;
  }
  const n = counts.length;
  return { total, meanPerParticipant: n > 0 ? total / n : null, medianPerParticipant: median(counts), participantsWithAny: withAny };
}

/** How many people had exactly `contacts` contacts (of one kind, or of any), their key sum and minutes. */
export type TContactBin = { contacts: number; participants: TKeyedCount; minutes: number; maxMinutes: number };

/** The cohort's contacts as bins of people per number of contacts, over all kinds and per kind (disclosure control works on these). */
export type TContactBins = { all: TContactBin[]; byKind: Array<{ kind: string; bins: TContactBin[] }> };

/** contactSummary's counts as keyed bins; every participant must carry its cell key. */
export function keyedContactBins(
  participants: readonly TParticipantRow[],
  contacts: readonly TContactRow[],
  options: { from?: TIsoDate; to?: TIsoDate } = {},
): TContactBins {
  const index = participantIndex(participants);
  const keys = participants.map(keyOfRow);
  const N = participants.length;
  const all = new Float64Array(N);
  const allMinutes = new Float64Array(N);
  const perKind = new Map<string, { counts: Float64Array; minutes: Float64Array }>();
  for (const c of contacts) {
    if (options.from !== undefined && c.occurredOn < options.from) continue;
    if (options.to !== undefined && c.occurredOn > options.to) continue;
    const i = index.get(c.participantId);
    if (i === undefined) continue;
    let kind = perKind.get(c.kind);
    if (!kind) perKind.set(c.kind, (kind = { counts: new Float64Array(N), minutes: new Float64Array(N) }));
    kind.counts[i]!++;
    kind.minutes[i]! += c.minutes ?? 0;
    all[i]!++;
    allMinutes[i]! += c.minutes ?? 0;
  }
  const bins = (counts: Float64Array, minutes: Float64Array): TContactBin[] => {
    const byCount = new Map<number, TContactBin>();
    for (let i = 0; i < N; i++) {
      const k = counts[i] as number;
      if (k === 0) continue;
      let bin = byCount.get(k);
      if (!bin) byCount.set(k, (bin = { contacts: k, participants: keyed(), minutes: 0, maxMinutes: 0 }));
      addKeyed(bin.participants, keys[i] as number);
      bin.minutes += minutes[i] as number;
      bin.maxMinutes = Math.max(bin.maxMinutes, minutes[i] as number);
    }
    return [...byCount.values()].sort((a, b) => a.contacts - b.contacts);
  };
  return {
    all: bins(all, allMinutes),
    byKind: [...perKind.entries()].map(([kind, k]) => ({ kind, bins: bins(k.counts, k.minutes) })),
  };
}
