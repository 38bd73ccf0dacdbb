import { z } from "zod";
import { ZString } from "./text";
import { ZId } from "./ids";
import { ZOrgScope } from "./roles";

/** A first name only: letters, with spaces, hyphens or apostrophes inside ("Anne-Marie"); no surname is asked for. */
export const ZFirstName = ZString.trim()
  .max(40)
  .regex(/^(\p{L}+([ '-]\p{L}+)?)?$/u, { message: "first_name_only" })
  .optional()
  .transform((v) => (v ? v : null));

/** Whether a typed first name passes ZFirstName (the send pages check each row as it is typed). */
export const isFirstName = (value: string) => ZFirstName.safeParse(value).success;

/** Employer questionnaires for a batch of companies, each with its own link. */
export const ZCreateForCompanies = ZOrgScope.extend({
  programmeId: ZId,
  companyIds: z.array(ZId).min(1).max(200),
  instrumentId: ZId.default("virksomhedsskema"),
  /** companyId → the participant the questionnaire is about (mentors and administrators only). */
  aboutParticipantIds: z.record(ZId, ZId).optional(),
  /** A first name shown to every company in this batch, or per company below. */
  aboutFirstName: ZFirstName,
  aboutFirstNames: z.record(ZId, ZFirstName).optional(),
});
export type TCreateForCompanies = z.input<typeof ZCreateForCompanies>;

/** The "Frivillig mentor" feedback form for one volunteer. */
export const ZCreateForVolunteer = ZOrgScope.extend({
  programmeId: ZId,
  volunteerId: ZId,
  instrumentId: ZId.default("frivillig-mentor"),
  aboutParticipantId: ZId.optional(),
  aboutFirstName: ZFirstName,
});
export type TCreateForVolunteer = z.input<typeof ZCreateForVolunteer>;
