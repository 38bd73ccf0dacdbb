import { describe, expect, it } from "vitest";
import { attrition } from "./attrition";
import { contactSummary } from "./contacts";
import { itemDistributions } from "./distributions";
import { progressionSpider } from "./progression";
import { responseRates } from "./response-rates";
import type { TAnswerRow, TParticipantRow, TScoreRow, TSurveyRow } from "./types";

const people = (n: number): TParticipantRow[] =>
  Array.from({ length: n }, (_, i) => ({ participantId: `p${i}`, organisationId: "o", enrolledOn: "2017-01-01" }));

describe("responseRates", () => {
  it("reproduces seed 001: 113 of 125 at start (90.4%), 80 at end (64%), 5 incomplete apart", () => {
    const ps = people(125);
    const surveys: TSurveyRow[] = [];
    ps.forEach((p, i) => {
      surveys.push({ participantId: p.participantId, occasion: "start", state: i < 113 ? "submitted" : "expired" });
      if (i < 80) surveys.push({ participantId: p.participantId, occasion: "end", state: "submitted" });
      else if (i < 85) surveys.push({ participantId: p.participantId, occasion: "end", state: "in_progress" });
      else if (i < 100) surveys.push({ participantId: p.participantId, occasion: "end", state: "open" });
    });
    // A re-sent questionnaire does not count twice; a stranger's questionnaire not at all.
    surveys.push({ participantId: "p0", occasion: "start", state: "open" });
    surveys.push({ participantId: "x", occasion: "start", state: "submitted" });
    const [start, end] = responseRates(ps, surveys, { occasions: ["start", "end"] });
    expect(start).toEqual({ occasion: "start", eligible: 125, completed: 113, incomplete: 0, noResponse: 12, rate: 0.904 });
    expect(end).toEqual({ occasion: "end", eligible: 125, completed: 80, incomplete: 5, noResponse: 40, rate: 0.64 });
  });

  it("counts only ended or assigned participants as eligible when asked", () => {
    const ps = people(4).map((p, i) => ({ ...p, endedOn: i < 2 ? "2018-11-01" : null }));
    const surveys: TSurveyRow[] = [
      { participantId: "p0", occasion: "end", state: "submitted" },
      { participantId: "p2", occasion: "end", state: "submitted" }, // answered before the end date was registered
      { participantId: "p3", occasion: "followup", state: "open" },
    ];
    const [end, followup] = responseRates(ps, surveys, { occasions: ["end", "followup"], eligibility: { end: "ended", followup: "assigned" } });
    expect(end).toMatchObject({ eligible: 3, completed: 2, noResponse: 1 });
    expect(followup).toMatchObject({ eligible: 1, completed: 0, noResponse: 1, rate: 0 });
  });
});

describe("itemDistributions", () => {
  it("counts values per occasion with their own n, keeps empty categories and leaves incomplete questionnaires out", () => {
    const ps = people(4);
    const a = (participantId: string, occasion: string, itemId: string, value: TAnswerRow["value"]): TAnswerRow => ({
      participantId,
      occasion,
      instrumentId: "health",
      itemId,
      value,
    });
    const answers = [
      a("p0", "start", "srh", 1),
      a("p1", "start", "srh", 2),
      a("p2", "start", "srh", 2),
      a("p3", "start", "srh", 5), // p3's start is incomplete: left out
      a("p0", "end", "srh", 3),
      a("p1", "end", "srh", 1),
      a("p1", "end", "srh", 4), // changed their answer: the later row counts
      a("p0", "start", "help", [1, 2]),
      a("p1", "start", "help", [2]),
      a("p2", "start", "help", null),
    ];
    const surveys: TSurveyRow[] = [
      ...["p0", "p1", "p2"].map((participantId) => ({ participantId, occasion: "start", state: "submitted" as const })),
      { participantId: "p3", occasion: "start", state: "in_progress" },
      ...["p0", "p1"].map((participantId) => ({ participantId, occasion: "end", state: "submitted" as const })),
    ];
    const [help, srh] = itemDistributions(ps, answers, {
      occasions: ["start", "end"],
      surveys,
      categories: [{ instrumentId: "health", itemId: "srh", values: [1, 2, 3, 4, 5] }],
    });
    expect(srh?.occasions[0]).toEqual({
      occasion: "start",
      n: 3,
      cells: [
        { value: 1, count: 1, share: 1 / 3 },
        { value: 2, count: 2, share: 2 / 3 },
        { value: 3, count: 0, share: 0 },
        { value: 4, count: 0, share: 0 },
        { value: 5, count: 0, share: 0 },
      ],
    });
    expect(srh?.occasions[1]?.n).toBe(2);
    expect(srh?.occasions[1]?.cells.map((c) => c.count)).toEqual([0, 0, 1, 1, 0]);
    // Multi-select: shares of respondents, adding up past 1.
    expect(help?.occasions[0]).toEqual({
      occasion: "start",
      n: 2,
      cells: [
        { value: 1, count: 1, share: 0.5 },
        { value: 2, count: 2, share: 1 },
      ],
    });
    expect(help?.occasions[1]).toEqual({
      occasion: "end",
      n: 0,
      cells: [
        { value: 1, count: 0, share: null },
        { value: 2, count: 0, share: null },
      ],
    });
  });
});

