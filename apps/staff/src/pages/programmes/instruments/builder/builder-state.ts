// The questionnaire builder's form state: the definition format (packages/instruments) laid
// out as form fields. Every number is kept as the text the admin typed, so a half-typed "1,"
// is not lost and to-definition.ts decides what it means; texts in two languages are pairs.
import type { TItem, TOccasion } from "@skridt/instruments/client";

export type TItemType = TItem["type"];
export const ITEM_TYPES: readonly TItemType[] = ["single-choice", "multiple-choice", "number", "text", "date"];

export interface TTextPair {
  da: string;
  en: string;
}

export interface TBuilderOption {
  code: string;
  da: string;
  en: string;
  /** Recorded audio of the label per language (URLs): not edited here, only kept from a loaded definition. */
  audio?: TTextPair;
}

export type TShowIfKind = "always" | "answered" | "equals" | "in";

/** "Show this question only when ...": refers to an earlier question by its key, not its id, so renaming the id keeps the link. */
export interface TBuilderShowIf {
  kind: TShowIfKind;
  itemKey: string;
  /** The one code for "equals". */
  equals: string;
  /** Codes for "in", separated by commas. */
  codes: string;
}

export interface TBuilderItem {
  /** Stable within one builder session; never written to the definition. */
  key: string;
  id: string;
  type: TItemType;
  required: boolean;
  stem: TTextPair;
  prompt: TTextPair;
  help: TTextPair;
  /** Easy-read help ("Hvad betyder det?"), shown to participants on request. */
  easyRead: TTextPair;
  /** Recorded audio of the question per language (URLs): not edited here, only kept from a loaded definition. */
  audio?: TTextPair;
  /** Single and multiple choice. */
  options: TBuilderOption[];
  /** Multiple choice. */
  maxSelections: string;
  /** Number (a number) and date (YYYY-MM-DD). */
  min: string;
  max: string;
  /** Number: whole numbers only (the format's default). */
  integer: boolean;
  unit: TTextPair;
  /** Text: empty means the format's default. */
  maxLength: string;
  showIf: TBuilderShowIf;
  sourceNote: string;
}

export interface TBuilderRecode {
  code: string;
  value: string;
}

export interface TBuilderScaleItem {
  itemKey: string;
  reverse: boolean;
  /** Empty: no recoding. */
  recode: TBuilderRecode[];
}

export interface TBuilderCutoff {
  /** Empty only for the last, open band. */
  max: string;
  da: string;
  en: string;
}

export interface TBuilderScale {
  id: string;
  label: TTextPair;
  description: TTextPair;
  items: TBuilderScaleItem[];
  method: "sum" | "mean";
  multiply: string;
  add: string;
  missing: "none" | "prorate";
  maxMissing: string;
  rangeMin: string;
  rangeMax: string;
  higherIsBetter: boolean;
  cutoffs: TBuilderCutoff[];
  minimalImportantChange: string;
}

export interface TBuilderState {
  id: string;
  version: string;
  title: TTextPair;
  introduction: TTextPair;
  citation: string;
  url: string;
  licence: string;
  occasions: TOccasion[];
  items: TBuilderItem[];
  scales: TBuilderScale[];
}

/** The format's defaults: a field with its default value is left out of the written definition. */
export const DEFAULT_TEXT_MAX_LENGTH = 500;

let lastKey = 0;
/** A key for a question, unique in this page; upper case, so it can never be mistaken for an id (crypto.randomUUID needs a secure context). */
export function newItemKey(): string {
  lastKey += 1;
  return `Q${lastKey}`;
}

export const emptyPair = (): TTextPair => ({ da: "", en: "" });

export function newOption(code: number): TBuilderOption {
  return { code: String(code), da: "", en: "" };
}

export const isChoice = (type: TItemType) => type === "single-choice" || type === "multiple-choice";

/** Only these can be scored (cross-checks.ts says the same). */
export const isScorable = (type: TItemType) => type === "single-choice" || type === "number";

export function newItem(type: TItemType = "single-choice"): TBuilderItem {
  return {
    key: newItemKey(),
    id: "",
    type,
    required: false,
    stem: emptyPair(),
    prompt: emptyPair(),
    help: emptyPair(),
    easyRead: emptyPair(),
    options: isChoice(type) ? [newOption(1), newOption(2)] : [],
    maxSelections: "",
    min: "",
    max: "",
    integer: true,
    unit: emptyPair(),
    maxLength: "",
    showIf: { kind: "always", itemKey: "", equals: "", codes: "" },
    sourceNote: "",
  };
}

export function newScale(): TBuilderScale {
  return {
    id: "",
    label: emptyPair(),
    description: emptyPair(),
    items: [],
    method: "sum",
    multiply: "1",
    add: "0",
    missing: "none",
    maxMissing: "",
    rangeMin: "",
    rangeMax: "",
    higherIsBetter: true,
    cutoffs: [],
    minimalImportantChange: "",
  };
}

export function newCutoff(): TBuilderCutoff {
  return { max: "", da: "", en: "" };
}

export function emptyState(): TBuilderState {
  return {
    id: "",
    version: "1.0.0",
    title: emptyPair(),
    introduction: emptyPair(),
    citation: "",
    url: "",
    licence: "",
    occasions: [],
    items: [newItem()],
    scales: [],
  };
}

/** The next free answer code: one above the highest whole code so far (1 for the first). */
export function nextCode(options: readonly TBuilderOption[]): number {
  const codes = options.map((o) => Number(o.code)).filter((c) => Number.isInteger(c));
  return codes.length === 0 ? 1 : Math.max(...codes) + 1;
}
