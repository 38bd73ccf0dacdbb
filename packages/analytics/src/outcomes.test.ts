import { describe, expect, it } from "vitest";
import { outcomes } from "./outcomes";
import type { TParticipantRow, TStatusCatalogue, TStatusEventRow } from "./types";

const CATALOGUE: TStatusCatalogue = {
  flexjob: "work",
  ordinary_job: "work",
  internship: "internship",
  unemployed: "unemployed",
  sick_leave: "absent",
  pension: "pension",
  deceased: "ended",
};
const p = (participantId: string, endedOn?: string): TParticipantRow => ({
  participantId,
  organisationId: "o",
  enrolledOn: "2024-01-01",
  endedOn: endedOn ?? null,
});
const ev = (participantId: string, status: string, occurredOn: string, inProcess = false): TStatusEventRow => ({
  participantId,
  status,
  occurredOn,
  inProcess,
});

describe("outcomes", () => {
  it("counts a relation of exactly six whole months (15 Jan..14 Jul inclusive) as lasting, one day less not", () => {
    const ps = [p("a"), p("b")];
    const events = [
      ev("a", "flexjob", "2024-01-15"),
      ev("a", "unemployed", "2024-07-15"), // work 15 Jan..14 Jul: 6 months
      ev("b", "flexjob", "2024-01-15"),
      ev("b", "unemployed", "2024-07-14"), // work 15 Jan..13 Jul: 5 months
    ];
    const r = outcomes(ps, events, CATALOGUE, { asOf: "2024-12-31" });
    expect(r.employment).toEqual({
      minMonths: 6,
      relations: 2,
      lastingRelations: 1,
      participantsWithRelation: 2,
      participantsWithLastingRelation: 1,
      lastingShare: 0.5,
      internships: 0,
      lastingInternships: 0,
    });
  });

  it("counts internships as unbroken runs of internship statuses, lasting from six whole months", () => {
    // a: internship 1 Jan..30 Jun (6 months, lasting), then a job; b: two internships of 2 and 1 months.
    const events = [
      ev("a", "internship", "2024-01-01"),
      ev("a", "flexjob", "2024-07-01"),
      ev("b", "internship", "2024-02-01"),
      ev("b", "unemployed", "2024-04-01"),
      ev("b", "internship", "2024-05-01"),
      ev("b", "unemployed", "2024-06-01"),
    ];
    const r = outcomes([p("a"), p("b")], events, CATALOGUE, { asOf: "2024-12-31" });
    expect(r.employment).toMatchObject({ internships: 3, lastingInternships: 1, relations: 1 });
  });

  it("joins consecutive work periods, breaks on anything else, and counts ongoing work so far", () => {
    const events = [
      ev("a", "flexjob", "2024-01-01"),
      ev("a", "ordinary_job", "2024-04-01"), // joined: 1 Jan..30 Jun = 6 months
      ev("a", "internship", "2024-07-01"),
      ev("a", "flexjob", "2024-09-01"), // second relation, ongoing on 30 Nov: 3 months
      ev("b", "flexjob", "2024-01-01", true), // in process: no work yet
      ev("b", "flexjob", "2024-05-01"), // work from 1 May, ongoing to 31 Oct (end date) = 6 months
    ];
    const r = outcomes([p("a"), p("b", "2024-10-31")], events, CATALOGUE, { asOf: "2024-11-30" });
    expect(r.employment).toMatchObject({ relations: 3, lastingRelations: 2, participantsWithLastingRelation: 2 });
  });

  it("takes each participant's status at their end date, or everyone's at asOf", () => {
    const ps = [p("a", "2024-06-30"), p("b"), p("c")];
    const events = [
      ev("a", "internship", "2024-03-01"),
      ev("a", "ordinary_job", "2024-08-01"), // after a's end: not their end status
      ev("b", "unemployed", "2024-02-01"),
      ev("b", "sick_leave", "2024-02-01"), // same day: the last given wins
    ];
    const atEnd = outcomes(ps, events, CATALOGUE, { asOf: "2024-12-31" });
    expect(atEnd.statuses).toEqual([
      { status: "internship", group: "internship", count: 1, share: 1 / 3 },
      { status: "sick_leave", group: "absent", count: 1, share: 1 / 3 },
      { status: "unknown", group: "unknown", count: 1, share: 1 / 3 },
    ]);
    const onDate = outcomes(ps, events, CATALOGUE, { asOf: "2024-12-31", atEnd: false });
    expect(onDate.groups.map((g) => [g.group, g.count])).toEqual([
      ["work", 1],
      ["absent", 1],
      ["unknown", 1],
    ]);
  });

  it("computes target shares: seed 001's 'in job or (in process to) pension' and 'lasting work or pension'", () => {
    const ps = ["a", "b", "c", "d", "e"].map((id) => p(id));
    const events = [
      ev("a", "flexjob", "2024-01-01"), // in job, 12 months by asOf
      ev("b", "pension", "2024-06-01", true), // pension in process
      ev("c", "flexjob", "2024-10-01"), // in job, 3 months
      ev("d", "unemployed", "2024-01-01"),
      ev("e", "pension", "2024-03-01"),
    ];
    const r = outcomes(ps, events, CATALOGUE, {
      asOf: "2024-12-31",
      targets: [
        { id: "job-or-pension", anyOf: [{ groups: ["work"] }, { statuses: ["pension"], includeInProcess: true }] },
        { id: "lasting-or-pension", anyOf: [{ employmentMonths: 6 }, { statuses: ["pension"], includeInProcess: true }], goalShare: 0.6 },
        { id: "pension-decided", anyOf: [{ statuses: ["pension"] }] },
      ],
    });
    expect(r.targets).toEqual([
      { id: "job-or-pension", met: 4, share: 0.8, goalShare: null, reached: null },
      { id: "lasting-or-pension", met: 3, share: 0.6, goalShare: 0.6, reached: true },
      { id: "pension-decided", met: 1, share: 0.2, goalShare: null, reached: null },
    ]);
  });

  it("takes the later registered of two events on one day, whatever order the rows come in", () => {
    const registered = (status: string, recordedAt: string): TStatusEventRow => ({ ...ev("a", status, "2024-03-01"), recordedAt });
    const later = registered("unemployed", "2024-03-01T10:00:00.000");
    const earlier = registered("sick_leave", "2024-03-01T09:00:00.000");
    for (const rows of [
      [earlier, later],
      [later, earlier],
    ]) {
      const r = outcomes([p("a")], rows, CATALOGUE, { asOf: "2024-06-01" });
      expect(r.statuses.map((s) => s.status)).toEqual(["unemployed"]);
    }
  });
});
