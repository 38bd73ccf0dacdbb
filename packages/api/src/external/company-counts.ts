// Per company of an organisation's register: how many contacts, internships, jobs and
// employment relations it had, as seed 001 reports them ("2.466 kontakter til virksomheder",
// "virksomhedspraktikker 111 gange", "80 ansættelsesforhold").
import type { Db } from "@skridt/db";
import { employmentRelations, STATUSES, todayLocal, type TStatusEvent } from "@skridt/instruments";
import { dateToDay } from "../guards";

export interface CompanyCounts {
  /** All contact-log entries with this company (company contacts and workplace follow-ups). */
  contacts: number;
  companyContacts: number;
  workplaceFollowups: number;
  /** Status events placing a participant in an internship here. */
  internships: number;
  /** Status events placing a participant in a job here (paid hours, flex job, ordinary job, job with wage subsidy). */
  jobs: number;
  /** Employment relations (unbroken runs of work, see employmentRelations) that include a job here. */
  employmentRelations: number;
  /** Distinct participants with an internship or job here. */
  participants: number;
}

const isWork = (status: string) => STATUSES[status as keyof typeof STATUSES]?.group === "work";

export async function companyCounts(db: Db, organisationId: string, today = todayLocal()): Promise<Map<string, CompanyCounts>> {
  const out = new Map<string, CompanyCounts>();
  const of = (companyId: string) => {
    let c = out.get(companyId);
    if (!c)
      out.set(companyId, (c = { contacts: 0, companyContacts: 0, workplaceFollowups: 0, internships: 0, jobs: 0, employmentRelations: 0, participants: 0 }));
    return c;
  };
  const contacts = await db.contact.groupBy({
    by: ["companyId", "kind"],
    where: { companyId: { not: null }, participant: { organisationId } },
    _count: { _all: true },
  });
  for (const row of contacts) {
    if (!row.companyId) continue;
    const c = of(row.companyId);
    c.contacts += row._count._all;
    if (row.kind === "company_contact") c.companyContacts += row._count._all;
    if (row.kind === "workplace_followup") c.workplaceFollowups += row._count._all;
  }

  const placed = await db.statusEvent.findMany({
    where: { companyId: { not: null }, participant: { organisationId } },
    select: { companyId: true, participantId: true, status: true, occurredOn: true, inProcess: true },
  });
  const participantsOf = new Map<string, Set<string>>();
  for (const e of placed) {
    if (!e.companyId) continue;
    const c = of(e.companyId);
    if (e.status === "internship") c.internships += 1;
    else if (isWork(e.status) && !e.inProcess) c.jobs += 1;
    else continue;
    let set = participantsOf.get(e.companyId);
    if (!set) participantsOf.set(e.companyId, (set = new Set()));
    set.add(e.participantId);
  }
  for (const [companyId, set] of participantsOf) of(companyId).participants = set.size;

  // Employment relations: from each participant's whole status history (a relation may
  // begin elsewhere and continue here), counted once per company it includes a job at.
  const withJobs = [...new Set(placed.filter((e) => e.companyId && isWork(e.status) && !e.inProcess).map((e) => e.participantId))];
  if (withJobs.length > 0) {
    const events = await db.statusEvent.findMany({
      where: { participantId: { in: withJobs } },
      select: { participantId: true, status: true, occurredOn: true, hoursPerWeek: true, inProcess: true, companyId: true },
      orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }],
    });
    const byParticipant = new Map<string, typeof events>();
    for (const e of events) {
      let list = byParticipant.get(e.participantId);
      if (!list) byParticipant.set(e.participantId, (list = []));
      list.push(e);
    }
    for (const list of byParticipant.values()) {
      const relations = employmentRelations(
        list.map(
          (e) =>
            ({
              status: e.status,
              occurredOn: dateToDay(e.occurredOn),
              ...(e.hoursPerWeek !== null ? { hoursPerWeek: e.hoursPerWeek } : {}),
              ...(e.inProcess ? { inProcess: true } : {}),
            }) as TStatusEvent,
        ),
        today,
      );
      for (const relation of relations) {
        const companies = new Set(
          list
            .filter(
              (e) => e.companyId && isWork(e.status) && !e.inProcess && dateToDay(e.occurredOn) >= relation.from && dateToDay(e.occurredOn) <= relation.to,
            )
            .map((e) => e.companyId as string),
        );
        for (const companyId of companies) of(companyId).employmentRelations += 1;
      }
    }
  }
  return out;
}
