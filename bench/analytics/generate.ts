// Builds a migrated Skridt SQLite file with N participants of one programme, written with
// better-sqlite3 in big transactions (the Prisma client would take hours at 100,000).
// Every participant has a submitted start and end questionnaire on the default measurement
// plan (6 instruments each), scores for every scale at both, six reviews, a status history
// and contacts. Files are cached in a temp dir under a key made of the migration list, the
// generator version and the size, so later runs reuse them.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { listMigrations, migrate } from "@skridt/db";
import { rebuildStatements } from "../../packages/api/src/evaluation/scale-figures";
import { builtinInstruments, defaultMeasurementPlan, defaultProgressionPlan, getProgressionModel } from "../../packages/instruments/src/index";

/** Bump when the generated data changes, so cached files are rebuilt. */
const GENERATOR_VERSION = 1;
export const CONTACTS_PER_PARTICIPANT = 12;
export const REVIEWS_PER_PARTICIPANT = 6;
const DAY = 86_400_000;

export const ORGANISATIONS = ["Jobcenter Aarhus", "Jobcenter Randers", "Jobcenter Odder"] as const;

export interface Dataset {
  file: string;
  participants: number;
  programmeId: string;
  organisationId: string;
  evaluatorId: string;
  cached: boolean;
  generationMs: number | null;
  rows: Record<string, number>;
}

/** Scale points between possible scores (WHO-5 raw sum × 4; self-rated health recoded 0/25/…/100). */
const STEP: Record<string, number> = { who5: 4, "selvvurderet-helbred": 25 };

export function cacheKey(): string {
  const migrations = listMigrations("sqlite")
    .map((m) => `${m.name}\n${m.sql}`)
    .join("\n--\n");
  return createHash("sha256").update(`v${GENERATOR_VERSION}\n${migrations}`).digest("hex").slice(0, 16);
}

export function cacheDir(): string {
  return process.env.BENCH_ANALYTICS_CACHE ?? join(tmpdir(), "skridt-bench-analytics");
}

/** Deterministic PRNG (mulberry32), so every size is the same data every time. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] as T,
  };
}

/** cuid-like ids: 25 characters, increasing with creation like cuids. */
const id = (kind: string, i: number) => `c${kind}${i.toString(36).padStart(23 - kind.length, "0")}x`;
const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");
const midnight = (ms: number) => Math.floor(ms / DAY) * DAY;
const hex = (s: string) => createHash("sha256").update(s).digest("hex");

export async function ensureDataset(participants: number, log: (line: string) => void): Promise<Dataset> {
  const dir = cacheDir();
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `skridt-${cacheKey()}-${participants}.db`);
  const ids = { programmeId: id("prg", 0), organisationId: id("org", 0), evaluatorId: id("usr", 0) };
  if (existsSync(file)) {
    const db = new Database(file, { readonly: true });
    try {
      return { file, participants, ...ids, cached: true, generationMs: null, rows: rowCounts(db) };
    } finally {
      db.close();
    }
  }
  const started = performance.now();
  const partial = `${file}.partial`;
  for (const suffix of ["", "-wal", "-shm"]) rmSync(partial + suffix, { force: true });
  log(`  generating ${participants.toLocaleString("en")} participants into ${file} ...`);
  await migrate({ engine: "sqlite", url: partial });
  const db = new Database(partial);
  try {
    fill(db, participants, ids);
    // ParticipantScale is derived from the scores by the product's own statements.
    for (const statement of rebuildStatements(ids.programmeId)) db.prepare(statement.sql).run(...(statement.values as unknown[]));
    db.pragma("journal_mode = WAL");
    const rows = rowCounts(db);
    const broken = db.pragma("foreign_key_check") as unknown[];
    if (broken.length > 0) throw new Error(`generated data has ${broken.length} broken foreign keys`);
    db.close();
    renameSync(partial, file);
    for (const suffix of ["-wal", "-shm"]) rmSync(partial + suffix, { force: true });
    const generationMs = performance.now() - started;
    log(`  generated in ${(generationMs / 1000).toFixed(1)} s`);
    return { file, participants, ...ids, cached: false, generationMs, rows };
  } catch (error) {
    if (db.open) db.close();
    throw error;
  }
}

function rowCounts(db: Database.Database): Record<string, number> {
  const tables = ["Participant", "Survey", "Assessment", "Score", "ParticipantScale", "Answer", "Review", "StatusEvent", "Contact"];
  return Object.fromEntries(tables.map((t) => [t, Number(db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get())]));
}

