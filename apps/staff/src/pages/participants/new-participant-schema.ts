import { ZConsentAtCreation } from "@skridt/validators";
import { ZParticipantForm } from "../../forms/schemas";

/** The new-participant form: the participant's details and their consent, given now or pending. */
export const ZNewParticipantForm = ZParticipantForm.extend({ consent: ZConsentAtCreation });
