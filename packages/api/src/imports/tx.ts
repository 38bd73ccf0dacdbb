import type { Db } from "@skridt/db";

/** A transaction's client, as `db.$transaction(async (tx) => …)` passes it. */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends" | "engine" | "bulk">;
