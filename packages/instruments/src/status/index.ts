// Status events, contacts and what is derived from them (current status, periods,
// durations, employment relations). Pure: dates are ISO strings, nothing reads a clock
// except the optional default of currentStatus.
export { STATUS_CODES, STATUSES, STATUS_GROUPS, isStatusCode, type TStatusCode, type TStatusDefinition, type TStatusGroup } from "./catalogue";
export {
  CONTACT_KIND_CODES,
  CONTACT_KINDS,
  ZContact,
  ZContactKind,
  contactTotals,
  type TContact,
  type TContactChannel,
  type TContactKind,
  type TContactKindDefinition,
  type TContactTotals,
} from "./contacts";
export { ZStatusCode, ZStatusEvent, type TStatusEvent } from "./event";
export { ZIsoDate, isIsoDate, addDays, addMonths, daysBetween, fullMonthsCovered, todayLocal, type TIsoDate } from "./iso-date";
export { orderedEvents } from "./order";
export { statusPeriods, statusAt, currentStatus, durationsByStatus, type TStatusPeriod } from "./periods";
export { employmentRelations, longestEmployment, employmentLasting, type TEmploymentRelation } from "./employment";
