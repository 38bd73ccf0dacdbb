import { describe, expect, it } from "vitest";
import { keyedContactBins } from "./contacts";
import { disclosureOf } from "./disclosure";
import { contactBinsFromCounts, type TContactCountGroup } from "./from-counts";
import { protectedProgressionSpider } from "./progression";
import { medianOf, protectContacts } from "./protect-contacts";
import { randomKeys, seeded } from "./testing-keys";
import type { TContactRow, TParticipantRow, TReviewRow } from "./types";

const populationKey = (ps: readonly TParticipantRow[]) => ps.reduce((s, p) => s + (p.cellKey as number), 0);

function cohort(n: number, seed: number) {
  const keys = randomKeys(n, seed);
  const participants: TParticipantRow[] = keys.map((cellKey, i) => ({ participantId: `p${i}`, organisationId: "o", enrolledOn: "2025-01-01", cellKey }));
  return participants;
}

/** Contacts grouped as the database groups them: per kind (or all) and number of contacts, people, key sum, minutes. */
function grouped(participants: readonly TParticipantRow[], contacts: readonly TContactRow[]): TContactCountGroup[] {
  const perPerson = new Map<string, { count: number; minutes: number }>();
  for (const c of contacts) {
    for (const kind of [c.kind, null]) {
      const id = `${kind}|${c.participantId}`;
      const p = perPerson.get(id) ?? { count: 0, minutes: 0 };
      p.count++;
      p.minutes += c.minutes ?? 0;
      perPerson.set(id, p);
    }
  }
  const keys = new Map(participants.map((p) => [p.participantId, p.cellKey as number]));
  const groups = new Map<string, TContactCountGroup>();
  for (const [id, p] of perPerson) {
    const [kind, participantId] = id.split("|") as [string, string];
    const k = kind === "null" ? null : kind;
    const gid = `${k}|${p.count}`;
    let g = groups.get(gid);
    if (!g) groups.set(gid, (g = { kind: k, contacts: p.count, participants: 0, minutes: 0, key: 0, maxMinutes: 0 }));
    g.participants++;
    g.minutes += p.minutes;
    g.key = (g.key as number) + (keys.get(participantId) as number);
    g.maxMinutes = Math.max(g.maxMinutes as number, p.minutes);
  }
  return [...groups.values()];
}

describe("protected contact volume", () => {
  const participants = cohort(90, 31);
  const next = seeded(32);
  // Meetings for most, e-mails for three people only.
  const contacts: TContactRow[] = participants.flatMap((p, i) => [
    ...Array.from({ length: Math.floor(next() * 12) }, () => ({ participantId: p.participantId, kind: "meeting", occurredOn: "2025-03-01", minutes: 30 })),
    ...(i < 3 ? [{ participantId: p.participantId, kind: "email", occurredOn: "2025-03-02" }] : []),
  ]);
  const cohortCount = { count: participants.length, key: populationKey(participants) };
  const d = disclosureOf(cohortCount.key);

  it("is the same from contact rows and from grouped counts", () => {
    expect(protectContacts(cohortCount, contactBinsFromCounts(grouped(participants, contacts)), d)).toEqual(
      protectContacts(cohortCount, keyedContactBins(participants, contacts), d),
    );
  });

  it("perturbs totals within their largest contribution and leaves out a kind only a few had", () => {
    const shown = protectContacts(cohortCount, keyedContactBins(participants, contacts), d);
    const exact = contacts.length;
    expect(Math.abs((shown.total as number) - exact)).toBeLessThanOrEqual(1.5 * 12);
    expect(Number.isInteger(shown.total)).toBe(true);
    expect(shown.byKind.map((k) => k.kind)).toEqual(["meeting"]);
    expect(shown.meanPerParticipant).toBeGreaterThan(0);
  });

  it("reads the median off a histogram", () => {
    expect(
      medianOf([
        { contacts: 0, people: 2 },
        { contacts: 3, people: 1 },
        { contacts: 5, people: 2 },
      ]),
    ).toBe(3);
    expect(
      medianOf([
        { contacts: 1, people: 1 },
        { contacts: 2, people: 1 },
      ]),
    ).toBe(1.5);
    expect(medianOf([])).toBeNull();
  });
});

describe("the protected spider", () => {
  it("perturbs n and the means, keeps latest = first + change, and lists a change only when its count may be shown", () => {
    const participants = cohort(40, 41);
    const reviews: TReviewRow[] = participants.flatMap((p, i) => [
      { participantId: p.participantId, reviewedOn: "2025-01-10", scores: { job: 3 } },
      // One person moves by 4, everyone else by 1.
      { participantId: p.participantId, reviewedOn: "2025-03-10", scores: { job: i === 0 ? 7 : 4 } },
    ]);
    const spider = protectedProgressionSpider(participants, reviews, disclosureOf(populationKey(participants)), { areas: ["job"] });
    const job = spider.areas[0]!;
    expect(Math.abs((job.n as number) - 40)).toBeLessThanOrEqual(3);
    expect(job.meanLatest as number).toBeCloseTo((job.meanFirst as number) + (job.meanChange as number), 10);
    expect(job.changes.map((c) => c.change)).toEqual([1]);
    expect(typeof spider.participantsWithTwoReviews).toBe("number");
  });
});
