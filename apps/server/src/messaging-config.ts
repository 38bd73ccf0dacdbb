import { parseHours, smsGatewayTransport, smtpTransport, type THours, type Transports } from "@skridt/messaging";
import type { Env } from "./env";

export interface TMessagingConfig {
  transports: Transports;
  publicUrl: string;
  hours: THours;
  pollMs: number;
  leaseMs: number;
}

/**
 * The transports this process sends with, from the environment. Neither is required: without
 * SMTP_URL (or the SMS gateway settings) messages on that channel wait in the outbox, where
 * staff see them on the participant's page.
 */
export function messagingConfig(env: Env): TMessagingConfig {
  const transports: Transports = {};
  if (env.SMTP_URL) transports.email = smtpTransport({ url: env.SMTP_URL, from: env.SMTP_FROM, ...(env.SMTP_REPLY_TO ? { replyTo: env.SMTP_REPLY_TO } : {}) });
  if (env.SMS_GATEWAY_URL) {
    if (!env.SMS_GATEWAY_KEY) throw new Error("Invalid environment: SMS_GATEWAY_KEY is needed with SMS_GATEWAY_URL");
    transports.sms = smsGatewayTransport({ url: env.SMS_GATEWAY_URL, key: env.SMS_GATEWAY_KEY, sender: env.SMS_SENDER });
  }
  return {
    transports,
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
    hours: parseHours(env.MESSAGE_HOURS),
    pollMs: env.MESSAGE_POLL_SECONDS * 1000,
    leaseMs: env.MESSAGE_LEASE_SECONDS * 1000,
  };
}
