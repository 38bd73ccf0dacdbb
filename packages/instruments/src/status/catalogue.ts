import type { TLocalizedText } from "../text";

/**
 * The outcome statuses a mentor registers. The list follows the status categories of the
 * SIND Erhverv evaluation ("Brug din rampe", seed 001: i job, virksomhedspraktik, pension
 * "eller i proces hertil", barsel, ledige, sygemeldte, overgået til anden aktør, afgået ved
 * døden) plus the steps Jobstyrke i Nord reports (seed 000: lønnede timer, job med
 * løntilskud) and education from the KL cases (seed 004). "udmeldt" (withdrawn) is not in
 * the seeds' counts but programmes need it to close a participation that ends otherwise.
 */
export const STATUS_CODES = [
  "internship",
  "paid_hours",
  "flexjob",
  "ordinary_job",
  "wage_subsidy_job",
  "education",
  "unemployed",
  "sick_leave",
  "parental_leave",
  "pension",
  "other_provider",
  "withdrawn",
  "deceased",
] as const;
export type TStatusCode = (typeof STATUS_CODES)[number];

/** Coarse groups for charts and for "in work" questions; "work" is what counts as employment. */
export type TStatusGroup = "work" | "internship" | "education" | "pension" | "unemployed" | "absent" | "ended";

export type TStatusDefinition = {
  code: TStatusCode;
  label: TLocalizedText;
  group: TStatusGroup;
  /**
   * Hours per week: "required" where the hours are the point (a flex job's or paid hours'
   * weekly hours are what programmes follow up on), "optional" where part-time is common,
   * "none" where hours make no sense.
   */
  hours: "required" | "optional" | "none";
  /**
   * Whether the status can be registered as "in process" (applied for, being decided).
   * Seed 001 counts pension "afsluttet til pension eller i proces hertil"; flex jobs are
   * likewise often awaiting approval or a job match, so they may be in process too.
   */
  canBeInProcess: boolean;
  /** Whether this status ends the participation in the programme. */
  endsParticipation: boolean;
};

const def = (
  code: TStatusCode,
  da: string,
  en: string,
  group: TStatusGroup,
  hours: TStatusDefinition["hours"] = "none",
  canBeInProcess = false,
  endsParticipation = false,
): TStatusDefinition => ({ code, label: { da, en }, group, hours, canBeInProcess, endsParticipation });

export const STATUSES: Readonly<Record<TStatusCode, TStatusDefinition>> = {
  internship: def("internship", "Virksomhedspraktik", "Work placement (internship)", "internship", "optional"),
  paid_hours: def("paid_hours", "Lønnede timer", "Paid hours", "work", "required"),
  flexjob: def("flexjob", "Fleksjob", "Flex job", "work", "required", true),
  ordinary_job: def("ordinary_job", "Ordinært job", "Ordinary job", "work", "optional"),
  wage_subsidy_job: def("wage_subsidy_job", "Job med løntilskud", "Job with wage subsidy", "work", "optional"),
  education: def("education", "Uddannelse", "Education", "education"),
  unemployed: def("unemployed", "Ledig", "Unemployed", "unemployed"),
  sick_leave: def("sick_leave", "Sygemeldt", "On sick leave", "absent"),
  parental_leave: def("parental_leave", "Barsel", "On parental leave", "absent"),
  pension: def("pension", "Pension", "Pension", "pension", "none", true),
  other_provider: def("other_provider", "Overgået til anden aktør", "Transferred to another provider", "ended", "none", false, true),
  withdrawn: def("withdrawn", "Udmeldt", "Withdrawn", "ended", "none", false, true),
  deceased: def("deceased", "Død", "Deceased", "ended", "none", false, true),
};

export const STATUS_GROUPS: readonly TStatusGroup[] = ["work", "internship", "education", "pension", "unemployed", "absent", "ended"];

export function isStatusCode(value: string): value is TStatusCode {
  return (STATUS_CODES as readonly string[]).includes(value);
}
