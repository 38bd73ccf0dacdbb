import type { Db } from "@skridt/db";
import { isDaytime } from "@skridt/messaging";
import type { TChannelStored } from "./kinds";
import { outboxSettings } from "./settings";

export interface TClaimOptions {
  owner: string;
  now: Date;
  leaseMs: number;
  channels: TChannelStored[];
}

const leaseFree = (now: Date) => [{ leaseExpiresAt: null }, { leaseExpiresAt: { lt: now } }];

/**
 * Takes the next due message for this process, or null. The claim is one conditional UPDATE
 * (still pending, lease free or expired): when two processes race for a row, the database lets
 * exactly one update it (PostgreSQL re-checks the condition on the locked row; SQLite has one
 * writer), so no message is taken twice. A process killed after claiming leaves the lease to
 * expire; the row is then taken again. Outside Danish daytime only staff invitations go out.
 */
export async function claimNext(db: Db, options: TClaimOptions): Promise<string | null> {
  if (options.channels.length === 0) return null;
  const respondentsToo = isDaytime(options.now, outboxSettings().hours);
  const candidates = await db.message.findMany({
    where: {
      status: "pending",
      dueAt: { lte: options.now },
      channel: { in: options.channels },
      ...(respondentsToo ? {} : { kind: "staff_invitation" }),
      OR: leaseFree(options.now),
    },
    orderBy: { dueAt: "asc" },
    take: 5,
    select: { id: true },
  });
  for (const { id } of candidates) {
    const { count } = await db.message.updateMany({
      where: { id, status: "pending", OR: leaseFree(options.now) },
      data: { leaseOwner: options.owner, leaseExpiresAt: new Date(options.now.getTime() + options.leaseMs), attempts: { increment: 1 } },
    });
    if (count === 1) return id;
  }
  return null;
}
