import { fullMonthsCovered, toDayNumber } from "./dates";
import { addKeyed, keyed, keyOfRow, type TKeyedCount } from "./disclosure";
import { participantIndex } from "./scale-matrix";
import { share } from "./summary";
import type { TIsoDate, TParticipantRow, TStatusCatalogue, TStatusEventRow, TStatusGroup } from "./types";

/** A way to meet a target: be in one of these statuses/groups, or have held work long enough. */
export type TTargetCriterion = { statuses?: readonly string[]; groups?: readonly TStatusGroup[]; includeInProcess?: boolean } | { employmentMonths: number };

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
    /** Internships (unbroken runs of "internship" statuses) up to each participant's day, and those of minMonths or more. */
    internships: number;
    lastingInternships: number;
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
  return outcomesOfHistories(historiesOf(participants, events), catalogue, options);
}

/** outcomes with each count keyed (disclosure.ts); every participant must carry its cell key. */
export function keyedOutcomes(
  participants: readonly TParticipantRow[],
  events: readonly TStatusEventRow[],
  catalogue: TStatusCatalogue,
  options: TOutcomeOptions,
): TKeyedOutcomes {
  return keyedOutcomesOfHistories(historiesOf(participants, events, keyOfRow), catalogue, options);
}

/** Each participant's end day and events (and key, when asked for). */
function historiesOf(participants: readonly TParticipantRow[], events: readonly TStatusEventRow[], keyOf?: (p: TParticipantRow) => number): TStatusHistory[] {
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
    return { endedOn: p.endedOn ?? null, events: own, ...(keyOf ? { key: keyOf(p) } : {}) };
  });
  return histories;
}

/** One participant's end day (if ended) and status events, in any order. */
export type TStatusHistory = {
  endedOn?: TIsoDate | null;
  /** The participant's cell key (disclosure control). */
  key?: number;
  events: ReadonlyArray<Pick<TStatusEventRow, "status" | "occurredOn" | "inProcess" | "recordedAt">>;
};

/** Outcomes over participants' status histories, one per participant (none: "unknown" status). */
export function outcomesOfHistories(histories: readonly TStatusHistory[], catalogue: TStatusCatalogue, options: TOutcomeOptions): TOutcomes {
  const o = tallyOutcomes(histories, catalogue, options, () => 0);
  const N = o.n.count;
  return {
    n: N,
    statuses: o.statuses.map((s) => ({ status: s.status, group: s.group, count: s.count.count, share: share(s.count.count, N) })),
    groups: o.groups.map((g) => ({ group: g.group, count: g.count.count, share: share(g.count.count, N) })),
    employment: {
      minMonths: o.employment.minMonths,
      relations: o.employment.relations.count,
      lastingRelations: o.employment.lastingRelations.count,
      participantsWithRelation: o.employment.participantsWithRelation.count,
      participantsWithLastingRelation: o.employment.participantsWithLastingRelation.count,
      lastingShare: share(o.employment.participantsWithLastingRelation.count, N),
      internships: o.employment.internships.count,
      lastingInternships: o.employment.lastingInternships.count,
    },
    targets: o.targets.map((t) => {
      const s = share(t.met.count, N);
      return { id: t.id, met: t.met.count, share: s, goalShare: t.goalShare, reached: t.goalShare === null || s === null ? null : s >= t.goalShare };
    }),
  };
}

/** The outcome counts with the key sums of their people (a relation counts its owner's key once per relation). */
export type TKeyedOutcomes = {
  n: TKeyedCount;
  statuses: Array<{ status: string; group: TStatusGroup | "unknown"; count: TKeyedCount }>;
  groups: Array<{ group: TStatusGroup | "unknown"; count: TKeyedCount }>;
  employment: {
    minMonths: number;
    relations: TKeyedCount;
    lastingRelations: TKeyedCount;
    participantsWithRelation: TKeyedCount;
    participantsWithLastingRelation: TKeyedCount;
    internships: TKeyedCount;
    lastingInternships: TKeyedCount;
  };
  targets: Array<{ id: string; met: TKeyedCount; goalShare: number | null }>;
};

/** outcomesOfHistories with each count keyed; every history must carry its key. */
export function keyedOutcomesOfHistories(histories: readonly TStatusHistory[], catalogue: TStatusCatalogue, options: TOutcomeOptions): TKeyedOutcomes {
  return tallyOutcomes(histories, catalogue, options, (h) => {
    if (typeof h.key !== "number") throw new Error("disclosure control needs every participant's cell key");
    return h.key;
  });
}

