// Participant rights and retention: erasure, the full record, the retention rule.
export { eraseParticipant, erasureModeOf, ERASURE_MODES, type ErasureMode, type ErasureResult } from "./erase";
export { applyRetention, dueForRetention, addMonths, type RetentionCandidate, type RetentionRun } from "./retention";
export { participantRecord, PARTICIPANT_RECORD_FORMAT, type ParticipantRecord } from "./participant-record";
