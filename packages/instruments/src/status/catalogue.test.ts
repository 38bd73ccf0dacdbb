import { describe, expect, it } from "vitest";
import { STATUS_CODES, STATUSES } from "./catalogue";
import { CONTACT_KIND_CODES, CONTACT_KINDS, contactTotals, ZContact } from "./contacts";
import { ZStatusEvent } from "./event";

describe("status catalogue", () => {
  it("has one consistent definition per code", () => {
    for (const code of STATUS_CODES) expect(STATUSES[code].code).toBe(code);
    expect(Object.keys(STATUSES)).toHaveLength(STATUS_CODES.length);
  });

  it("keeps the ids the measurement plan's default target uses", () => {
    expect(STATUSES.flexjob.label.da).toBe("Fleksjob");
    expect(STATUSES.pension.canBeInProcess).toBe(true);
  });

  it("marks the statuses that end participation", () => {
    const ending = STATUS_CODES.filter((c) => STATUSES[c].endsParticipation);
    expect(ending).toEqual(["other_provider", "withdrawn", "deceased"]);
  });

  it("counts only paid work as the work group", () => {
    expect(STATUS_CODES.filter((c) => STATUSES[c].group === "work")).toEqual(["paid_hours", "flexjob", "ordinary_job", "wage_subsidy_job"]);
  });
});

describe("ZStatusEvent", () => {
  const ok = (e: unknown) => ZStatusEvent.safeParse(e).success;
  it("accepts hours where they belong", () => {
    expect(ok({ status: "flexjob", occurredOn: "2024-03-01", hoursPerWeek: 12.5 })).toBe(true);
    expect(ok({ status: "internship", occurredOn: "2024-03-01" })).toBe(true);
    expect(ok({ status: "unemployed", occurredOn: "2024-03-01" })).toBe(true);
  });
  it("requires hours for a flex job unless it is still in process", () => {
    expect(ok({ status: "flexjob", occurredOn: "2024-03-01" })).toBe(false);
    expect(ok({ status: "flexjob", occurredOn: "2024-03-01", inProcess: true })).toBe(true);
    expect(ok({ status: "paid_hours", occurredOn: "2024-03-01" })).toBe(false);
  });
  it("rejects hours and in-process where they make no sense", () => {
    expect(ok({ status: "unemployed", occurredOn: "2024-03-01", hoursPerWeek: 10 })).toBe(false);
    expect(ok({ status: "sick_leave", occurredOn: "2024-03-01", inProcess: true })).toBe(false);
    expect(ok({ status: "pension", occurredOn: "2024-03-01", inProcess: true })).toBe(true);
  });
  it("rejects unknown statuses, bad dates and unknown fields", () => {
    expect(ok({ status: "job", occurredOn: "2024-03-01" })).toBe(false);
    expect(ok({ status: "unemployed", occurredOn: "2024-02-30" })).toBe(false);
    expect(ok({ status: "unemployed", occurredOn: "2024-03-01", extra: 1 })).toBe(false);
    expect(ok({ status: "flexjob", occurredOn: "2024-03-01", hoursPerWeek: 0 })).toBe(false);
  });
});

describe("contacts", () => {
  it("has labels for every kind", () => {
    for (const k of CONTACT_KIND_CODES) expect(CONTACT_KINDS[k].label.da.length).toBeGreaterThan(0);
  });
  it("validates a contact", () => {
    expect(ZContact.safeParse({ occurredOn: "2024-03-01", kind: "sms" }).success).toBe(true);
    expect(ZContact.safeParse({ occurredOn: "2024-03-01", kind: "phone", minutes: 12 }).success).toBe(true);
    expect(ZContact.safeParse({ occurredOn: "2024-03-01", kind: "visit" }).success).toBe(false);
    expect(ZContact.safeParse({ occurredOn: "2024-03-01", kind: "phone", minutes: 2.5 }).success).toBe(false);
  });
  it("totals by kind and by the seed's three channels", () => {
    const t = contactTotals([
      { occurredOn: "2024-03-01", kind: "meeting", minutes: 60 },
      { occurredOn: "2024-03-02", kind: "sms" },
      { occurredOn: "2024-03-02", kind: "phone", minutes: 10 },
      { occurredOn: "2024-03-03", kind: "company_contact", minutes: 15 },
      { occurredOn: "2024-03-04", kind: "workplace_followup", minutes: 30 },
    ]);
    expect(t.total).toBe(5);
    expect(t.minutes).toBe(115);
    expect(t.byKind.sms).toBe(1);
    expect(t.byKind.email).toBe(0);
    expect(t.byChannel).toEqual({ in_person: 1, remote: 2, company: 2 });
  });
});
