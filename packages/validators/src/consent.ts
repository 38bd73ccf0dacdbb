// Consent: what a participant agreed to, the version of the text they were given, and how.
import { z } from "zod";
import { ZDay } from "./participant";
import { ZParticipantRef } from "./survey";
import { ZOrgScope } from "./roles";
import { ZString } from "./text";

/** What a participant can consent to (the same list as the privacy page's consent record). */
export const CONSENT_KIND_CODES = ["participation", "questionnaires", "sharing_with_jobcentre", "followup_contact"] as const;
export const ZConsentKind = z.enum(CONSENT_KIND_CODES);
export type TConsentKind = z.infer<typeof ZConsentKind>;

/** How the consent was given: signed on paper, said aloud to the mentor, or ticked in the app. */
export const CONSENT_METHODS = ["paper", "oral", "app"] as const;
export const ZConsentMethod = z.enum(CONSENT_METHODS);
export type TConsentMethod = z.infer<typeof ZConsentMethod>;

export const ZConsentTextVersion = ZString.trim().min(1).max(64);

/** Records one or more consents given on one occasion (at creation, or later on the participant page). */
export const ZRecordConsents = ZParticipantRef.extend({
  kinds: z.array(ZConsentKind).min(1).max(CONSENT_KIND_CODES.length),
  textVersion: ZConsentTextVersion,
  method: ZConsentMethod,
  givenOn: ZDay,
});

/** The consent part of the new-participant form: given now, or pending (asked later). */
export const ZConsentAtCreation = z.discriminatedUnion("status", [
  z.object({
    status: z.literal("given"),
    kinds: z.array(ZConsentKind).min(1, "consent_kinds_required"),
    textVersion: ZConsentTextVersion,
    method: ZConsentMethod,
  }),
  z.object({ status: z.literal("pending") }),
]);
export type TConsentAtCreation = z.infer<typeof ZConsentAtCreation>;

export const ZConsentCaseload = ZOrgScope;
