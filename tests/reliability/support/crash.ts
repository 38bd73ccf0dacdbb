// kill -9 of the real server while participants save answers, then a restart: every answer the
// server acknowledged (200) is stored, none twice, and the database is intact.
//
// Each simulated participant saves sequentially (like the app: one answer at a time) through
// its own link, cycling over the five WHO-5 items with a new clientMutationId and value each
// time. For every (assessment, item) we keep the order of the saves sent and the last one
// acknowledged. After the kill the stored save must be the last acknowledged one or one sent
// after it (a save in flight at the kill may or may not have committed; it was never
// acknowledged, so either is right).
import { checkSqliteFile, createDb, type DbConfig } from "@skridt/db";
import { createOpenSurveys, databaseUrl, startCliServer, trpcGet, trpcPost, type CliServer } from "./fixtures";

export interface CrashStats {
  rounds: number;
  acknowledged: number;
  inFlightAtKill: number;
  /** Per round: acknowledged saves before the kill. */
  perRound: number[];
}

interface Participant {
  token: string;
  assessmentId: string;
}

export async function crashRounds(
  config: DbConfig,
  opts: { rounds: number; participants: number; minLoadMs: number; maxLoadMs: number; log?: (line: string) => void },
): Promise<CrashStats> {
  const log = opts.log ?? (() => undefined);
  const setup = await createDb(config);
  const { surveys } = await createOpenSurveys(setup, opts.participants, "Crash");
  const participants: Participant[] = [];
  for (const survey of surveys) {
    const who5 = await setup.assessment.findFirstOrThrow({ where: { surveyId: survey.surveyId, instrumentId: "who5" }, select: { id: true } });
    participants.push({ token: survey.token, assessmentId: who5.id });
  }
  await setup.$disconnect();

  /** key "assessmentId/itemId" -> clientMutationIds in the order sent, and the index of the last acknowledged. */
  const sent = new Map<string, string[]>();
  const lastAcked = new Map<string, number>();
  const stats: CrashStats = { rounds: 0, acknowledged: 0, inFlightAtKill: 0, perRound: [] };
  const env = { DATABASE_URL: databaseUrl(config), DATA_DIR: "/nonexistent-skridt-data" };

  let server: CliServer = await startCliServer(env);
  try {
    for (let round = 1; round <= opts.rounds; round++) {
      let stop = false;
      let acknowledged = 0;
      let inFlight = 0;
      const loops = participants.map(async (p, index) => {
        for (let n = 0; !stop; n++) {
          const itemId = `who5_${(n % 5) + 1}`;
          const key = `${p.assessmentId}/${itemId}`;
          const clientMutationId = `r${round}-p${index}-n${n}`.padEnd(8, "0");
          const list = sent.get(key) ?? [];
          list.push(clientMutationId);
          sent.set(key, list);
          inFlight++;
          try {
            const response = await trpcPost(server.base, "take.saveAnswer", {
              token: p.token,
              instrumentId: "who5",
              itemId,
              value: (n + index + round) % 6,
              clientMutationId,
              answeredAt: new Date().toISOString(),
            });
            inFlight--;
            if (response.status !== 200) throw new Error(`save answered ${response.status}: ${await response.text()}`);
            await response.arrayBuffer().catch(() => undefined);
            lastAcked.set(key, list.length - 1);
            acknowledged++;
          } catch (error) {
            // The kill cuts the connection; anything else before the kill is a failure.
            if (!stop) throw error;
            return;
          }
        }
      });
      const loopsDone = Promise.allSettled(loops);
      const loadMs = opts.minLoadMs + Math.floor(Math.random() * (opts.maxLoadMs - opts.minLoadMs));
      // Kill at a random moment once the saves flow (the first requests of a fresh process are slow).
      const flowing = (async () => {
        while (acknowledged < opts.participants && !stop) await new Promise((resolve) => setTimeout(resolve, 20));
        await new Promise((resolve) => setTimeout(resolve, loadMs));
        return null;
      })();
      const early = await Promise.race([flowing, loopsDone]);
      if (early)
        throw new Error(`a save failed before the kill: ${JSON.stringify((early as PromiseSettledResult<void>[]).find((r) => r.status === "rejected"))}`);
      stop = true;
      await server.kill9();
      const settled = await loopsDone;
      const failed = settled.find((r) => r.status === "rejected");
      if (failed) throw new Error(`a save failed: ${String((failed as PromiseRejectedResult).reason)}`);
      stats.inFlightAtKill += inFlight;
      stats.acknowledged += acknowledged;
      stats.perRound.push(acknowledged);
      if (acknowledged === 0) throw new Error(`round ${round}: no save was acknowledged before the kill`);

      await verify(config, sent, lastAcked);
      server = await startCliServer(env);
      // The restarted server serves the answers too.
      const open = await trpcGet(server.base, "take.open", { token: participants[0]!.token });
      if (open.status !== 200) throw new Error(`take.open after restart answered ${open.status}`);
      stats.rounds++;
      log(
        `round ${round}: ${acknowledged} acknowledged saves, ${inFlight} in flight at kill -9 ${loadMs} ms after the saves began to flow; all acknowledged answers stored, none twice, database intact`,
      );
    }
  } finally {
    await server.stop();
  }
  return stats;
}

async function verify(config: DbConfig, sent: Map<string, string[]>, lastAcked: Map<string, number>) {
  // Opening SQLite after the kill replays (or discards) its write-ahead log, as the server's next start will.
  if (config.engine === "sqlite") checkSqliteFile(config.url);
  const db = await createDb(config);
  try {
    if (config.engine === "sqlite") {
      const [row] = await db.$queryRawUnsafe<{ integrity_check: string }[]>("PRAGMA integrity_check");
      if (row?.integrity_check !== "ok") throw new Error(`integrity_check: ${JSON.stringify(row)}`);
    }
    const answers = await db.answer.findMany({
      where: { assessmentId: { in: [...new Set([...sent.keys()].map((k) => k.split("/")[0]!))] } },
      select: { assessmentId: true, itemId: true, clientMutationId: true },
    });
    const stored = new Map<string, string[]>();
    for (const a of answers) {
      const key = `${a.assessmentId}/${a.itemId}`;
      stored.set(key, [...(stored.get(key) ?? []), a.clientMutationId ?? ""]);
    }
    const problems: string[] = [];
    for (const [key, rows] of stored) if (rows.length > 1) problems.push(`${key} stored ${rows.length} times`);
    for (const [key, list] of sent) {
      const acked = lastAcked.get(key);
      const rows = stored.get(key) ?? [];
      if (acked === undefined) continue;
      const at = rows.length === 1 ? list.indexOf(rows[0]!) : -1;
      if (at < acked) problems.push(`${key}: acknowledged ${list[acked]} but stored ${rows[0] ?? "nothing"}`);
    }
    if (problems.length > 0) throw new Error(`after kill -9: ${problems.length} problems, e.g. ${problems.slice(0, 5).join("; ")}`);
  } finally {
    await db.$disconnect();
  }
}
