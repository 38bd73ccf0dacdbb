import { ZString } from "./text";

/** Why a submitted answer or an old review is changed: kept in the audit trail beside the change. */
export const CHANGE_REASON_MIN = 3;
export const CHANGE_REASON_MAX = 500;
export const ZChangeReason = ZString.trim().min(CHANGE_REASON_MIN).max(CHANGE_REASON_MAX);