describe("attrition", () => {
  it("compares start scores of those who answered at the end with those who did not", () => {
    // Answered end: 10, 12, 14 (mean 12, SD 2); did not: 4, 6 (mean 5, SD √2).
    // Pooled SD = √((2·4 + 1·2)/3) = √(10/3) = 1.825742; d = 7 / 1.825742 = 3.834058.
    const ps = people(6);
    const starts = [10, 12, 14, 4, 6];
    const scores: TScoreRow[] = starts.map((value, i) => ({ participantId: `p${i}`, occasion: "start", instrumentId: "gse", scaleId: "total", value }));
    const surveys: TSurveyRow[] = [
      ...["p0", "p1", "p2", "p5"].map((participantId) => ({ participantId, occasion: "end", state: "submitted" as const })),
      { participantId: "p3", occasion: "end", state: "in_progress" }, // incomplete = did not answer
    ];
    const [r] = attrition(ps, scores, [{ instrumentId: "gse", scaleId: "total", higherIsBetter: true }], surveys);
    expect(r?.answeredEnd).toMatchObject({ n: 3, mean: 12, sd: 2 });
    expect(r?.didNotAnswerEnd.n).toBe(2);
    expect(r?.didNotAnswerEnd.mean).toBe(5);
    expect(r?.difference).toBe(7);
    expect(r?.standardisedDifference).toBeCloseTo(3.834058, 5);
  });
});

describe("progressionSpider", () => {
  it("compares each area's first and latest score and tallies the change", () => {
    const ps = people(3);
    const reviews = [
      { participantId: "p0", reviewedOn: "2024-01-10", scores: { job: 2, health: 5 } },
      { participantId: "p0", reviewedOn: "2024-03-10", scores: { job: 4, health: null } },
      { participantId: "p0", reviewedOn: "2024-02-10", scores: { job: 3, health: 6 } },
      { participantId: "p1", reviewedOn: "2024-01-05", scores: { job: 5 } },
      { participantId: "p1", reviewedOn: "2024-06-01", scores: { job: 7 } },
      { participantId: "p1", reviewedOn: "2025-01-01", scores: { job: 1 } }, // after `until`
      { participantId: "p2", reviewedOn: "2024-01-05", scores: { job: 4 } }, // one review only
    ];
    const r = progressionSpider(ps, reviews, { until: "2024-12-31" });
    expect(r.participantsWithTwoReviews).toBe(2);
    const job = r.areas.find((a) => a.areaId === "job");
    // p0: 2 → 4 (+2), p1: 5 → 7 (+2): means 3.5 → 5.5.
    expect(job).toEqual({ areaId: "job", n: 2, meanFirst: 3.5, meanLatest: 5.5, meanChange: 2, changes: [{ change: 2, count: 2, share: 1 }] });
    const health = r.areas.find((a) => a.areaId === "health");
    expect(health).toMatchObject({ n: 1, meanFirst: 5, meanLatest: 6, changes: [{ change: 1, count: 1, share: 1 }] });
  });
});

describe("contactSummary", () => {
  it("totals contacts by kind with means and medians over all participants, zeros included", () => {
    const ps = people(4);
    const c = (participantId: string, kind: string, occurredOn = "2024-02-01", minutes?: number) => ({ participantId, kind, occurredOn, minutes });
    const contacts = [
      c("p0", "meeting", "2024-02-01", 60),
      c("p0", "meeting"),
      c("p0", "phone"),
      c("p1", "meeting", "2024-02-02", 30),
      c("p2", "phone"),
      c("p2", "phone"),
      c("p2", "phone"),
      c("p3", "phone", "2023-12-31"), // before `from`
    ];
    const s = contactSummary(ps, contacts, { from: "2024-01-01", kinds: ["meeting", "phone", "company_contact"] });
    // Per participant: p0 3, p1 1, p2 3, p3 0 → total 7, mean 1.75, median (1+3)/2 = 2.
    expect(s).toMatchObject({ total: 7, meanPerParticipant: 1.75, medianPerParticipant: 2, participantsWithAny: 3, minutes: 90 });
    expect(s.byKind).toEqual([
      { kind: "meeting", total: 3, meanPerParticipant: 0.75, medianPerParticipant: 0.5, participantsWithAny: 2 },
      { kind: "phone", total: 4, meanPerParticipant: 1, medianPerParticipant: 0.5, participantsWithAny: 2 },
      { kind: "company_contact", total: 0, meanPerParticipant: 0, medianPerParticipant: 0, participantsWithAny: 0 },
    ]);
  });
});
