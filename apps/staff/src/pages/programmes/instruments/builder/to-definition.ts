// Builder state → definition object, in the shape a person writes by hand: fields left empty
// and fields at the format's default are left out, keys come in the README's order. The
// result is checked by the server with the built-ins' schema; nothing here decides validity.
import { formatJsonFile } from "../../../../lib/json-file";
import {
  DEFAULT_TEXT_MAX_LENGTH,
  type TBuilderItem,
  type TBuilderScale,
  type TBuilderScaleItem,
  type TBuilderShowIf,
  type TBuilderState,
  type TTextPair,
} from "./builder-state";

/** A definition as JSON values: usually a valid instrument, but whatever the form holds is kept for the server to name. */
export type TDraftDefinition = { [key: string]: unknown };

const NUMBER_TEXT = /^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/;

/** Whether the text is a number as typed in Danish or English ("1,5", "1.5", "-2"). */
export function isNumberText(text: string): boolean {
  return NUMBER_TEXT.test(text.trim());
}

/**
 * The number typed, or undefined when empty. Text that is not a number is passed on as it
 * is, so the server's check names the field instead of it silently disappearing.
 */
export function numberOf(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  return isNumberText(trimmed) ? Number(trimmed.replace(",", ".")) : trimmed;
}

/** A text pair, or undefined when both languages are empty (an optional text left out). */
function optionalPair(pair: TTextPair): TTextPair | undefined {
  return pair.da.trim() === "" && pair.en.trim() === "" ? undefined : pair;
}

/** Drop undefined values, so a left-out field is absent rather than `undefined` (JSON.stringify would drop it anyway; deep equality would not). */
function compact(entries: Record<string, unknown>): TDraftDefinition {
  return Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined));
}

/** The comma-separated codes of an "is one of" condition. */
export function codeList(text: string): (number | string)[] {
  return text
    .split(/[\s,;]+/)
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => numberOf(part)!);
}

function showIfOf(showIf: TBuilderShowIf, idOfKey: (key: string) => string): TDraftDefinition | undefined {
  if (showIf.kind === "always") return undefined;
  const itemId = idOfKey(showIf.itemKey);
  if (showIf.kind === "answered") return { itemId, answered: true };
  if (showIf.kind === "equals") return compact({ itemId, equals: numberOf(showIf.equals) });
  return { itemId, in: codeList(showIf.codes) };
}

function itemOf(item: TBuilderItem, idOfKey: (key: string) => string): TDraftDefinition {
  const common = {
    id: item.id.trim(),
    type: item.type,
    required: item.required ? true : undefined,
    stem: optionalPair(item.stem),
    prompt: item.prompt,
    help: optionalPair(item.help),
  };
  const tail = {
    showIf: showIfOf(item.showIf, idOfKey),
    easyRead: optionalPair(item.easyRead),
    audio: item.audio ? optionalPair(item.audio) : undefined,
    sourceNote: item.sourceNote.trim() === "" ? undefined : item.sourceNote,
  };
  const options = () =>
    item.options.map((o) => compact({ code: numberOf(o.code), label: { da: o.da, en: o.en }, audio: o.audio ? optionalPair(o.audio) : undefined }));
  switch (item.type) {
    case "single-choice":
      return compact({ ...common, options: options(), ...tail });
    case "multiple-choice":
      return compact({ ...common, options: options(), maxSelections: numberOf(item.maxSelections), ...tail });
    case "number":
      return compact({
        ...common,
        min: numberOf(item.min),
        max: numberOf(item.max),
        integer: item.integer ? undefined : false,
        unit: optionalPair(item.unit),
        ...tail,
      });
    case "text": {
      const maxLength = numberOf(item.maxLength);
      return compact({ ...common, maxLength: maxLength === DEFAULT_TEXT_MAX_LENGTH ? undefined : maxLength, ...tail });
    }
    case "date":
      return compact({ ...common, min: item.min.trim() || undefined, max: item.max.trim() || undefined, ...tail });
  }
}

function scaleItemOf(scaleItem: TBuilderScaleItem, idOfKey: (key: string) => string): TDraftDefinition {
  return compact({
    itemId: idOfKey(scaleItem.itemKey),
    reverse: scaleItem.reverse ? true : undefined,
    recode: scaleItem.recode.length > 0 ? scaleItem.recode.map((r) => ({ code: numberOf(r.code), value: numberOf(r.value) })) : undefined,
  });
}

function scaleOf(scale: TBuilderScale, idOfKey: (key: string) => string): TDraftDefinition {
  const multiply = numberOf(scale.multiply);
  const add = numberOf(scale.add);
  const transform = compact({ multiply: multiply === 1 ? undefined : multiply, add: add === 0 ? undefined : add });
  return compact({
    id: scale.id.trim(),
    label: scale.label,
    description: optionalPair(scale.description),
    items: scale.items.map((i) => scaleItemOf(i, idOfKey)),
    method: scale.method,
    transform: Object.keys(transform).length > 0 ? transform : undefined,
    missing: scale.missing === "none" ? { kind: "none" } : compact({ kind: "prorate", maxMissing: numberOf(scale.maxMissing) }),
    range: compact({ min: numberOf(scale.rangeMin), max: numberOf(scale.rangeMax) }),
    higherIsBetter: scale.higherIsBetter,
    cutoffs: scale.cutoffs.length > 0 ? scale.cutoffs.map((c) => compact({ max: numberOf(c.max), label: { da: c.da, en: c.en } })) : undefined,
    minimalImportantChange: numberOf(scale.minimalImportantChange),
  });
}

/**
 * The definition the builder's state describes. A reference to a question that is no longer
 * there keeps its key as the id, so the server's cross-check reports it rather than it vanishing.
 */
export function toDefinition(state: TBuilderState): TDraftDefinition {
  const ids = new Map(state.items.map((item) => [item.key, item.id.trim()]));
  const idOfKey = (key: string) => ids.get(key) ?? key;
  return compact({
    id: state.id.trim(),
    version: state.version.trim(),
    kind: "questionnaire",
    title: state.title,
    introduction: state.introduction,
    source: compact({ citation: state.citation, url: state.url.trim() === "" ? undefined : state.url.trim() }),
    licence: state.licence,
    occasions: state.occasions,
    items: state.items.map((item) => itemOf(item, idOfKey)),
    scales: state.scales.length > 0 ? state.scales.map((s) => scaleOf(s, idOfKey)) : undefined,
  });
}

/** The definition as the file an admin downloads (and the API stores), laid out as a hand-written definition file is. */
export function toDefinitionJson(state: TBuilderState): string {
  return formatJsonFile(toDefinition(state));
}
