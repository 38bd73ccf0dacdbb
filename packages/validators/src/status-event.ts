import { ZStatusEvent } from "@skridt/instruments/client";
import { z } from "zod";
import { ZString } from "./text";
import { ZId } from "./ids";
import { ZParticipantRef } from "./survey";

/** A status change (internship, job, sick leave ...) with an optional note and the company it is with. */
export const ZCreateStatusEvent = ZParticipantRef.extend({
  event: ZStatusEvent,
  note: ZString.trim().max(1000).default(""),
  companyId: ZId.optional(),
  /** The mentor has seen that the participant already has this status on this day and means it. */
  confirmSameDay: z.boolean().default(false),
});
