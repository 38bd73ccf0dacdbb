// (b) Answer saves per second and their latency at 100 concurrent connections on loopback:
// the real Skridt server (in this process, its own SQLite file) beside the bare baseline.
// The load comes from load.mjs in a child process, so client and server never share an
// event loop; the two servers are loaded alternately, one at a time.
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createSurvey, newParticipantCode } from "@skridt/api";
import { resolveDbConfig } from "@skridt/db";
import { createServer, type SkridtServer } from "@skridt/server";
import { webAppDirs } from "@skridt/server/env";

const here = dirname(fileURLToPath(import.meta.url));

export interface LoadResult {
  requestsPerSecond: number;
  requestsTotal: number;
  latency: { p50: number; p90: number; p99: number; max: number; mean: number };
  duration: number;
  ok2xx: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  sent: number;
  applied: number;
}

export interface Skridt {
  server: SkridtServer;
  url: string;
  tokens: string[];
  /** PRAGMA synchronous on Skridt's connection (0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA). */
  synchronous: number;
}

/** The real server, migrated, with one programme, one organisation and `surveys` participants each with an open start questionnaire. */
export async function startSkridt(opts: { dataDir: string; surveys: number; webAppDirs?: { participant: string; staff: string } }): Promise<Skridt> {
  const server = await createServer({
    db: resolveDbConfig({ dataDir: opts.dataDir }),
    port: 0,
    host: "127.0.0.1",
    trustProxy: false,
    logLevel: "warn",
    webAppDirs: opts.webAppDirs ?? webAppDirs,
  });
  const url = await server.start();
  const db = server.db;
  const programme = await db.programme.create({ data: { name: "Bench", startsOn: new Date() } });
  const organisation = await db.organisation.create({ data: { name: "Jobcenter Bench", kind: "municipality" } });
  await db.programmeOrganisation.create({ data: { programmeId: programme.id, organisationId: organisation.id } });
  const tokens: string[] = [];
  for (let i = 0; i < opts.surveys; i++) {
    const participant = await db.participant.create({
      data: { code: newParticipantCode(), organisationId: organisation.id, programmeId: programme.id, enrolledOn: new Date() },
      select: { id: true },
    });
    const survey = await createSurvey(db, { participantId: participant.id, occasion: "start", mode: "self", createdById: null });
    const who5 = await db.assessment.count({ where: { surveyId: survey.surveyId, instrumentId: "who5" } });
    if (who5 !== 1) throw new Error("the default plan's start questionnaire has no WHO-5: the benchmark needs updating");
    tokens.push(survey.token);
  }
  const [row] = await db.$queryRawUnsafe<{ synchronous: number | bigint }[]>("PRAGMA synchronous");
  return { server, url, tokens, synchronous: Number(row?.synchronous) };
}

/** Runs load.mjs against one server and returns autocannon's figures. */
export function load(opts: { url: string; path: string; tokens: string[]; connections: number; duration: number; tag: string }): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(here, "load.mjs"), JSON.stringify(opts)], { cwd: here, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`load generator exited ${code}: ${stderr}`));
      try {
        resolve(JSON.parse(stdout) as LoadResult);
      } catch {
        reject(new Error(`load generator printed no result: ${stdout}\n${stderr}`));
      }
    });
  });
}