function fill(db: Database.Database, n: number, ids: { programmeId: string; organisationId: string; evaluatorId: string }) {
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  db.pragma("foreign_keys = OFF");
  db.pragma("cache_size = -262144");
  const random = rng(20_16 + n);
  // A fixed "now" would age badly (ended-before-today counts): dates are relative to today.
  const today = midnight(Date.now());
  const plan = defaultMeasurementPlan;
  const model = getProgressionModel(defaultProgressionPlan.modelId);
  if (!model) throw new Error("no default progression model");
  const areaIds = defaultProgressionPlan.areaIds;

  const ins = {
    organisation: db.prepare(`INSERT INTO Organisation (id, name, kind, createdAt) VALUES (?, ?, 'municipality', ?)`),
    programme: db.prepare(
      `INSERT INTO Programme (id, name, description, startsOn, reviewIntervalDays, measurementPlan, progressionPlan, erasure, createdAt) VALUES (?, 'Bench', '', ?, 28, '', '', 'anonymise', ?)`,
    ),
    programmeOrganisation: db.prepare(`INSERT INTO ProgrammeOrganisation (programmeId, organisationId) VALUES (?, ?)`),
    user: db.prepare(`INSERT INTO User (id, email, name, passwordHash, locale, createdAt) VALUES (?, ?, ?, 'not-a-hash', 'da', ?)`),
    membership: db.prepare(`INSERT INTO Membership (id, userId, organisationId, role, createdAt) VALUES (?, ?, ?, ?, ?)`),
    participant: db.prepare(
      `INSERT INTO Participant (id, code, organisationId, programmeId, mentorId, enrolledOn, endedOn, gender, birthYear, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    survey: db.prepare(
      `INSERT INTO Survey (id, participantId, respondentType, occasion, mode, status, tokenHash, shortCodeHash, expiresAt, openedAt, startedAt, submittedAt, createdAt) VALUES (?, ?, 'participant', ?, ?, 'submitted', ?, ?, ?, ?, ?, ?, ?)`,
    ),
    assessment: db.prepare(
      `INSERT INTO Assessment (id, participantId, surveyId, position, instrumentId, instrumentVersion, occasion, status, mode, submittedAt, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, 'submitted', ?, ?, ?)`,
    ),
    score: db.prepare(`INSERT INTO Score (id, assessmentId, scaleId, value, status, instrumentVersion, computedAt) VALUES (?, ?, ?, ?, 'complete', ?, ?)`),
    review: db.prepare(
      `INSERT INTO Review (id, participantId, authorId, reviewedOn, modelId, modelVersion, areaScores, note, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, ?)`,
    ),
    status: db.prepare(
      `INSERT INTO StatusEvent (id, participantId, occurredOn, status, hoursPerWeek, inProcess, note, authorId, createdAt) VALUES (?, ?, ?, ?, ?, ?, '', ?, ?)`,
    ),
    contact: db.prepare(`INSERT INTO Contact (id, participantId, occurredOn, kind, minutes, note, authorId, createdAt) VALUES (?, ?, ?, ?, ?, '', ?, ?)`),
  };

  const now = iso(Date.now());
  const mentors = ORGANISATIONS.map((_, k) => id("mnt", k));
  db.transaction(() => {
    ins.programme.run(ids.programmeId, iso(today - 1000 * DAY), now);
    ins.user.run(ids.evaluatorId, "evaluator@bench.skridt", "Bench Evaluator", now);
    ORGANISATIONS.forEach((name, k) => {
      const orgId = id("org", k);
      ins.organisation.run(orgId, name, now);
      ins.programmeOrganisation.run(ids.programmeId, orgId);
      ins.membership.run(id("mem", k), ids.evaluatorId, orgId, "evaluator", now);
      ins.user.run(mentors[k], `mentor${k}@bench.skridt`, `Mentor ${k}`, now);
      ins.membership.run(id("mem", 100 + k), mentors[k], orgId, "mentor", now);
    });
  })();

  let assessmentNo = 0;
  let scoreNo = 0;
  let reviewNo = 0;
  let statusNo = 0;
  let contactNo = 0;
  const BATCH = 5000;
  const writeBatch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const pid = id("par", i);
      const k = i % ORGANISATIONS.length;
      const mentorId = mentors[k] as string;
      const enrolled = today - random.int(200, 900) * DAY;
      const ended = random.next() < 0.85;
      const end = enrolled + random.int(160, 190) * DAY;
      const r = random.next();
      const gender = r < 0.6 ? "female" : r < 0.98 ? "male" : null;
      ins.participant.run(
        pid,
        `B${i.toString(36).toUpperCase().padStart(7, "0")}`,
        id("org", k),
        ids.programmeId,
        mentorId,
        iso(enrolled),
        ended ? iso(end) : null,
        gender,
        random.int(1960, 2004),
        iso(enrolled),
      );

      // Latent wellbeing, improving on average, so the scales correlate and change.
      const wStart = 0.2 + random.next() * 0.4;
      const wEnd = Math.min(1, Math.max(0, wStart + 0.12 + (random.next() - 0.5) * 0.3));
      for (const occasion of ["start", "end"] as const) {
        const at = occasion === "start" ? enrolled + 10 * 3_600_000 : end - random.int(0, 7) * DAY + 10 * 3_600_000;
        const sid = id(occasion === "start" ? "svs" : "sve", i);
        const mode = occasion === "start" ? "assisted" : "self";
        ins.survey.run(sid, pid, occasion, mode, hex(`t${sid}`), hex(`c${sid}`), iso(at + 14 * DAY), iso(at), iso(at), iso(at + 900_000), iso(at));
        const w = occasion === "start" ? wStart : wEnd;
        plan.occasions[occasion].forEach((instrumentId, position) => {
          const instrument = builtinInstruments[instrumentId];
          if (!instrument) throw new Error(`unknown instrument ${instrumentId}`);
          const aid = id("asm", assessmentNo++);
          ins.assessment.run(aid, pid, sid, position, instrumentId, instrument.version, occasion, mode, iso(at + 900_000), iso(at));
          for (const scale of instrument.scales) {
            const { min, max } = scale.range;
            const step = STEP[scale.id] ?? 1;
            const x = Math.min(1, Math.max(0, w + (random.next() - 0.5) * 0.45));
            const value = min + Math.round(((max - min) * (scale.higherIsBetter ? x : 1 - x)) / step) * step;
            ins.score.run(id("scr", scoreNo++), aid, scale.id, Math.min(max, value), instrument.version, iso(at + 900_000));
          }
        });
      }

      for (let j = 0; j < REVIEWS_PER_PARTICIPANT; j++) {
        const on = enrolled + (14 + 28 * j) * DAY;
        const scores: Record<string, { mentor: number }> = {};
        for (const areaId of areaIds) {
          const trend = (j / (REVIEWS_PER_PARTICIPANT - 1)) * (model.range.max - model.range.min) * 0.4;
          const v = Math.round(model.range.min + (model.range.max - model.range.min) * 0.35 + trend + (random.next() - 0.5) * 3);
          scores[areaId] = { mentor: Math.max(model.range.min, Math.min(model.range.max, v)) };
        }
        ins.review.run(
          id("rev", reviewNo++),
          pid,
          mentorId,
          iso(on),
          model.id,
          model.version,
          JSON.stringify(scores),
          iso(on + 12 * 3_600_000),
          iso(on + 12 * 3_600_000),
        );
      }

      // Status history: unemployed at enrolment, then for some an internship, a job or pension.
      const event = (daysIn: number, status: string, hours: number | null, inProcess = false) =>
        ins.status.run(
          id("sta", statusNo++),
          pid,
          iso(enrolled + daysIn * DAY),
          status,
          hours,
          inProcess ? 1 : 0,
          mentorId,
          iso(enrolled + daysIn * DAY + 3_600_000),
        );
      event(0, "unemployed", null);
      const path = random.next();
      if (path < 0.55) {
        event(random.int(30, 70), "internship", random.pick([6, 8, 10, 12]));
        if (path < 0.4)
          event(
            random.int(80, 110),
            random.next() < 0.75 ? "flexjob" : random.pick(["ordinary_job", "paid_hours", "wage_subsidy_job"]),
            random.pick([8, 10, 12, 15, 20]),
          );
      } else if (path < 0.65) {
        event(random.int(60, 150), "pension", null, random.next() < 0.5);
      } else if (path < 0.75) {
        event(random.int(40, 150), random.pick(["sick_leave", "parental_leave", "other_provider", "withdrawn"]), null);
      }

      for (let c = 0; c < CONTACTS_PER_PARTICIPANT; c++) {
        const x = random.next();
        const kind = x < 0.19 ? "meeting" : x < 0.36 ? "phone" : x < 0.56 ? "sms" : x < 0.68 ? "email" : x < 0.93 ? "company_contact" : "workplace_followup";
        const minutes =
          kind === "meeting" ? random.pick([30, 45, 60, 90]) : kind === "phone" || kind === "company_contact" ? random.pick([5, 10, 15, 20]) : null;
        const on = enrolled + random.int(0, 180) * DAY;
        ins.contact.run(id("con", contactNo++), pid, iso(on), kind, minutes, mentorId, iso(on + 3_600_000));
      }
    }
  });
  for (let from = 0; from < n; from += BATCH) writeBatch(from, Math.min(n, from + BATCH));
}
