// Demo mentor work: reviews every four weeks, sub-goals, contacts and status histories.
// Final statuses follow the seed evaluation's end figures (shared/seeds/001): 51 with an
// employment lasting over six months, 15 in internship, 10 pension (or in process), 3 on
// parental leave, 26 unemployed, 11 sick-listed, 5 moved to another provider, 1 deceased;
// the rest withdrew. Contacts follow its mix: about 19 % meetings, 49 % phone/SMS/e-mail,
// 31 % company contacts, some 60 per participant.
import { endReasonOfStatus } from "@skridt/api";
import type { Db } from "@skridt/db";
import { addDays, defaultProgressionPlan, todayLocal, type TStatusCode } from "@skridt/instruments";
import type { seededRandom } from "./random";
import type { SeededParticipant } from "./surveys";

type Random = ReturnType<typeof seededRandom>;
type Outcome = "job" | "internship" | "pension" | "parental_leave" | "unemployed" | "sick_leave" | "other_provider" | "deceased" | "withdrawn";

const OUTCOME_COUNTS: [Outcome, number][] = [
  ["job", 51],
  ["internship", 15],
  ["pension", 10],
  ["parental_leave", 3],
  ["unemployed", 26],
  ["sick_leave", 11],
  ["other_provider", 5],
  ["deceased", 1],
  ["withdrawn", 3],
];

/** How far a participant's own score lies from the mentor's (they tend to rate themselves a little higher). */
const PARTICIPANT_OFFSETS = [-1, 0, 0, 1, 2, 0, 1];

const GOALS: Record<string, string[]> = {
  beskaeftigelse: ["Besøge to virksomheder", "Starte i praktik 10 timer om ugen", "Skrive et kort CV"],
  uddannelse: ["Undersøge AMU-kursus", "Tale med studievejleder"],
  sundhed: ["Gå en tur tre gange om ugen", "Faste tider for søvn", "Tale med egen læge om medicin"],
  "socialt-netvaerk": ["Ringe til en ven hver uge", "Deltage i SIND's samtalegruppe"],
  "bolig-oekonomi": ["Lave et budget", "Åbne post hver mandag"],
  hverdagsmestring: ["Stå op kl. 7 på hverdage", "Handle ind én gang om ugen"],
};

interface Row {
  status: TStatusCode;
  occurredOn: string;
  hoursPerWeek?: number;
  inProcess?: boolean;
}

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}
function min(a: string, b: string): string {
  return a < b ? a : b;
}

/** The status history that leads to the outcome, within enrolment..until. */
function statusHistory(outcome: Outcome, enrolled: string, until: string, random: Random): Row[] {
  const rows: Row[] = [{ status: "unemployed", occurredOn: enrolled }];
  const at = (days: number) => min(addDays(enrolled, days), until);
  switch (outcome) {
    case "job":
      rows.push({ status: "internship", occurredOn: at(random.int(30, 70)), hoursPerWeek: random.pick([6, 8, 10, 12]) });
      rows.push(
        random.next() < 0.75
          ? { status: "flexjob", occurredOn: at(random.int(80, 110)), hoursPerWeek: random.pick([8, 10, 12, 15, 20]) }
          : {
              status: random.pick(["ordinary_job", "paid_hours", "wage_subsidy_job"] as const),
              occurredOn: at(random.int(80, 110)),
              hoursPerWeek: random.pick([10, 15, 20, 25]),
            },
      );
      break;
    case "internship":
      rows.push({ status: "internship", occurredOn: at(random.int(30, 120)), hoursPerWeek: random.pick([6, 8, 10, 12, 15]) });
      break;
    case "pension": {
      const inProcess = random.next() < 0.5;
      rows.push({ status: "pension", occurredOn: at(random.int(60, 200)), inProcess });
      break;
    }
    case "unemployed":
      if (random.next() < 0.4) {
        rows.push({ status: "internship", occurredOn: at(random.int(40, 90)), hoursPerWeek: 8 });
        rows.push({ status: "unemployed", occurredOn: at(random.int(100, 160)) });
      }
      break;
    default:
      rows.push({ status: outcome, occurredOn: at(random.int(40, 200)) });
  }
  // Same-day events collapse: keep the last per day, in order.
  return rows.filter((r, i) => rows.findIndex((o, j) => j > i && o.occurredOn === r.occurredOn) === -1);
}

