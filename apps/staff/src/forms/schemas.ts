import { ZAcceptInvitation, ZCreateParticipant, ZCreateProgramme, ZInviteUser } from "@skridt/validators";
import { z } from "zod";

// The API's own schemas (@skridt/validators), minus what the page fills in itself
// (organisation, token), so the browser validates exactly as the server will.

export const ZParticipantForm = ZCreateParticipant.omit({ organisationId: true });
export const ZProgrammeForm = ZCreateProgramme.omit({ organisationId: true });
export const ZInviteForm = ZInviteUser.omit({ organisationId: true });

/** The new password twice; the mismatch message is set by the page in its language. */
export function passwordFormSchema(mismatch: string) {
  return ZAcceptInvitation.pick({ password: true })
    .extend({ confirm: z.string() })
    .refine((v) => v.password === v.confirm, { path: ["confirm"], message: mismatch });
}
