import { fullMonthsCovered, toDayNumber } from "./dates";
import { participantIndex } from "./scale-matrix";
import { share } from "./summary";
import type { TIsoDate, TParticipantRow, TStatusCatalogue, TStatusEventRow, TStatusGroup } from "./types";

/** A way to meet a target: be in one of these statuses/groups, or have held work long enough. */
export type TTargetCriterion =
  | { statuses?: readonly string[]; groups?: readonly TStatusGroup[]; includeInProcess?: boolean }
  | { employmentMonths: number };

/**
 * A programme target figure (måltal). Seed 001: "60 % i varigt fleksjob eller pension" is
 * { anyOf: [{ employmentMonths: 6 }, { statuses: ["pension"], includeInProcess: true }], goalShare: 0.6 }.
 */
export type TTarget = { id: string; anyOf: readonly TTargetCriterion[]; goalShare?: number | null };

export type TOutcomeOptions = {
  /** The report date: nothing after it is known. */
  asOf: TIsoDate;
  /**
   * true (default): each participant's status on their end date (or asOf if still
   * enrolled or ended later) — "status ved afslutning". false: everybody's status on asOf.
   */
  atEnd?: boolean;
  /** Months of unbroken work that make an employment relation "lasting" (seed 001: six). */
  employmentMonths?: number;
  targets?: readonly TTarget[];
};

export type TOutcomes = {
  n: number;
  /** Every status seen, by count descending; "unknown" = no status registered by the day. */
  statuses: Array<{ status: string; group: TStatusGroup | "unknown"; count: number; share: number | null }>;
  groups: Array<{ group: TStatusGroup | "unknown"; count: number; share: number | null }>;
  employment: {
    minMonths: number;
    /** All employment relations (ansættelsesforhold) up to each participant's day. */
    relations: number;
    /** Relations covering at least minMonths whole calendar months. */
    lastingRelations: number;
    participantsWithRelation: number;
    participantsWithLastingRelation: number;
    /** participantsWithLastingRelation / n. */
    lastingShare: number | null;
  };
  targets: Array<{ id: string; met: number; share: number | null; goalShare: number | null; reached: boolean | null }>;
};

const GROUPS: ReadonlyArray<TStatusGroup | "unknown"> = ["work", "internship", "education", "pension", "unemployed", "absent", "ended", "unknown"];

/**
 * Outcome statuses and employment at programme end.
 *
 * Status semantics are those of packages/instruments (status/periods.ts, employment.ts):
 * a status holds from its day until the day before the next event; several events on one
 * day: the last given wins; an employment relation is an unbroken run of "work" periods
 * that are not in process, joined across changes of job or hours; its length counts both
 * end days and is measured in whole calendar months, so work from 15 January to 14 July is
 * exactly six months and counts as lasting six months (≥, inclusive). An ongoing relation
 * counts with the months it has on the participant's day.
 */
export function outcomes(
  participants: readonly TParticipantRow[],
  events: readonly TStatusEventRow[],
  catalogue: TStatusCatalogue,
  options: TOutcomeOptions,
): TOutcomes {
  const N = participants.length;
  const index = participantIndex(participants);
  // Bucket events per participant (counting sort: linear, one index array).
  const counts = new Int32Array(N + 1);
  const owner = new Int32Array(events.length).fill(-1);
  for (let e = 0; e < events.length; e++) {
    const i = index.get((events[e] as TStatusEventRow).participantId);
    if (i === undefined) continue;
    owner[e] = i;
    counts[i + 1]!++;
  }
  for (let i = 0; i < N; i++) counts[i + 1]! += counts[i] as number;
  const fill = counts.slice(0, N);
  const order = new Int32Array(counts[N] as number);
  for (let e = 0; e < events.length; e++) {
    const i = owner[e] as number;
    if (i >= 0) order[fill[i]!++] = e;
  }
  const histories: TStatusHistory[] = participants.map((p, i) => {
    const own: TStatusEventRow[] = [];
    for (let k = counts[i] as number; k < (counts[i + 1] as number); k++) own.push(events[order[k] as number] as TStatusEventRow);
    return { endedOn: p.endedOn ?? null, events: own };
  });
  return outcomesOfHistories(histories, catalogue, options);
}

