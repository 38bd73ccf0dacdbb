import { describe, expect, it } from "vitest";
import { keyedHeadline, type THeadlineHistory } from "./headline";

const h = (enrolledOn: string, endedOn: string | null, furthest: number[], events: THeadlineHistory["events"] = []): THeadlineHistory => ({
  key: 1,
  enrolledOn,
  endedOn,
  furthest,
  events,
});

describe("headline figures over the right denominators", () => {
  // Four people on 2026-06-01: A ended and answered the end; B ended without answering; C is
  // active and was sent the end questionnaire; D is active and has not reached the end.
  const people = [
    h("2026-01-01", "2026-05-01", [3, 3], [{ status: "flexjob", occurredOn: "2026-04-01" }]),
    h("2026-01-15", "2026-05-20", [3, 0]),
    h("2026-02-01", null, [3, 1]),
    h("2026-05-25", null, [2, 0], [{ status: "internship", occurredOn: "2026-05-26" }]),
  ];
  const catalogue = { flexjob: "work", internship: "internship" } as const;
  const r = keyedHeadline(people, ["start", "end"], catalogue, { today: "2026-06-01", targets: [] });

  it("rates the start over everyone and the end over those who ended or were sent it: 1 of 3, not 1 of 4", () => {
    const [start, end] = r.responseRates;
    expect(start).toMatchObject({ basis: "enrolled", eligible: { count: 4 }, completed: { count: 3 }, incomplete: { count: 1 } });
    expect(end).toMatchObject({ basis: "reached", eligible: { count: 3 }, completed: { count: 1 }, noResponse: { count: 2 } });
    expect(r.counts).toMatchObject({ enrolled: { count: 4 }, ended: { count: 2 }, active: { count: 2 } });
  });

  it("takes status at the end over the two who ended, and status on a day over those enrolled that day", () => {
    expect(r.outcomeBasis).toBe("ended");
    expect(r.outcomes.n.count).toBe(2);
    const onDay = keyedHeadline(people, ["start", "end"], catalogue, { today: "2026-06-01", statusOn: "2026-05-22", targets: [] });
    // On 22 May: A had ended (1 May), B ended on the 20th, C enrolled, D not yet (25 May): only C.
    expect(onDay.outcomeBasis).toBe("enrolled_on_day");
    expect(onDay.outcomes.n.count).toBe(1);
    expect(onDay.outcomes.statuses.map((s) => s.status)).toEqual(["unknown"]);
  });

  it("counts relations and internships started over everyone", () => {
    expect(r.activity.relations.count).toBe(1);
    expect(r.activity.internships.count).toBe(1);
  });
});