function tallyOutcomes(
  histories: readonly TStatusHistory[],
  catalogue: TStatusCatalogue,
  options: TOutcomeOptions,
  keyOf: (h: TStatusHistory) => number,
): TKeyedOutcomes {
  const N = histories.length;
  const minMonths = options.employmentMonths ?? 6;
  type TEvent = TStatusHistory["events"][number];
  const statusCounts = new Map<string, TKeyedCount>();
  const targets = options.targets ?? [];
  const targetMet = targets.map(() => keyed());
  const n = keyed();
  const relations = keyed();
  const lasting = keyed();
  const withRelation = keyed();
  const withLasting = keyed();
  const internships = keyed();
  const lastingInternships = keyed();

  for (let i = 0; i < N; i++) {
    const h = histories[i] as TStatusHistory;
    const key = keyOf(h);
    addKeyed(n, key);
    const day = options.atEnd !== false && h.endedOn && h.endedOn < options.asOf ? h.endedOn : options.asOf;
    const own: TEvent[] = [];
    for (const ev of h.events) if (ev.occurredOn <= day) own.push(ev);
    // Stable sort: same-day events go by when they were registered, else keep their input
    // order, so the last registered (or given) wins below.
    own.sort((a, b) =>
      a.occurredOn < b.occurredOn
        ? -1
        : a.occurredOn > b.occurredOn
          ? 1
          : a.recordedAt !== undefined && b.recordedAt !== undefined
            ? a.recordedAt < b.recordedAt
              ? -1
              : a.recordedAt > b.recordedAt
                ? 1
                : 0
            : 0,
    );

    const dayNo = toDayNumber(day);
    let maxMonths = -1;
    let runFrom = -1;
    let current: TEvent | null = null;
    const closeRun = (to: number) => {
      if (runFrom < 0) return;
      const months = fullMonthsCovered(runFrom, to);
      addKeyed(relations, key);
      if (months >= minMonths) addKeyed(lasting, key);
      if (months > maxMonths) maxMonths = months;
      runFrom = -1;
    };
    // Internships the same way: an unbroken run of internship statuses is one internship.
    let internshipFrom = -1;
    const closeInternship = (to: number) => {
      if (internshipFrom < 0) return;
      addKeyed(internships, key);
      if (fullMonthsCovered(internshipFrom, to) >= minMonths) addKeyed(lastingInternships, key);
      internshipFrom = -1;
    };
    for (let k = 0; k < own.length; k++) {
      const ev = own[k] as TEvent;
      const next = own[k + 1];
      if (next && next.occurredOn === ev.occurredOn) continue; // superseded the same day
      current = ev;
      const isWork = catalogue[ev.status] === "work" && !ev.inProcess;
      const isInternship = catalogue[ev.status] === "internship" && !ev.inProcess;
      const start = toDayNumber(ev.occurredOn);
      if (isWork && runFrom < 0) runFrom = start;
      if (!isWork) closeRun(start - 1);
      if (isInternship && internshipFrom < 0) internshipFrom = start;
      if (!isInternship) closeInternship(start - 1);
    }
    closeRun(dayNo);
    closeInternship(dayNo);
    if (maxMonths >= 0) addKeyed(withRelation, key);
    if (maxMonths >= minMonths) addKeyed(withLasting, key);

    const status = current ? current.status : "unknown";
    let statusCount = statusCounts.get(status);
    if (!statusCount) statusCounts.set(status, (statusCount = keyed()));
    addKeyed(statusCount, key);
    for (let t = 0; t < targets.length; t++) {
      const met = (targets[t] as TTarget).anyOf.some((c) => {
        if ("employmentMonths" in c) return maxMonths >= c.employmentMonths;
        if (!current) return false;
        if (current.inProcess && !c.includeInProcess) return false;
        const group = catalogue[current.status];
        return (c.statuses?.includes(current.status) ?? false) || (group !== undefined && (c.groups?.includes(group) ?? false));
      });
      if (met) addKeyed(targetMet[t] as TKeyedCount, key);
    }
  }

  const groupCounts = new Map<TStatusGroup | "unknown", TKeyedCount>();
  const statuses = [...statusCounts.entries()]
    .map(([status, count]) => {
      const group: TStatusGroup | "unknown" = status === "unknown" ? "unknown" : (catalogue[status] ?? "unknown");
      let groupCount = groupCounts.get(group);
      if (!groupCount) groupCounts.set(group, (groupCount = keyed()));
      addKeyed(groupCount, count.key, count.count);
      return { status, group, count };
    })
    .sort((a, b) => b.count.count - a.count.count || (a.status < b.status ? -1 : 1));
  return {
    n,
    statuses,
    groups: GROUPS.filter((g) => groupCounts.has(g)).map((group) => ({ group, count: groupCounts.get(group) as TKeyedCount })),
    employment: {
      minMonths,
      relations,
      lastingRelations: lasting,
      participantsWithRelation: withRelation,
      participantsWithLastingRelation: withLasting,
      internships,
      lastingInternships,
    },
    targets: targets.map((t, k) => ({ id: t.id, met: targetMet[k] as TKeyedCount, goalShare: t.goalShare ?? null })),
  };
}