/** One participant's end day (if ended) and status events, in any order. */
export type TStatusHistory = {
  endedOn?: TIsoDate | null;
  events: ReadonlyArray<Pick<TStatusEventRow, "status" | "occurredOn" | "inProcess" | "recordedAt">>;
};

/** Outcomes over participants' status histories, one per participant (none: "unknown" status). */
export function outcomesOfHistories(histories: readonly TStatusHistory[], catalogue: TStatusCatalogue, options: TOutcomeOptions): TOutcomes {
  const N = histories.length;
  const minMonths = options.employmentMonths ?? 6;
  type TEvent = TStatusHistory["events"][number];
  const statusCounts = new Map<string, number>();
  const targets = options.targets ?? [];
  const targetMet = new Int32Array(targets.length);
  let relations = 0;
  let lasting = 0;
  let withRelation = 0;
  let withLasting = 0;

  for (let i = 0; i < N; i++) {
    const h = histories[i] as TStatusHistory;
    const day = options.atEnd !== false && h.endedOn && h.endedOn < options.asOf ? h.endedOn : options.asOf;
    const own: TEvent[] = [];
    for (const ev of h.events) if (ev.occurredOn <= day) own.push(ev);
    // Stable sort: same-day events go by when they were registered, else keep their input
    // order, so the last registered (or given) wins below.
    own.sort((a, b) =>
      a.occurredOn < b.occurredOn ? -1
      : a.occurredOn > b.occurredOn ? 1
      : a.recordedAt !== undefined && b.recordedAt !== undefined ? (a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : 0)
      : 0,
    );

    const dayNo = toDayNumber(day);
    let maxMonths = -1;
    let runFrom = -1;
    let current: TEvent | null = null;
    const closeRun = (to: number) => {
      if (runFrom < 0) return;
      const months = fullMonthsCovered(runFrom, to);
      relations++;
      if (months >= minMonths) lasting++;
      if (months > maxMonths) maxMonths = months;
      runFrom = -1;
    };
    for (let k = 0; k < own.length; k++) {
      const ev = own[k] as TEvent;
      const next = own[k + 1];
      if (next && next.occurredOn === ev.occurredOn) continue; // superseded the same day
      current = ev;
      const isWork = catalogue[ev.status] === "work" && !ev.inProcess;
      const start = toDayNumber(ev.occurredOn);
      if (isWork && runFrom < 0) runFrom = start;
      if (!isWork) closeRun(start - 1);
    }
    closeRun(dayNo);
    if (maxMonths >= 0) withRelation++;
    if (maxMonths >= minMonths) withLasting++;

    const status = current ? current.status : "unknown";
    statusCounts.set(status, (statusCounts.get(status) ?? 0) + 1);
    for (let t = 0; t < targets.length; t++) {
      const met = (targets[t] as TTarget).anyOf.some((c) => {
        if ("employmentMonths" in c) return maxMonths >= c.employmentMonths;
        if (!current) return false;
        if (current.inProcess && !c.includeInProcess) return false;
        const group = catalogue[current.status];
        return (c.statuses?.includes(current.status) ?? false) || (group !== undefined && (c.groups?.includes(group) ?? false));
      });
      if (met) targetMet[t]!++;
    }
  }

  const groupCounts = new Map<TStatusGroup | "unknown", number>();
  const statuses = [...statusCounts.entries()]
    .map(([status, count]) => {
      const group: TStatusGroup | "unknown" = status === "unknown" ? "unknown" : (catalogue[status] ?? "unknown");
      groupCounts.set(group, (groupCounts.get(group) ?? 0) + count);
      return { status, group, count, share: share(count, N) };
    })
    .sort((a, b) => b.count - a.count || (a.status < b.status ? -1 : 1));
  return {
    n: N,
    statuses,
    groups: GROUPS.filter((g) => groupCounts.has(g)).map((group) => ({ group, count: groupCounts.get(group) as number, share: share(groupCounts.get(group) as number, N) })),
    employment: {
      minMonths,
      relations,
      lastingRelations: lasting,
      participantsWithRelation: withRelation,
      participantsWithLastingRelation: withLasting,
      lastingShare: share(withLasting, N),
    },
    targets: targets.map((t, k) => {
      const s = share(targetMet[k] as number, N);
      const goal = t.goalShare ?? null;
      return { id: t.id, met: targetMet[k] as number, share: s, goalShare: goal, reached: goal === null || s === null ? null : s >= goal };
    }),
  };
}
