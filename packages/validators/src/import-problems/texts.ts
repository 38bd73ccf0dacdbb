// The importer's problems in plain Danish and English, for a programme coordinator fixing a
// spreadsheet. One catalogue for both readers: the staff app merges it into its i18n under
// "import.problem" (i18next fills the {{...}}), the CLI renders it with renderProblem.
import type { ImportProblem, ImportProblemCode } from "./codes";

export type ProblemLanguage = "da" | "en";

const da: Record<ImportProblemCode, string> = {
  programme_not_linked: "Organisationen deltager ikke i det valgte program.",
  file_type: "Filen »{{value}}« kan ikke importeres. Brug en CSV-fil eller en Excel-fil (.xlsx). Gem .xls-filer som .xlsx først.",
  file_unreadable: "Filen kan ikke læses som {{format}}. Er den gemt i det rigtige format?",
  csv_broken: "CSV-filen kan ikke læses omkring linje {{line}}. Tjek anførselstegn og skilletegn der. ({{detail}})",
  file_empty: "Filen er tom: den har ingen overskriftsrække.",
  sheet_missing: "Excel-filen har intet ark, der hedder »{{sheet}}« (navnet står under »sheet« i mappingfilen).",
  no_sheet: "Excel-filen har ingen ark.",
  no_rows: "Filen har ingen rækker med svar under overskriftsrækken.",
  file_unpacks_too_big: "Regnearket fylder for meget, når det pakkes ud: højst {{max}} MB. Del filen op, eller gem den som CSV.",
  file_too_many_rows: "Filen har for mange rækker: højst {{max}} i alt i alle ark. Del filen op i flere.",

  mapping_not_json: "Mappingfilen er ikke gyldig JSON. Tjek kommaer, anførselstegn og klammer. ({{detail}})",
  mapping_not_object: "Mappingfilen skal være et JSON-objekt, der begynder med { og slutter med }.",
  mapping_field_missing: "Feltet »{{field}}« mangler i mappingfilen.",
  mapping_field_unknown: "Mappingfilen har feltet »{{field}}«, som Skridt ikke kender. Tjek stavningen.",
  mapping_field_type: "Feltet »{{field}}« i mappingfilen skal være {{expectedType}}.",
  mapping_field_value: "Feltet »{{field}}« i mappingfilen kan ikke være »{{value}}«. Brug en af disse: {{expected}}.",
  mapping_field_empty: "Feltet »{{field}}« i mappingfilen må ikke være tomt.",
  mapping_field_too_long: "Feltet »{{field}}« i mappingfilen er for langt: højst {{max}} tegn.",
  mapping_field_invalid: "Feltet »{{field}}« i mappingfilen har en værdi, der ikke passer til formatet.",
  mapping_occasion_choice:
    "Mappingfilen skal have enten »occasion« (samme tidspunkt for alle rækker) eller »occasionColumn« (en kolonne med tidspunktet) – præcis én af dem.",
  mapping_no_columns: "Mappingfilen skal knytte mindst én kolonne til et spørgsmål under »columns«.",
  mapping_column_invalid:
    "Kolonnen »{{column}}« under »columns« i mappingfilen skal have »itemId« (spørgsmålets id) og enten »values« (tekst → kode) eller »code« (et helt tal) – og ikke andre felter.",
  mapping_unknown_instrument: "Mappingfilen nævner spørgeskemaet »{{instrument}}«, som Skridt ikke kender.",
  mapping_occasion_not_given: "Spørgeskemaet {{instrument}} bruges ikke ved tidspunktet »{{occasion}}«.",
  mapping_item_unknown: "Mappingfilen knytter kolonnen til »{{item}}«, som ikke er et spørgsmål i {{instrument}}.",
  mapping_ticked_column_invalid:
    "Koden {{code}} passer ikke til »{{item}}«. En kolonne pr. svarmulighed (»code«) kræver et spørgsmål, hvor man kan vælge flere svar, og en af dets koder.",
  mapping_instrument_for_companies:
    "Spørgeskemaet {{instrument}} besvares af virksomheder, ikke af deltagere. Angiv virksomhedens kolonne (»companyColumn«) i mappingfilen; deltagerkoden kan stå med, når besvarelsen handler om en deltager.",
  mapping_instrument_for_volunteers:
    "Spørgeskemaet {{instrument}} besvares af frivillige mentorer, ikke af deltagere. Angiv den frivilliges kolonne (»volunteerColumn«) i mappingfilen.",
  mapping_instrument_for_participants: "Spørgeskemaet {{instrument}} besvares af deltagerne selv. Fjern »companyColumn« og »volunteerColumn« fra mappingfilen.",
  mapping_kind_needs: "En import af typen »{{kind}}« kræver feltet »{{field}}« i mappingfilen.",
  column_missing: "Filen har ingen kolonne med overskriften »{{column}}«, som mappingfilen nævner. Tjek stavningen i overskriftsrækken.",

  participant_code_missing: "Deltagerkoden mangler.",
  participant_code_cpr: "Cellen ligner et CPR-nummer. Importér kun deltagerkoder (pseudonymer), aldrig CPR-numre eller navne.",
  participant_other_scope: "Deltagerkoden »{{value}}« hører til et andet af organisationens programmer.",
  participant_code_unavailable: "Deltagerkoden »{{value}}« kan ikke bruges til en ny deltager. Vælg en anden kode.",
  participant_erased: "Deltageren med koden »{{value}}« er slettet, så der kan ikke importeres svar til vedkommende.",
  participant_unknown: "Deltagerkoden »{{value}}« findes ikke. Opret deltageren først, eller tillad nye deltagere i mappingfilen (»createParticipants«).",
  participant_code_format: "»{{value}}« kan ikke bruges som ny deltagerkode. Brug 2-32 tegn: bogstaverne A-Z, tal, - og _.",
  occasion_missing: "Tidspunktet mangler. Forventet: {{expected}}.",
  occasion_unknown: "»{{value}}« er ikke et af tidspunkterne i mappingfilen. Forventet: {{expected}}.",
  date_missing: "Datoen mangler.",
  date_invalid: "»{{value}}« er ikke en dato. Skriv den som 31-12-2024 eller 2024-12-31.",
  date_future: "Datoen »{{value}}« ligger i fremtiden.",
  tick_invalid: "»{{value}}« er hverken afkrydset (1, x, ja) eller ikke afkrydset (0, nej eller tom).",
  not_a_number: "»{{value}}« er ikke et tal.",
  answer_unknown: "»{{value}}« er ikke et af svarene på spørgsmålet. Brug et af disse: {{expected}} – eller tilføj teksten under »values« i mappingfilen.",
  answer_required: "Svaret på »{{question}}« mangler, og spørgsmålet skal besvares.",
  number_out_of_range: "{{value}} er uden for det tilladte: {{range}}.",
  number_not_whole: "{{value}} skal være et helt tal.",
  too_many_choices: "Der er valgt for mange svar: højst {{max}}.",
  text_too_long: "Teksten er for lang: højst {{max}} tegn.",
  date_out_of_range: "Datoen »{{value}}« er uden for det tilladte: {{range}}.",
  answer_invalid: "»{{value}}« er ikke et gyldigt svar på spørgsmålet.",
  duplicate_row: "Deltageren »{{value}}« står også i række {{otherRow}} ved tidspunktet {{occasion}}. Hver deltager kan kun have én besvarelse pr. tidspunkt.",
  already_submitted: "»{{value}}« har allerede et udfyldt {{instrument}} ved tidspunktet {{occasion}}. Rækken bliver ikke importeret igen.",
  answers_none:
    "Rækken har deltagerkoden »{{value}}« men ingen svar. Slet rækken, eller markér den som ufuldstændig (kolonnen i »incompleteColumn«), hvis skemaet blev påbegyndt uden at blive udfyldt.",
  participant_exists: "Deltagerkoden »{{value}}« er allerede indskrevet i programmet. Rækken bliver ikke importeret igen.",
  organisation_mismatch:
    "»{{value}}« er ikke den organisation, der importeres til ({{expected}}). Del filen op, så hver organisation importerer sine egne deltagere.",
  mentor_unknown: "»{{value}}« er ikke mentor i organisationen. Skriv mentorens e-mailadresse eller navn, som det står under Brugere.",
  gender_unknown: "»{{value}}« er ikke et køn, Skridt kender. Forventet: {{expected}} – eller tilføj teksten under »genderValues« i mappingfilen.",
  birth_year_invalid: "»{{value}}« er ikke et fødselsår: skriv et årstal {{range}}.",
  end_before_enrolment: "Slutdatoen »{{value}}« ligger før indskrivningen den {{date}}.",
  end_reason_unknown: "»{{value}}« er ikke en af slutårsagerne. Forventet: {{expected}} – eller tilføj teksten under »endReasonValues« i mappingfilen.",
  end_reason_missing: "Der er en slutdato men ingen slutårsag. Forventet: {{expected}}.",
  end_reason_without_date: "Der er en slutårsag men ingen slutdato.",
  status_unknown: "»{{value}}« er ikke en af statusserne. Forventet: {{expected}} – eller tilføj teksten under »statusValues« i mappingfilen.",
  status_already_recorded: "»{{value}}« har allerede statussen {{kind}} den {{date}}. Rækken bliver ikke importeret igen.",
  contact_kind_unknown: "»{{value}}« er ikke en af kontaktformerne. Forventet: {{expected}} – eller tilføj teksten under »contactKindValues« i mappingfilen.",
  contact_needs_participant: "En kontakt af formen {{kind}} skal høre til en deltager: deltagerkoden mangler. Kun virksomhedskontakter kan stå uden deltager.",
  count_invalid: "»{{value}}« er ikke et antal: skriv et helt tal {{range}}.",
  contact_already_imported: "Kontakten ({{kind}} den {{date}}) er allerede importeret for »{{value}}«. Rækken bliver ikke importeret igen.",
  duplicate_entry:
    "Rækken siger det samme som række {{otherRow}} ({{kind}} den {{date}}). Læg dem sammen i én række – kontakter med antallet i antalskolonnen.",
  date_before_enrolment: "Datoen »{{value}}« ligger før deltagerens indskrivning den {{date}}.",
  company_missing: "Virksomheden mangler.",
  company_unknown:
    "Virksomheden »{{value}}« findes ikke i organisationens virksomhedsregister. Opret den under Virksomheder, eller tillad nye i mappingfilen (»createRespondents«).",
  volunteer_missing: "Den frivillige mentor mangler.",
  volunteer_unknown:
    "Den frivillige mentor »{{value}}« findes ikke i organisationen. Opret vedkommende under Frivillige, eller tillad nye i mappingfilen (»createRespondents«).",
};