export async function seedWorkspace(db: Db, participants: (SeededParticipant & { mentorId: string | null })[], random: Random) {
  const today = todayLocal();
  const outcomes: Outcome[] = OUTCOME_COUNTS.flatMap(([o, n]) => Array<Outcome>(n).fill(o));
  // The longest-enrolled get the job outcomes: only they can have held a job for six months.
  const byEnrolment = [...participants].sort((a, b) => a.enrolledOn.getTime() - b.enrolledOn.getTime());
  const jobs = new Set(byEnrolment.slice(0, 51).map((p) => p.id));
  const others = outcomes.filter((o) => o !== "job").sort(() => random.next() - 0.5);
  const plan = defaultProgressionPlan;
  // Ended as planned, on the day already set: one write for them all at the end.
  const completed: string[] = [];

  for (const p of participants) {
    const outcome: Outcome = jobs.has(p.id) ? "job" : (others.pop() ?? "unemployed");
    const enrolled = day(p.enrolledOn);
    const until = p.endedOn ? day(p.endedOn) : today;
    const drawn = statusHistory(outcome, enrolled, outcome === "job" ? today : until, random);
    const { history, endedOn, endReason } = endingOf(drawn, p.endedOn ? until : null);
    if (endReason === "completed") completed.push(p.id);
    else if (endedOn) await db.participant.update({ where: { id: p.id }, data: { endedOn: new Date(`${endedOn}T00:00:00Z`), endReason } });
    // Everything below is drawn as before (the same random numbers, so the rest of the demo stays
    // the same); what would fall after a participation that an ending status closed is not written.
    const closedBy = endedOn && !p.endedOn ? endedOn : null;
    const within = (date: string) => !closedBy || date <= closedBy;
    await db.statusEvent.createMany({
      data: history.map((r) => ({
        participantId: p.id,
        status: r.status,
        occurredOn: new Date(`${r.occurredOn}T00:00:00Z`),
        hoursPerWeek: r.hoursPerWeek ?? null,
        inProcess: r.inProcess ?? false,
        authorId: p.mentorId,
      })),
    });

    // Reviews every 28 days from enrolment, 3 to 8 of them, drifting towards progress.
    const count = Math.min(8, Math.max(3, Math.floor((Date.parse(until) - p.enrolledOn.getTime()) / (28 * 86400000))));
    const drive = outcome === "job" ? 0.9 : outcome === "internship" || outcome === "pension" ? 0.6 : 0.3;
    const reviewIds: string[] = [];
    for (let i = 0; i < count; i++) {
      const reviewedOn = min(addDays(enrolled, 14 + i * 28), until);
      const scores: Record<string, { mentor: number; participant?: number }> = {};
      plan.areaIds.forEach((areaId, a) => {
        const trend = (i / Math.max(1, count - 1)) * 5 * drive;
        const value = Math.round(trend + (random.next() - 0.5) * 2.5);
        const mentor = Math.max(-5, Math.min(5, i === 0 ? Math.min(value, 1) : value));
        // The participant's own score (optional in the model) in every other review, a little
        // apart from the mentor's; from fixed arithmetic, so the random sequence above is unchanged.
        const apart = PARTICIPANT_OFFSETS[(p.enrolledOn.getUTCDate() + a * 3 + i) % PARTICIPANT_OFFSETS.length] as number;
        scores[areaId] = i % 2 === 1 || i === count - 1 ? { mentor, participant: Math.max(-5, Math.min(5, mentor + apart)) } : { mentor };
      });
      if (!within(reviewedOn)) continue;
      const review = await db.review.create({
        data: {
          participantId: p.id,
          authorId: p.mentorId,
          reviewedOn: new Date(`${reviewedOn}T00:00:00Z`),
          modelId: "halsnaes",
          modelVersion: "1.0.0",
          areaScores: JSON.stringify(scores),
          createdAt: new Date(`${reviewedOn}T12:00:00Z`),
        },
        select: { id: true },
      });
      reviewIds.push(review.id);
    }

    // One to three sub-goals from the first reviews; older ones mostly reached.
    const goalCount = random.int(1, 3);
    for (let g = 0; g < goalCount; g++) {
      const areaId = random.pick(plan.areaIds);
      const created = addDays(enrolled, 14 + g * 28);
      const due = addDays(created, random.int(21, 90));
      const closed = due < until && random.next() < 0.8;
      const status = closed ? (random.next() < 0.8 ? "reached" : "dropped") : "open";
      if (!within(created)) continue;
      // A goal still open when the participation ended stays open, as the app leaves it.
      const closedOn = closed && within(due) ? due : null;
      await db.goal.create({
        data: {
          participantId: p.id,
          reviewId: reviewIds[g] ?? null,
          areaId,
          title: random.pick(GOALS[areaId] ?? ["Et lille skridt"]),
          actions: "Deltageren gør det i eget tempo og fortæller om det til næste samtale.",
          support: "Mentoren ringer dagen før og hjælper med at forberede.",
          dueOn: new Date(`${due}T00:00:00Z`),
          status: closedOn ? status : "open",
          closedOn: closedOn ? new Date(`${closedOn}T00:00:00Z`) : null,
          authorId: p.mentorId,
          createdAt: new Date(`${created}T12:00:00Z`),
        },
      });
    }

    // About 60 contacts over the enrolment, in the seed's mix.
    const span = Math.max(1, (Date.parse(until) - p.enrolledOn.getTime()) / 86400000);
    const contacts = Math.round(40 + random.next() * 45);
    const drawnContacts = Array.from({ length: contacts }, () => {
      const r = random.next();
      const kind = r < 0.19 ? "meeting" : r < 0.36 ? "phone" : r < 0.56 ? "sms" : r < 0.68 ? "email" : r < 0.93 ? "company_contact" : "workplace_followup";
      const minutes = kind === "meeting" ? random.pick([30, 45, 60, 90]) : kind === "phone" || kind === "company_contact" ? random.pick([5, 10, 15, 20]) : null;
      return {
        participantId: p.id,
        occurredOn: new Date(`${addDays(enrolled, Math.floor(random.next() * span))}T00:00:00Z`),
        kind,
        minutes,
        authorId: p.mentorId,
      };
    });
    await db.contact.createMany({ data: drawnContacts.filter((c) => within(c.occurredOn.toISOString().slice(0, 10))) });
  }
  await db.participant.updateMany({ where: { id: { in: completed } }, data: { endReason: "completed" } });
}

/**
 * How the participation ends, as the app would end it. A status that ends the participation
 * (Udmeldt, Overgået til anden aktør, Død) ends it on its day with its reason: for someone still
 * enrolled it is the end; for someone who ended it is moved to the end day (it is why they
 * ended). Any other ended participation ended as planned: "completed".
 */
export function endingOf(history: readonly Row[], endedOn: string | null): { history: Row[]; endedOn: string | null; endReason: string | null } {
  const last = history.at(-1);
  const reason = last ? endReasonOfStatus(last.status) : undefined;
  if (!last || !reason) return { history: [...history], endedOn, endReason: endedOn ? "completed" : null };
  const end = endedOn ?? last.occurredOn;
  // Moved to the end day, the status may land on an earlier row's day: the later one stands.
  const rows = [...history.slice(0, -1).filter((r) => r.occurredOn < end), { ...last, occurredOn: end }];
  return { history: rows, endedOn: end, endReason: reason };
}
