// The demo programme, modelled on SIND Erhverv's "Stå ikke i stampe - brug din rampe"
// (shared/seeds/001): 125 citizens from the job centres of Aarhus (57), Randers (38) and
// Odder (30), each with a contact person (mentor). Dates are moved to the recent past so the
// demo looks alive.
import { hashPassword, newParticipantCode, searchName } from "@skridt/api";
import type { Db } from "@skridt/db";
import { FEMALE_FIRST, LAST, MALE_FIRST } from "./names";
import { seededRandom } from "./random";
import { seedSurveys, type SeededParticipant } from "./surveys";
import { seedWorkspace } from "./workspace";

export const DEMO_PASSWORD = "skridt-demo";

export const DEMO_ORGANISATIONS = [
  { key: "aarhus", name: "Jobcenter Aarhus", participants: 57, mentors: ["Birgitte Holm", "Kasper Vinther"] },
  { key: "randers", name: "Jobcenter Randers", participants: 38, mentors: ["Lene Dam", "Ole Krogh"] },
  { key: "odder", name: "Jobcenter Odder", participants: 30, mentors: ["Rikke Bach"] },
] as const;

export interface DemoLogin {
  email: string;
  role: string;
  where: string;
}

/** Seeds the demo data if the database has no organisations yet. Returns the demo sign-ins, or null if it did nothing. */
export async function seedDemo(db: Db, opts: { today?: Date } = {}): Promise<DemoLogin[] | null> {
  if ((await db.organisation.count()) > 0) return null;
  const random = seededRandom(2016);
  const today = opts.today ?? new Date();
  const day = 24 * 60 * 60 * 1000;
  const logins: DemoLogin[] = [];
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const participants: (SeededParticipant & { mentorId: string | null })[] = [];

  const programme = await db.programme.create({
    data: {
      name: "Brug din rampe",
      description: "Mentorforløb for psykisk sårbare ledige med fokus på job og trivsel (demo efter SIND Erhvervs projekt 2016-18).",
      startsOn: new Date(today.getTime() - 540 * day),
      reviewIntervalDays: 28,
    },
  });

  const admin = await db.user.create({ data: { email: "admin@skridt.demo", name: "Anja Admin", passwordHash } });
  const evaluator = await db.user.create({ data: { email: "evaluator@skridt.demo", name: "Erik Evaluator", passwordHash } });
  logins.push({ email: admin.email, role: "admin", where: "alle tre jobcentre" }, { email: evaluator.email, role: "evaluator", where: "alle tre jobcentre" });

  for (const org of DEMO_ORGANISATIONS) {
    const organisation = await db.organisation.create({ data: { name: org.name, kind: "municipality" } });
    await db.programmeOrganisation.create({ data: { programmeId: programme.id, organisationId: organisation.id } });
    await db.membership.createMany({
      data: [
        { userId: admin.id, organisationId: organisation.id, role: "admin" },
        { userId: evaluator.id, organisationId: organisation.id, role: "evaluator" },
      ],
    });
    const mentorIds: string[] = [];
    for (const [index, name] of org.mentors.entries()) {
      const email = `mentor.${org.key}${index === 0 ? "" : index + 1}@skridt.demo`;
      const mentor = await db.user.create({ data: { email, name, passwordHash } });
      await db.membership.create({ data: { userId: mentor.id, organisationId: organisation.id, role: "mentor" } });
      mentorIds.push(mentor.id);
      logins.push({ email, role: "mentor", where: org.name });
    }
    for (let i = 0; i < org.participants; i++) {
      const female = random.next() < 0.62;
      const first = random.pick(female ? FEMALE_FIRST : MALE_FIRST);
      const last = random.pick(LAST);
      // Enrolled over the last 20 months; nearly all of those enrolled over 180 days ago have ended.
      const enrolledDaysAgo = random.int(60, 600);
      const ended = enrolledDaysAgo > 180 && random.next() < 0.95;
      const enrolledOn = startOfDay(new Date(today.getTime() - enrolledDaysAgo * day));
      const endedOn = ended ? startOfDay(new Date(today.getTime() - random.int(5, enrolledDaysAgo - 150) * day)) : null;
      const birthYear = today.getFullYear() - random.int(23, 61);
      const participant = await db.participant.create({
        data: {
          code: newParticipantCode(),
          organisationId: organisation.id,
          programmeId: programme.id,
          mentorId: mentorIds[i % mentorIds.length] ?? null,
          enrolledOn,
          endedOn,
          gender: female ? "female" : "male",
          birthYear,
          // Consent as recorded at enrolment (docs/care.md); every ninth participant's is still
          // pending, so the caseload shows its flag. No random draw: the rest of the demo stays the same.
          ...(i % 9 === 4
            ? {}
            : {
                consents: {
                  create: ["participation", "questionnaires", "followup_contact"].map((kind) => ({
                    kind,
                    textVersion: "2024-03",
                    method: i % 3 === 0 ? "oral" : "paper",
                    givenOn: enrolledOn,
                  })),
                },
              }),
          identity: {
            create: {
              fullName: `${first} ${last}`,
              searchName: searchName(`${first} ${last}`),
              email: `${first}.${last}${i}@example.dk`.toLowerCase().replace(/[æøå]/g, (c) => ({ æ: "ae", ø: "oe", å: "aa" })[c] ?? c),
              phone: `+45 ${random.int(20, 99)} ${random.int(10, 99)} ${random.int(10, 99)} ${random.int(10, 99)}`,
            },
          },
        },
        select: { id: true },
      });
      participants.push({
        id: participant.id,
        enrolledOn,
        endedOn,
        gender: female ? "female" : "male",
        birthYear,
        mentorId: mentorIds[i % mentorIds.length] ?? null,
      });
    }
  }
  // Thousands of small writes: on SQLite, skip the per-commit fsync while seeding (in WAL mode a
  // power cut could lose the last demo rows, never corrupt the file), then restore full durability.
  if (db.engine === "sqlite") await db.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  try {
    await seedSurveys(db, participants, random);
    await seedWorkspace(db, participants, random);
  } finally {
    if (db.engine === "sqlite") await db.$executeRawUnsafe("PRAGMA synchronous = FULL");
  }
  return logins;
}

function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
