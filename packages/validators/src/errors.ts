import type { TProgrammeNormProblem } from "./programme-norms";

// The one list of error keys. The API throws them as a TRPCError's message (through
// `apiError` in packages/api, typed by this list), the apps translate them; a unit test in
// each app checks that every key has a Danish and an English text.

/** Keys the API sends. Grouped by where they arise; the order means nothing. */
export const API_ERROR_KEYS = [
  // Signing in, sessions and access
  "invalid_credentials",
  "too_many_attempts",
  "password_sign_in_disabled",
  "not_signed_in",
  "forbidden",
  "organisation_required",
  "invitation_invalid",
  "sign_in_first",
  "cannot_remove_own_admin",
  "cannot_deactivate_self",
  "user_in_other_organisation",
  "not_found",
  // Programmes, plans and instruments
  "programme_not_in_organisation",
  "programme_not_owner",
  "programme_owner_unchanged",
  "programme_owner_not_participating",
  "plan_invalid",
  "definition_invalid",
  "no_instruments_planned",
  "norm_invalid",
  "norm_not_supported",
  // Questionnaires and answers
  "survey_exists",
  "survey_closed",
  "recipient_no_address",
  "already_submitted",
  "filled_on_invalid",
  "invalid_answer",
  "unknown_item",
  "answers_incomplete",
  "answers_invalid",
  "nothing_changed",
  "not_submitted",
  // A participant's link
  "link_unknown",
  "link_withdrawn",
  "link_expired",
  // Progression reviews
  "review_invalid",
  "review_locked",
  "unknown_area",
  // Status events
  "status_same_day",
  // Ending, reopening and reassigning a participation
  "participation_already_ended",
  "participation_not_ended",
  "ended_before_enrolment",
  "participations_not_endable",
  "mentor_not_in_organisation",
  // Employers and volunteers
  "instrument_not_for_companies",
  "instrument_not_for_volunteers",
  "about_unknown_company",
  // Import
  "mapping_scope_mismatch",
  // Privacy
  "date_in_future",
  "date_out_of_range",
  // Care rules (issue 13)
  "care_settings_looser",
  "already_withdrawn",
  "already_erased",
  "participant_erased",
  "confirmation_mismatch",
  "export_grant_required",
  "grantee_not_evaluator",
  // Evaluator cohorts that differ by 1-4 people from an answered one (issue 11, averaging)
  "cohort_too_close",
  // Anything unexpected on the server (the error formatter replaces the real message)
  "internal_error",
] as const;
export type TApiErrorKey = (typeof API_ERROR_KEYS)[number];

/**
 * Messages of single fields (a zod refine's message), shown beside the field. They reach the
 * client as a field issue's message, not as the error's message.
 */
export const FIELD_ERROR_KEYS = ["cvr_invalid", "email_invalid", "first_name_only", "file_too_large", "text_malformed"] as const;
export type TFieldErrorKey = (typeof FIELD_ERROR_KEYS)[number];

/** Keys an app derives itself from a failed call that carried no key of the API's. */
export const CLIENT_ERROR_KEYS = ["payload_too_large", "network", "invalid_input", "unknown"] as const;

export const ERROR_KEYS = [...API_ERROR_KEYS, ...CLIENT_ERROR_KEYS] as const;
export type TErrorKey = (typeof ERROR_KEYS)[number];

export function isErrorKey(value: string): value is TErrorKey {
  return (ERROR_KEYS as readonly string[]).includes(value);
}

/** One problem with a definition file: where, and what in Danish and English. */
export interface TDefinitionProblem {
  /** Where in the file, e.g. `items[2] ("ude").max`; "(root)" for the file as a whole. */
  path: string;
  da: string;
  en: string;
}

/**
 * What some errors carry for the client beside their key (the error's `data.detail`).
 * The API may only attach these shapes; the apps read them through the same types.
 */
export interface TErrorDetails {
  plan_invalid: { problems: string[] };
  /** One entry per field in PROGRAMME_NORM_PROBLEMS (programme-norms.ts). */
  norm_invalid: { problems: TProgrammeNormProblem[] };
  definition_invalid: { problems: TDefinitionProblem[] };
  review_invalid: { problems: { kind: string; areaId?: string }[] };
  answers_invalid: { problems: { itemId: string; kind: string }[] };
  answers_incomplete: { missing: { instrumentId: string; itemId: string }[] };
  /** problem is one of END_PROBLEMS (participation.ts); code is null where the row is not the caller's to know. */
  participations_not_endable: {
    problems: { participantId: string; code: string | null; problem: "not_found" | "erased" | "already_ended" | "before_enrolment" | "in_future" }[];
  };
}
export type TErrorWithDetail = keyof TErrorDetails;
