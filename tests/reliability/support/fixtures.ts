// Shared by the reliability tests and the security-* integration tests: programmes with open
// questionnaires, row counts of every table, and the real CLI server in its own process.
import type { ChildProcess } from "node:child_process";
import { join } from "node:path";
import { createSurvey, newParticipantCode } from "@skridt/api";
import type { Db, DbConfig } from "@skridt/db";
import { repoRoot, spawnTs } from "../../support/run-ts";

export const cliPath = join(repoRoot, "apps", "server", "src", "cli.ts");

export interface OpenSurvey {
  participantId: string;
  surveyId: string;
  token: string;
  shortCode: string;
}

/** One organisation and programme (the default plan) with `count` participants, each with an open start questionnaire. */
export async function createOpenSurveys(db: Db, count: number, name = "Reliability") {
  const programme = await db.programme.create({ data: { name: `${name} programme`, startsOn: new Date() } });
  const organisation = await db.organisation.create({ data: { name: `${name} org`, kind: "municipality" } });
  await db.programmeOrganisation.create({ data: { programmeId: programme.id, organisationId: organisation.id } });
  const surveys: OpenSurvey[] = [];
  for (let i = 0; i < count; i++) {
    const participant = await db.participant.create({
      data: { code: newParticipantCode(), organisationId: organisation.id, programmeId: programme.id, enrolledOn: new Date() },
      select: { id: true },
    });
    const survey = await createSurvey(db, { participantId: participant.id, occasion: "start", mode: "self", createdById: null });
    surveys.push({ participantId: participant.id, surveyId: survey.surveyId, token: survey.token, shortCode: survey.shortCode });
  }
  return { programmeId: programme.id, organisationId: organisation.id, surveys };
}

/** The tables of the database (the migrations ledger included), sorted. */
export async function tableNames(db: Db): Promise<string[]> {
  const rows =
    db.engine === "postgresql"
      ? await db.$queryRawUnsafe<{ name: string }[]>("SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
      : await db.$queryRawUnsafe<{ name: string }[]>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
  return rows.map((r) => r.name);
}

/** Rows per table, in one statement (cheap enough to run around every fuzzed call). */
export async function rowCounts(db: Db, tables?: string[]): Promise<Record<string, number>> {
  const names = tables ?? (await tableNames(db));
  const select = names.map((name, i) => `(SELECT count(*) FROM "${name}") AS c${i}`).join(", ");
  const [row] = await db.$queryRawUnsafe<Record<string, number | bigint | string>[]>(`SELECT ${select}`);
  return Object.fromEntries(names.map((name, i) => [name, Number(row?.[`c${i}`] ?? 0)]));
}

/** DATABASE_URL for the CLI from a test database's config. */
export function databaseUrl(config: DbConfig): string {
  return config.engine === "sqlite" ? `file:${config.url}` : config.url;
}

export interface CliServer {
  base: string;
  child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** SIGKILL: no shutdown hook runs. */
  kill9(): Promise<void>;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<void>;
}

/** `skridt start` in its own process; resolves once it reports healthy with its URL. */
export async function startCliServer(env: Record<string, string>, timeoutMs = 60_000): Promise<CliServer> {
  const child = spawnTs(cliPath, ["start"], { ...process.env, PORT: "0", HOST: "127.0.0.1", SEED_DEMO: "false", LOG_LEVEL: "warn", ...env });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += String(chunk)));
  child.stderr?.on("data", (chunk) => (output += String(chunk)));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const check = () => {
      const match = /Sundhed \/ health:\s+(http:\/\/\S+)\/healthz/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!.replace("localhost", "127.0.0.1"));
      }
    };
    child.stdout?.on("data", check);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code ?? signal}) before it was ready:\n${output}`));
    });
  });
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    await exited;
  };
  return { base, child, output: () => output, kill9: () => end("SIGKILL"), stop: () => end("SIGTERM") };
}

/** POST a tRPC mutation the way the apps do (JSON, same origin). */
export function trpcPost(base: string, path: string, input: unknown, headers: Record<string, string> = {}) {
  return fetch(`${base}/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base, ...headers },
    body: JSON.stringify(input),
  });
}

/** GET a tRPC query. */
export function trpcGet(base: string, path: string, input: unknown, headers: Record<string, string> = {}) {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  return fetch(`${base}/trpc/${path}${query}`, { headers });
}
