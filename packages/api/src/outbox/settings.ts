import { DAYTIME, type THours } from "@skridt/messaging";

/**
 * What this server process knows about sending, set once at start (apps/server/src/outbox-worker.ts).
 * The API reads it to decide whether to queue a message that carries a token made by a person
 * (a staff invitation): without a transport that token would wait in clear for nothing.
 */
export interface TOutboxSettings {
  /** Channels with a transport in this process. */
  channels: { email: boolean; sms: boolean };
  /** Where links in messages point: the server's public address, no trailing slash. */
  publicUrl: string;
  /** When messages to respondents may go out (Copenhagen time). */
  hours: THours;
}

let settings: TOutboxSettings = { channels: { email: false, sms: false }, publicUrl: "http://localhost:3000", hours: DAYTIME };

export function configureOutbox(next: TOutboxSettings): void {
  settings = { ...next, publicUrl: next.publicUrl.replace(/\/+$/, "") };
}

export function outboxSettings(): TOutboxSettings {
  return settings;
}
