import { z } from "zod";
import { ZString } from "./text";
import { ZId } from "./ids";
import { ZOrgScope } from "./roles";

// The company register and the register of volunteer mentors. The server's and the form's
// rules are the same schemas: a field left empty in a form ("") is stored as null.

const optionalText = (max: number) =>
  ZString.trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : null));

/** CVR: the Danish business register number, 8 digits (spaces allowed when typed). */
export const ZCvr = ZString.trim()
  .optional()
  .transform((v) => (v ? v.replace(/\s+/g, "") : null))
  .refine((v) => v === null || /^\d{8}$/.test(v), { message: "cvr_invalid" });

/** An optional e-mail address of a contact person ("" or absent: none). */
export const ZOptionalEmail = ZString.trim()
  .max(200)
  .optional()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || z.email().safeParse(v).success, { message: "email_invalid" });

export const ZCompanyFields = z.object({
  name: ZString.trim().min(1).max(200),
  cvr: ZCvr,
  contactName: optionalText(200),
  email: ZOptionalEmail,
  phone: optionalText(40),
});
export type TCompanyFields = z.input<typeof ZCompanyFields>;

export const ZVolunteerFields = z.object({
  name: ZString.trim().min(1).max(200),
  email: ZOptionalEmail,
  phone: optionalText(40),
});
export type TVolunteerFields = z.input<typeof ZVolunteerFields>;

export const ZCompanyRef = ZOrgScope.extend({ companyId: ZId });
export const ZVolunteerRef = ZOrgScope.extend({ volunteerId: ZId });
export const ZCreateCompany = ZOrgScope.extend(ZCompanyFields.shape);
export const ZUpdateCompany = ZCompanyRef.extend(ZCompanyFields.shape);
export const ZCreateVolunteer = ZOrgScope.extend(ZVolunteerFields.shape);
export const ZUpdateVolunteer = ZVolunteerRef.extend(ZVolunteerFields.shape);
