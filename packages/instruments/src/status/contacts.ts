import { z } from "zod";
import type { TLocalizedText } from "../text";
import { ZIsoDate } from "./iso-date";

export const CONTACT_KIND_CODES = ["meeting", "phone", "sms", "email", "company_contact", "workplace_followup"] as const;
export type TContactKind = (typeof CONTACT_KIND_CODES)[number];

/**
 * Seed 001 reports contacts in three groups: physical meetings with the participant,
 * contacts to the participant "via telefon, SMS og mail", and contacts to companies
 * ("både i forhold til afsøgning af job og som opfølgning for at sikre fastholdelse").
 * The channel keeps those totals reproducible.
 */
export type TContactChannel = "in_person" | "remote" | "company";

export type TContactKindDefinition = { code: TContactKind; label: TLocalizedText; channel: TContactChannel };

const kind = (code: TContactKind, da: string, en: string, channel: TContactChannel): TContactKindDefinition => ({
  code,
  label: { da, en },
  channel,
});

export const CONTACT_KINDS: Readonly<Record<TContactKind, TContactKindDefinition>> = {
  meeting: kind("meeting", "Fysisk møde", "Meeting in person", "in_person"),
  phone: kind("phone", "Telefon", "Phone", "remote"),
  sms: kind("sms", "SMS", "Text message", "remote"),
  email: kind("email", "E-mail", "E-mail", "remote"),
  company_contact: kind("company_contact", "Virksomhedskontakt", "Company contact", "company"),
  workplace_followup: kind("workplace_followup", "Opfølgning på arbejdspladsen", "Follow-up at the workplace", "company"),
};

export const ZContactKind = z.enum(CONTACT_KIND_CODES);

/** One registered contact. Minutes are optional: an SMS or a short call has none worth logging. */
export const ZContact = z.strictObject({
  occurredOn: ZIsoDate,
  kind: ZContactKind,
  minutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .optional(),
  note: z.string().trim().max(2000).optional(),
});
export type TContact = z.infer<typeof ZContact>;

export type TContactTotals = {
  total: number;
  minutes: number;
  byKind: Record<TContactKind, number>;
  byChannel: Record<TContactChannel, number>;
};

/** Counts as in seed 001's contact registration; `minutes` sums only contacts that have minutes. */
export function contactTotals(contacts: readonly TContact[]): TContactTotals {
  const byKind = Object.fromEntries(CONTACT_KIND_CODES.map((k) => [k, 0])) as Record<TContactKind, number>;
  const byChannel: Record<TContactChannel, number> = { in_person: 0, remote: 0, company: 0 };
  let minutes = 0;
  for (const c of contacts) {
    byKind[c.kind]++;
    byChannel[CONTACT_KINDS[c.kind].channel]++;
    minutes += c.minutes ?? 0;
  }
  return { total: contacts.length, minutes, byKind, byChannel };
}
