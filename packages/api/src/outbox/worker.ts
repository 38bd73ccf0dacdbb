import { randomUUID } from "node:crypto";
import type { Db } from "@skridt/db";
import type { Transports } from "@skridt/messaging";
import { claimNext } from "./claim";
import { deliverClaimed, type TDeliveryResult } from "./deliver";
import type { TChannelStored } from "./kinds";
import { cancelClosedSurveyMessages, schedulePlanInvitations } from "./schedule";

export interface TOutboxRunOptions {
  transports: Transports;
  /** This process's name on the leases it takes. */
  owner: string;
  now?: () => Date;
  leaseMs?: number;
  /** Stop after this many messages (tests); the loop sends all that are due. */
  limit?: number;
}

export interface TOutboxRunResult {
  queued: number;
  swept: number;
  results: TDeliveryResult[];
}

function channelsOf(transports: Transports): TChannelStored[] {
  return [...(transports.email ? (["email"] as const) : []), ...(transports.sms ? (["sms"] as const) : [])];
}

/** One pass: queue what the plan makes due, cancel what closed, send everything due now. */
export async function runOutboxOnce(db: Db, options: TOutboxRunOptions): Promise<TOutboxRunResult> {
  const now = options.now ?? (() => new Date());
  const queued = await schedulePlanInvitations(db, now());
  const swept = await cancelClosedSurveyMessages(db, now());
  const results: TDeliveryResult[] = [];
  const channels = channelsOf(options.transports);
  while (results.length < (options.limit ?? Infinity)) {
    const at = now();
    const id = await claimNext(db, { owner: options.owner, now: at, leaseMs: options.leaseMs ?? 300_000, channels });
    if (!id) break;
    results.push(await deliverClaimed(db, options.transports, id, options.owner, at));
  }
  return { queued, swept, results };
}

export interface TOutboxWorker {
  /** Resolves when the current pass has finished; no new pass starts. */
  stop(): Promise<void>;
}

/**
 * The sender loop of one server process: a pass every `pollMs`. A pass that fails (database
 * briefly gone) is logged and the next one tries again. stop() waits for the pass in progress,
 * so SIGTERM never cuts a message between "sent" and its record.
 */
export function startOutboxWorker(
  db: Db,
  options: { transports: Transports; pollMs: number; leaseMs: number; log: { error(obj: unknown, msg: string): void; info(obj: unknown, msg: string): void } },
): TOutboxWorker {
  const owner = `${process.pid}-${randomUUID()}`;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const pass = async () => {
    try {
      const result = await runOutboxOnce(db, { transports: options.transports, owner, leaseMs: options.leaseMs });
      if (result.queued + result.swept + result.results.length > 0) {
        options.log.info({ queued: result.queued, swept: result.swept, results: result.results }, "outbox pass");
      }
    } catch (error) {
      options.log.error({ err: error }, "outbox pass failed");
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = pass().finally(schedule);
    }, options.pollMs);
  };
  running = pass().finally(schedule);

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
