import { describe, expect, it } from "vitest";
import { itemDistributions } from "./distributions";
import { contactSummary } from "./contacts";
import { contactSummaryFromCounts, itemDistributionsFromCounts, responseRatesFromCounts, type TAnswerValueCount, type TContactCountGroup } from "./from-counts";
import { responseRates } from "./response-rates";
import type { TAnswerRow, TContactRow, TParticipantRow, TSurveyRow } from "./types";

const people = (n: number): TParticipantRow[] =>
  Array.from({ length: n }, (_, i) => ({ participantId: `p${i}`, organisationId: "o", enrolledOn: "2024-01-01" }));

describe("figures from counts grouped in the database", () => {
  it("give the seed's response rates: 113 of 125 at start with 5 incomplete apart", () => {
    const [start] = responseRatesFromCounts(
      125,
      [
        { occasion: "start", state: "submitted", count: 113 },
        { occasion: "start", state: "in_progress", count: 5 },
        { occasion: "start", state: "not_begun", count: 4 },
      ],
      ["start"],
    );
    expect(start).toEqual({ occasion: "start", eligible: 125, completed: 113, incomplete: 5, noResponse: 7, rate: 113 / 125 });
  });

  it("give the same response rates as the questionnaire rows", () => {
    const ps = people(10);
    const surveys: TSurveyRow[] = [
      ...ps.slice(0, 6).map((p) => ({ participantId: p.participantId, occasion: "start", state: "submitted" as const })),
      ...ps.slice(6, 8).map((p) => ({ participantId: p.participantId, occasion: "start", state: "in_progress" as const })),
      { participantId: "p8", occasion: "start", state: "expired" },
      ...ps.slice(0, 3).map((p) => ({ participantId: p.participantId, occasion: "end", state: "submitted" as const })),
    ];
    const fromCounts = responseRatesFromCounts(
      10,
      [
        { occasion: "start", state: "submitted", count: 6 },
        { occasion: "start", state: "in_progress", count: 2 },
        { occasion: "start", state: "not_begun", count: 1 },
        { occasion: "end", state: "submitted", count: 3 },
      ],
      ["start", "end"],
    );
    expect(fromCounts).toEqual(responseRates(ps, surveys, { occasions: ["start", "end"] }));
  });

  it("give the same item distributions as the answer rows, multiple choice and undeclared values included", () => {
    const ps = people(6);
    const rows: TAnswerRow[] = [
      ...[0, 1, 1, 2, 5, 5].map((v, i) => ({ participantId: `p${i}`, occasion: "start", instrumentId: "who5", itemId: "who5_1", value: v })),
      ...[1, 1, 3].map((v, i) => ({ participantId: `p${i}`, occasion: "end", instrumentId: "who5", itemId: "who5_1", value: v })),
      { participantId: "p0", occasion: "end", instrumentId: "tilfredshed", itemId: "vigtigst", value: [1, 2] },
      { participantId: "p1", occasion: "end", instrumentId: "tilfredshed", itemId: "vigtigst", value: [2] },
      { participantId: "p2", occasion: "end", instrumentId: "tilfredshed", itemId: "vigtigst", value: [1, 2] },
    ];
    const counts: TAnswerValueCount[] = [];
    for (const r of rows) {
      const same = counts.find(
        (c) => c.instrumentId === r.instrumentId && c.itemId === r.itemId && c.occasion === r.occasion && JSON.stringify(c.value) === JSON.stringify(r.value),
      );
      if (same) same.count++;
      else counts.push({ instrumentId: r.instrumentId, itemId: r.itemId, occasion: r.occasion, value: r.value as TAnswerValueCount["value"], count: 1 });
    }
    const options = { occasions: ["start", "end"], categories: [{ instrumentId: "who5", itemId: "who5_1", values: [0, 1, 2, 3, 4, 5] }] };
    const fromCounts = itemDistributionsFromCounts(counts, options);
    expect(fromCounts).toEqual(itemDistributions(ps, rows, options));
    const who5 = fromCounts.find((d) => d.itemId === "who5_1")!;
    // Option 4 nobody chose still shows, as 0.
    expect(who5.occasions[0]!.cells.map((c) => [c.value, c.count])).toEqual([
      [0, 1],
      [1, 2],
      [2, 1],
      [3, 0],
      [4, 0],
      [5, 2],
    ]);
    const most = fromCounts.find((d) => d.itemId === "vigtigst")!.occasions[1]!;
    expect(most.n).toBe(3);
    expect(most.cells).toEqual([
      { value: 1, count: 2, share: 2 / 3 },
      { value: 2, count: 3, share: 1 },
    ]);
  });

  it.each([7, 8])("give the same contact volume as the contact rows (%i participants, medians odd and even)", (n) => {
    const ps = people(n);
    const plan: Record<string, [string, number][]> = {
      p0: [
        ["meeting", 30],
        ["meeting", 0],
        ["phone", 5],
      ],
      p1: [["phone", 10]],
      p2: [
        ["meeting", 45],
        ["company_contact", 0],
        ["company_contact", 0],
        ["company_contact", 0],
      ],
      p3: [
        ["phone", 0],
        ["phone", 0],
      ],
    };
    const rows: TContactRow[] = Object.entries(plan).flatMap(([participantId, list]) =>
      list.map(([kind, minutes]) => ({ participantId, kind, occurredOn: "2024-02-01", ...(minutes ? { minutes } : {}) })),
    );
    // What the database's two GROUP BYs give: per (kind, contacts) and per contacts over all kinds.
    const groups: TContactCountGroup[] = [];
    const add = (kind: string | null, list: [string, number][]) => {
      const contacts = list.length;
      const minutes = list.reduce((m, [, x]) => m + x, 0);
      const g = groups.find((x) => x.kind === kind && x.contacts === contacts);
      if (g) {
        g.participants++;
        g.minutes += minutes;
      } else groups.push({ kind, contacts, participants: 1, minutes });
    };
    for (const list of Object.values(plan)) {
      add(null, list);
      for (const kind of new Set(list.map(([k]) => k)))
        add(
          kind,
          list.filter(([k]) => k === kind),
        );
    }
    expect(contactSummaryFromCounts(n, groups)).toEqual(contactSummary(ps, rows));
  });
});