const en: Record<ImportProblemCode, string> = {
  programme_not_linked: "The organisation does not take part in the chosen programme.",
  file_type: "The file “{{value}}” cannot be imported. Use a CSV file or an Excel file (.xlsx). Save .xls files as .xlsx first.",
  file_unreadable: "The file cannot be read as {{format}}. Was it saved in the right format?",
  csv_broken: "The CSV file cannot be read around line {{line}}. Check the quotes and separators there. ({{detail}})",
  file_empty: "The file is empty: it has no header row.",
  sheet_missing: "The Excel file has no sheet called “{{sheet}}” (the name is under “sheet” in the mapping file).",
  no_sheet: "The Excel file has no sheets.",
  no_rows: "The file has no rows of answers below the header row.",
  file_unpacks_too_big: "The spreadsheet is too large when unpacked: at most {{max}} MB. Split the file, or save it as CSV.",
  file_too_many_rows: "The file has too many rows: at most {{max}} in all its sheets together. Split it into several files.",

  mapping_not_json: "The mapping file is not valid JSON. Check commas, quotes and brackets. ({{detail}})",
  mapping_not_object: "The mapping file must be a JSON object that begins with { and ends with }.",
  mapping_field_missing: "The field “{{field}}” is missing from the mapping file.",
  mapping_field_unknown: "The mapping file has the field “{{field}}”, which Skridt does not know. Check the spelling.",
  mapping_field_type: "The field “{{field}}” in the mapping file must be {{expectedType}}.",
  mapping_field_value: "The field “{{field}}” in the mapping file cannot be “{{value}}”. Use one of these: {{expected}}.",
  mapping_field_empty: "The field “{{field}}” in the mapping file must not be empty.",
  mapping_field_too_long: "The field “{{field}}” in the mapping file is too long: at most {{max}} characters.",
  mapping_field_invalid: "The field “{{field}}” in the mapping file has a value that does not fit the format.",
  mapping_occasion_choice:
    "The mapping file must have either “occasion” (the same occasion for every row) or “occasionColumn” (a column with the occasion) – exactly one of them.",
  mapping_no_columns: "The mapping file must link at least one column to a question under “columns”.",
  mapping_column_invalid:
    "The column “{{column}}” under “columns” in the mapping file needs “itemId” (the question's id) and either “values” (text → code) or “code” (a whole number) – and no other fields.",
  mapping_unknown_instrument: "The mapping file names the questionnaire “{{instrument}}”, which Skridt does not know.",
  mapping_occasion_not_given: "The questionnaire {{instrument}} is not used at the occasion “{{occasion}}”.",
  mapping_item_unknown: "The mapping file links the column to “{{item}}”, which is not a question of {{instrument}}.",
  mapping_ticked_column_invalid:
    "The code {{code}} does not fit “{{item}}”. One column per answer option (“code”) needs a question where several answers can be chosen, and one of its codes.",
  mapping_instrument_for_companies:
    "The questionnaire {{instrument}} is answered by companies, not by participants. Name the company's column (“companyColumn”) in the mapping file; the participant code may stay when the response is about a participant.",
  mapping_instrument_for_volunteers:
    "The questionnaire {{instrument}} is answered by volunteer mentors, not by participants. Name the volunteer's column (“volunteerColumn”) in the mapping file.",
  mapping_instrument_for_participants:
    "The questionnaire {{instrument}} is answered by the participants themselves. Remove “companyColumn” and “volunteerColumn” from the mapping file.",
  mapping_kind_needs: "An import of the kind “{{kind}}” needs the field “{{field}}” in the mapping file.",
  column_missing: "The file has no column headed “{{column}}”, which the mapping file names. Check the spelling in the header row.",

  participant_code_missing: "The participant code is missing.",
  participant_code_cpr: "The cell looks like a CPR number. Import participant codes (pseudonyms) only, never CPR numbers or names.",
  participant_other_scope: "The participant code “{{value}}” belongs to another of the organisation's programmes.",
  participant_code_unavailable: "The participant code “{{value}}” cannot be used for a new participant. Choose another code.",
  participant_erased: "The participant with the code “{{value}}” has been erased, so no answers can be imported for them.",
  participant_unknown:
    "The participant code “{{value}}” does not exist. Create the participant first, or allow new participants in the mapping file (“createParticipants”).",
  participant_code_format: "“{{value}}” cannot be used as a new participant code. Use 2-32 characters: the letters A-Z, digits, - and _.",
  occasion_missing: "The occasion is missing. Expected: {{expected}}.",
  occasion_unknown: "“{{value}}” is not one of the occasions in the mapping file. Expected: {{expected}}.",
  date_missing: "The date is missing.",
  date_invalid: "“{{value}}” is not a date. Write it as 31-12-2024 or 2024-12-31.",
  date_future: "The date “{{value}}” is in the future.",
  tick_invalid: "“{{value}}” is neither ticked (1, x, ja) nor unticked (0, nej or empty).",
  not_a_number: "“{{value}}” is not a number.",
  answer_unknown: "“{{value}}” is not one of the question's answers. Use one of these: {{expected}} – or add the text under “values” in the mapping file.",
  answer_required: "The answer to “{{question}}” is missing, and the question must be answered.",
  number_out_of_range: "{{value}} is outside what is allowed: {{range}}.",
  number_not_whole: "{{value}} must be a whole number.",
  too_many_choices: "Too many answers are chosen: at most {{max}}.",
  text_too_long: "The text is too long: at most {{max}} characters.",
  date_out_of_range: "The date “{{value}}” is outside what is allowed: {{range}}.",
  answer_invalid: "“{{value}}” is not a valid answer to the question.",
  duplicate_row:
    "The participant “{{value}}” is also in row {{otherRow}} at the occasion {{occasion}}. Each participant can have only one response per occasion.",
  already_submitted: "“{{value}}” already has a completed {{instrument}} at the occasion {{occasion}}. The row is not imported again.",
  answers_none:
    "The row has the participant code “{{value}}” but no answers. Delete the row, or mark it incomplete (the column in “incompleteColumn”) if the questionnaire was begun but not filled in.",
  participant_exists: "The participant code “{{value}}” is already enrolled in the programme. The row is not imported again.",
  organisation_mismatch:
    "“{{value}}” is not the organisation being imported into ({{expected}}). Split the file so that each organisation imports its own participants.",
  mentor_unknown: "“{{value}}” is not a mentor in the organisation. Write the mentor's e-mail address or name as it stands under Users.",
  gender_unknown: "“{{value}}” is not a gender Skridt knows. Expected: {{expected}} – or add the text under “genderValues” in the mapping file.",
  birth_year_invalid: "“{{value}}” is not a year of birth: write a year {{range}}.",
  end_before_enrolment: "The end date “{{value}}” is before the enrolment on {{date}}.",
  end_reason_unknown: "“{{value}}” is not one of the end reasons. Expected: {{expected}} – or add the text under “endReasonValues” in the mapping file.",
  end_reason_missing: "There is an end date but no end reason. Expected: {{expected}}.",
  end_reason_without_date: "There is an end reason but no end date.",
  status_unknown: "“{{value}}” is not one of the statuses. Expected: {{expected}} – or add the text under “statusValues” in the mapping file.",
  status_already_recorded: "“{{value}}” already has the status {{kind}} on {{date}}. The row is not imported again.",
  contact_kind_unknown:
    "“{{value}}” is not one of the kinds of contact. Expected: {{expected}} – or add the text under “contactKindValues” in the mapping file.",
  contact_needs_participant:
    "A contact of the kind {{kind}} must belong to a participant: the participant code is missing. Only company contacts can stand without one.",
  count_invalid: "“{{value}}” is not a count: write a whole number {{range}}.",
  contact_already_imported: "The contact ({{kind}} on {{date}}) has already been imported for “{{value}}”. The row is not imported again.",
  duplicate_entry:
    "The row says the same as row {{otherRow}} ({{kind}} on {{date}}). Put them together in one row – contacts with the number in the count column.",
  date_before_enrolment: "The date “{{value}}” is before the participant's enrolment on {{date}}.",
  company_missing: "The company is missing.",
  company_unknown:
    "The company “{{value}}” is not in the organisation's company register. Create it under Companies, or allow new ones in the mapping file (“createRespondents”).",
  volunteer_missing: "The volunteer mentor is missing.",
  volunteer_unknown:
    "The volunteer mentor “{{value}}” is not in the organisation. Create them under Volunteers, or allow new ones in the mapping file (“createRespondents”).",
};

