// The demo seed makes thousands of small queries one after another. On SQLite each is a
// synchronous call whose promise resolves without a turn of the event loop, so for the ~15 s of
// the seed the server could accept connections but answer none of them (not even /healthz).
// The seed gets a client that lets the event loop run before every query, so requests are
// answered ("starting") while it runs; it costs a few milliseconds in all.
import type { Db } from "@skridt/db";

const turnOfTheEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export function yieldingDb(db: Db): Db {
  const extended = db.$extends({
    query: {
      async $allOperations({ args, query }) {
        await turnOfTheEventLoop();
        return query(args);
      },
    },
  });
  // The extension keeps the model API; the engine and the bulk reader are the client's own.
  return Object.assign(extended, { engine: db.engine, bulk: db.bulk }) as unknown as Db;
}
