// The small part of FHIR R4 that Skridt reads and writes, typed by hand so this package stays
// dependency-free and browser-safe. Field names and shapes follow hl7.org/fhir/R4.

export interface Extension {
  url: string;
  extension?: Extension[];
  valueString?: string;
  valueUrl?: string;
  valueCode?: string;
  valueInteger?: number;
  valueDecimal?: number;
  valueDate?: string;
  valueBoolean?: boolean;
  valueCoding?: Coding;
  valueCodeableConcept?: CodeableConcept;
}

/** A primitive's sibling object (`_text`), where extensions such as translations live. */
export interface PrimitiveExtension {
  extension?: Extension[];
}

export interface Coding {
  extension?: Extension[];
  system?: string;
  version?: string;
  code?: string;
  display?: string;
  _display?: PrimitiveExtension;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

export interface Reference {
  reference?: string;
  type?: string;
  identifier?: { system?: string; value?: string };
  display?: string;
}

export interface Meta {
  profile?: string[];
  lastUpdated?: string;
}

export interface AnswerOption {
  valueCoding?: Coding;
  valueInteger?: number;
  valueString?: string;
  valueDate?: string;
  valueTime?: string;
  valueReference?: Reference;
  initialSelected?: boolean;
  extension?: Extension[];
}

export interface EnableWhen {
  question: string;
  operator: "exists" | "=" | "!=" | ">" | "<" | ">=" | "<=";
  answerBoolean?: boolean;
  answerDecimal?: number;
  answerInteger?: number;
  answerDate?: string;
  answerDateTime?: string;
  answerTime?: string;
  answerString?: string;
  answerCoding?: Coding;
  answerQuantity?: unknown;
  answerReference?: Reference;
}

export type QuestionnaireItemType =
  | "group"
  | "display"
  | "boolean"
  | "decimal"
  | "integer"
  | "date"
  | "dateTime"
  | "time"
  | "string"
  | "text"
  | "url"
  | "choice"
  | "open-choice"
  | "attachment"
  | "reference"
  | "quantity";

export interface QuestionnaireItem {
  linkId: string;
  definition?: string;
  code?: Coding[];
  prefix?: string;
  text?: string;
  _text?: PrimitiveExtension;
  type: QuestionnaireItemType;
  enableWhen?: EnableWhen[];
  enableBehavior?: "all" | "any";
  required?: boolean;
  repeats?: boolean;
  readOnly?: boolean;
  maxLength?: number;
  answerValueSet?: string;
  answerOption?: AnswerOption[];
  initial?: unknown[];
  item?: QuestionnaireItem[];
  extension?: Extension[];
  modifierExtension?: Extension[];
}

export interface Questionnaire {
  resourceType: "Questionnaire";
  id?: string;
  meta?: Meta;
  language?: string;
  contained?: unknown[];
  extension?: Extension[];
  modifierExtension?: Extension[];
  url?: string;
  identifier?: unknown[];
  version?: string;
  name?: string;
  title?: string;
  _title?: PrimitiveExtension;
  derivedFrom?: string[];
  status: "draft" | "active" | "retired" | "unknown";
  experimental?: boolean;
  subjectType?: string[];
  date?: string;
  publisher?: string;
  description?: string;
  _description?: PrimitiveExtension;
  purpose?: string;
  copyright?: string;
  code?: Coding[];
  item?: QuestionnaireItem[];
}

export interface QuestionnaireResponseAnswer {
  valueBoolean?: boolean;
  valueDecimal?: number;
  valueInteger?: number;
  valueDate?: string;
  valueString?: string;
  valueCoding?: Coding;
  item?: QuestionnaireResponseItem[];
}

export interface QuestionnaireResponseItem {
  linkId: string;
  text?: string;
  answer?: QuestionnaireResponseAnswer[];
  item?: QuestionnaireResponseItem[];
}

export interface QuestionnaireResponse {
  resourceType: "QuestionnaireResponse";
  id?: string;
  meta?: Meta;
  extension?: Extension[];
  identifier?: { system?: string; value?: string };
  questionnaire?: string;
  status: "in-progress" | "completed" | "amended" | "entered-in-error" | "stopped";
  subject?: Reference;
  authored?: string;
  author?: Reference;
  source?: Reference;
  item?: QuestionnaireResponseItem[];
}

export interface Quantity {
  value?: number;
  unit?: string;
  system?: string;
  code?: string;
}

export interface Observation {
  resourceType: "Observation";
  id?: string;
  meta?: Meta;
  extension?: Extension[];
  status: "registered" | "preliminary" | "final" | "amended" | "corrected" | "cancelled" | "entered-in-error" | "unknown";
  category?: CodeableConcept[];
  code: CodeableConcept;
  subject?: Reference;
  effectiveDateTime?: string;
  issued?: string;
  valueQuantity?: Quantity;
  interpretation?: CodeableConcept[];
  note?: { text: string }[];
  derivedFrom?: Reference[];
}

export type FhirResource = Questionnaire | QuestionnaireResponse | Observation | Patient;

export interface Bundle<T = FhirResource> {
  resourceType: "Bundle";
  type: "searchset" | "collection";
  total?: number;
  link?: { relation: string; url: string }[];
  entry?: { fullUrl?: string; resource: T; search?: { mode: "match" | "include" } }[];
}

export interface OperationOutcome {
  resourceType: "OperationOutcome";
  issue: { severity: "fatal" | "error" | "warning" | "information"; code: string; diagnostics?: string; expression?: string[] }[];
}

export interface Patient {
  resourceType: "Patient";
  id?: string;
  identifier?: { system?: string; value?: string }[];
}