export const IMPORT_PROBLEM_TEXTS: Record<ProblemLanguage, Record<ImportProblemCode, string>> = { da, en };

const words = {
  da: {
    occasion: { start: "start", end: "slut", followup: "opfølgning" } as Record<string, string>,
    type: {
      string: "en tekst i anførselstegn",
      number: "et tal",
      integer: "et helt tal",
      boolean: "true eller false",
      object: "et objekt { … }",
      array: "en liste [ … ]",
    },
    between: (min: unknown, max: unknown) => `mellem ${min} og ${max}`,
    atLeast: (min: unknown) => `mindst ${min}`,
    atMost: (max: unknown) => `højst ${max}`,
  },
  en: {
    occasion: { start: "start", end: "end", followup: "follow-up" } as Record<string, string>,
    type: {
      string: "a text in quotes",
      number: "a number",
      integer: "a whole number",
      boolean: "true or false",
      object: "an object { … }",
      array: "a list [ … ]",
    },
    between: (min: unknown, max: unknown) => `between ${min} and ${max}`,
    atLeast: (min: unknown) => `at least ${min}`,
    atMost: (max: unknown) => `at most ${max}`,
  },
};

const QUESTION_LENGTH = 80;

/**
 * A problem's parameters as the words of one language: alternatives listed in quotes, answer
 * options as »text« (code), occasions and JSON types named, long question texts shortened.
 */
