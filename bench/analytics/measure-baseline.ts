// Child: the hand-written SQL baseline through better-sqlite3 (nothing of Skridt is loaded).
import Database from "better-sqlite3";
import { runBaseline } from "./baseline-sql";
import { childArgs, measure, report } from "./child";

const args = childArgs();
const db = new Database(args.file, { timeout: 10_000 });
db.pragma("journal_mode = WAL");
const result = await measure(args, () => runBaseline(db, { programmeId: args.programmeId, userId: args.evaluatorId, today: args.today }));
db.close();
report(result);
