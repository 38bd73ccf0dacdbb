import type { SmsTransport, TOutgoingSms, TSent } from "./transport";

export interface TSmsGatewayConfig {
  /** The gateway's send endpoint, e.g. https://sms.example.dk/api/messages. */
  url: string;
  /** The API key, sent as "Authorization: Bearer <key>". */
  key: string;
  /** The sender name or number shown on the phone (at most 11 letters or a number). */
  sender: string;
  /** How long to wait for the gateway before the attempt counts as failed. */
  timeoutMs?: number;
}

/**
 * SMS through an HTTP gateway: one POST per message with JSON
 * `{ "to": "+4512345678", "from": sender, "text": "...", "reference": "<outbox id>" }`.
 * A 2xx answer with JSON `{ "id": "..." }` is success; anything else is an error the outbox
 * retries. The reference is the same on every retry, so a gateway that deduplicates by client
 * reference (most do) never delivers one message twice. Another provider is one file like
 * this one returning an SmsTransport (see README, "Messages").
 */
export function smsGatewayTransport(config: TSmsGatewayConfig): SmsTransport {
  return {
    async sendSms(message: TOutgoingSms): Promise<TSent> {
      const response = await fetch(config.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${config.key}` },
        body: JSON.stringify({ to: normaliseDanishPhone(message.to), from: config.sender, text: message.text, reference: message.reference }),
        signal: AbortSignal.timeout(config.timeoutMs ?? 15_000),
      });
      const body = await response.text();
      if (!response.ok) throw new Error(`SMS gateway answered ${response.status}: ${body.slice(0, 200)}`);
      let id: unknown;
      try {
        id = (JSON.parse(body) as { id?: unknown }).id;
      } catch {
        id = undefined;
      }
      return { providerMessageId: typeof id === "string" || typeof id === "number" ? String(id) : message.reference };
    },
  };
}

/** "12 34 56 78", "+45 1234 5678", "004512345678" -> "+4512345678"; other countries keep their prefix. */
export function normaliseDanishPhone(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, "");
  if (digits.startsWith("+")) return digits;
  if (digits.startsWith("00")) return `+${digits.slice(2)}`;
  if (digits.length === 8) return `+45${digits}`;
  return digits;
}
