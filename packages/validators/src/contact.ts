import { ZContact } from "@skridt/instruments/client";
import { z } from "zod";
import { ZString } from "./text";
import { ZId } from "./ids";
import { ZParticipantRef } from "./survey";

/** A contact in the participant's log; a company contact may name the company from the register. */
export const ZCreateContact = ZParticipantRef.extend(ZContact.shape).extend({
  // The note as ZContact has it, and well-formed (the instruments package's schema does not check that).
  note: ZString.trim().max(2000).optional(),
  companyId: ZId.optional(),
});

/** The contact form: ZContact's rules, with the number input's "" meaning "no minutes logged" and "" for no company. */
export const ZContactForm = z.object({
  occurredOn: ZContact.shape.occurredOn,
  kind: ZContact.shape.kind,
  minutes: z.union([z.literal(""), z.coerce.number().pipe(ZContact.shape.minutes.unwrap())]),
  note: ZString.trim().max(2000),
  companyId: ZString.max(64),
});
export type TContactForm = z.input<typeof ZContactForm>;