export function problemParams(problem: ImportProblem, language: ProblemLanguage): Record<string, string | number> {
  const w = words[language];
  const [open, close] = language === "da" ? ["»", "«"] : ["“", "”"];
  const quote = (s: string) => `${open}${s}${close}`;
  const p = problem.params;
  const out: Record<string, string | number> = {};
  for (const key of [
    "value",
    "column",
    "field",
    "item",
    "instrument",
    "sheet",
    "format",
    "detail",
    "line",
    "otherRow",
    "code",
    "min",
    "max",
    "date",
    "kind",
  ] as const) {
    if (p[key] !== undefined) out[key] = p[key];
  }
  if (p.occasion !== undefined) out.occasion = w.occasion[p.occasion] ?? p.occasion;
  if (p.question) out.question = shorten(p.question[language]);
  if (p.instrumentTitle) out.instrument = p.instrumentTitle[language];
  if (p.kindLabel) out.kind = p.kindLabel[language];
  if (p.expectedType) out.expectedType = w.type[p.expectedType];
  if (p.options) out.expected = p.options.map((o) => `${quote(o.label[language])} (${o.code})`).join(", ");
  else if (p.expected) out.expected = p.expected.map(quote).join(", ");
  if (p.min !== undefined && p.max !== undefined) out.range = w.between(p.min, p.max);
  else if (p.min !== undefined) out.range = w.atLeast(p.min);
  else if (p.max !== undefined) out.range = w.atMost(p.max);
  return out;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= QUESTION_LENGTH ? flat : `${flat.slice(0, QUESTION_LENGTH - 1).trimEnd()}…`;
}

/** The problem as one sentence (the CLI's report); the staff app goes through i18next with the same texts. */
export function renderProblem(problem: ImportProblem, language: ProblemLanguage): string {
  const params = problemParams(problem, language);
  return IMPORT_PROBLEM_TEXTS[language][problem.code].replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(params[key] ?? ""));
}

/** Mapping-file problems sit in no row of the data file; the report names the mapping file instead. */
export const isMappingProblem = (problem: Pick<ImportProblem, "code">) => problem.code.startsWith("mapping_");
