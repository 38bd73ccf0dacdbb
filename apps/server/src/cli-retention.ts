// `skridt retention [--dry-run]`: erases every participant whose programme's retention period
// has run out since they ended (endedOn + retentionMonths), with the programme's erasure
// setting ("anonymise" or "delete"), through the same function as the staff app's erasure.
// Each erasure is audited (actor: none, detail.reason "retention"). Meant for a daily cron job.
import type { Command } from "commander";
import type { DbConfigOf } from "./cli-db";

export function registerRetentionCommand(program: Command, dbConfigOf: DbConfigOf) {
  program
    .command("retention")
    .description("erase participants whose programme's retention period has passed since they ended")
    .option("--dry-run", "list who would be erased, change nothing")
    .action(async (opts: { dryRun?: boolean }) => {
      const [{ applyRetention }, { createDb, migrate }, dbConfig] = await Promise.all([import("@skridt/api/privacy"), import("@skridt/db"), dbConfigOf()]);
      await migrate(dbConfig);
      const db = await createDb(dbConfig);
      try {
        const run = await applyRetention(db, { dryRun: opts.dryRun ?? false });
        const verb = run.dryRun ? "would erase" : "erased";
        for (const p of run.due) {
          const done = run.erased.find((e) => e.participantId === p.participantId);
          const counts = done
            ? ` (${
                Object.entries(done.counts)
                  .filter(([, n]) => n > 0)
                  .map(([k, n]) => `${k} ${n}`)
                  .join(", ") || "nothing else held"
              })`
            : "";
          console.log(`${verb} ${p.code}  ${p.programmeName}  ended ${p.endedOn}, due ${p.eraseFrom}: ${p.mode}${counts}`);
        }
        console.log(run.due.length === 0 ? "nobody is due for erasure" : `${run.dryRun ? "dry run: " : ""}${verb} ${run.due.length} participant(s)`);
      } finally {
        await db.$disconnect();
      }
    });
}
