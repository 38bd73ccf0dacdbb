import { ENTRY_MODES, type TEntryMode } from "@skridt/validators";

/** The mode in the address (/fill/assisted), or null for anything else. */
export function asEntryMode(value: string | undefined): TEntryMode | null {
  return ENTRY_MODES.find((mode) => mode === value) ?? null;
}

/** Where a participant's survey is filled in by the mentor, in the given mode. */
export function entryPath(participantId: string, surveyId: string, mode: TEntryMode): string {
  return `/participants/${participantId}/surveys/${surveyId}/fill/${mode}`;
}

/** Navigation state the participant page reads to say the questionnaire was sent. */
export interface EntrySentState {
  entrySent?: string;
}

/** How a mentor fills in a survey created for this mode: by phone or from paper if so planned, otherwise beside the participant. */
export function entryModeFor(surveyMode: string): TEntryMode {
  return surveyMode === "phone" || surveyMode === "paper" ? surveyMode : "assisted";
}
