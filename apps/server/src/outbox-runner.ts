import { configureOutbox, startOutboxWorker } from "@skridt/api/outbox";
import type { Db } from "@skridt/db";
import type { FastifyBaseLogger } from "fastify";
import type { TMessagingConfig } from "./messaging-config";

export type { TMessagingConfig } from "./messaging-config";

/**
 * Starts this process's sender loop once the database is ready. Every process runs one: the
 * outbox's leases let any number share the work without sending a message twice.
 */
export function startMessaging(db: Db, config: TMessagingConfig, log: FastifyBaseLogger) {
  configureOutbox({
    channels: { email: Boolean(config.transports.email), sms: Boolean(config.transports.sms) },
    publicUrl: config.publicUrl,
    hours: config.hours,
  });
  const channels = Object.keys(config.transports);
  log.info({ channels, hours: config.hours }, channels.length ? "messages: sending" : "messages: no SMTP or SMS configured, messages wait in the outbox");
  const worker = startOutboxWorker(db, { transports: config.transports, pollMs: config.pollMs, leaseMs: config.leaseMs, log });
  return {
    async stop() {
      await worker.stop();
      config.transports.email?.close?.();
    },
  };
}
