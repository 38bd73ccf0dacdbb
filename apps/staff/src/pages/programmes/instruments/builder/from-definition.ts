// Definition → builder state: an existing questionnaire (stored, or a file) loaded into the
// builder to make a new version. Defaults the server filled in (required: false,
// maxLength: 500, ...) become the form's defaults, so writing it back leaves them out again.
import type { TInstrumentInput } from "@skridt/instruments";
import { emptyPair, newItemKey, type TBuilderItem, type TBuilderScale, type TBuilderShowIf, type TBuilderState, type TTextPair } from "./builder-state";

type TItemInput = TInstrumentInput["items"][number];
type TScaleInput = NonNullable<TInstrumentInput["scales"]>[number];

const text = (value: number | string | undefined): string => (value === undefined ? "" : String(value));
const pair = (value: TTextPair | undefined): TTextPair => (value ? { da: value.da, en: value.en } : emptyPair());

function showIfOf(item: TItemInput, keyOfId: (id: string) => string): TBuilderShowIf {
  const condition = item.showIf;
  if (!condition) return { kind: "always", itemKey: "", equals: "", codes: "" };
  const itemKey = keyOfId(condition.itemId);
  if ("answered" in condition) return { kind: "answered", itemKey, equals: "", codes: "" };
  if ("equals" in condition) return { kind: "equals", itemKey, equals: String(condition.equals), codes: "" };
  return { kind: "in", itemKey, equals: "", codes: condition.in.join(", ") };
}

function itemOf(item: TItemInput, key: string, keyOfId: (id: string) => string): TBuilderItem {
  const isNumber = item.type === "number";
  const hasBounds = item.type === "number" || item.type === "date";
  return {
    key,
    id: item.id,
    type: item.type,
    required: item.required ?? false,
    stem: pair(item.stem),
    prompt: pair(item.prompt),
    help: pair(item.help),
    easyRead: pair(item.easyRead),
    ...(item.audio ? { audio: pair(item.audio) } : {}),
    options:
      "options" in item && Array.isArray(item.options)
        ? item.options.map((o) => ({ code: String(o.code), da: o.label.da, en: o.label.en, ...(o.audio ? { audio: pair(o.audio) } : {}) }))
        : [],
    maxSelections: item.type === "multiple-choice" ? text(item.maxSelections) : "",
    min: hasBounds ? text(item.min) : "",
    max: hasBounds ? text(item.max) : "",
    integer: isNumber ? (item.integer ?? true) : true,
    unit: isNumber ? pair(item.unit) : emptyPair(),
    maxLength: item.type === "text" ? text(item.maxLength) : "",
    showIf: showIfOf(item, keyOfId),
    sourceNote: item.sourceNote ?? "",
  };
}

function scaleOf(scale: TScaleInput, keyOfId: (id: string) => string): TBuilderScale {
  const missing = scale.missing;
  return {
    id: scale.id,
    label: pair(scale.label),
    description: pair(scale.description),
    items: scale.items.map((i) => ({
      itemKey: keyOfId(i.itemId),
      reverse: i.reverse ?? false,
      recode: (i.recode ?? []).map((r) => ({ code: String(r.code), value: String(r.value) })),
    })),
    method: scale.method,
    multiply: String(scale.transform?.multiply ?? 1),
    add: String(scale.transform?.add ?? 0),
    missing: missing.kind,
    maxMissing: missing.kind === "prorate" ? String(missing.maxMissing) : "",
    rangeMin: text(scale.range.min),
    rangeMax: text(scale.range.max),
    higherIsBetter: scale.higherIsBetter,
    cutoffs: (scale.cutoffs ?? []).map((c) => ({ max: text(c.max), da: c.label.da, en: c.label.en })),
    minimalImportantChange: text(scale.minimalImportantChange),
  };
}

/**
 * The builder's state for a definition. Questions get fresh keys; a reference to an id that
 * is not among the questions keeps the id as its key (to-definition.ts writes it back as is).
 */
export function fromDefinition(definition: TInstrumentInput): TBuilderState {
  const keys = new Map<string, string>();
  for (const item of definition.items) if (!keys.has(item.id)) keys.set(item.id, newItemKey());
  const keyOfId = (id: string) => keys.get(id) ?? id;
  return {
    id: definition.id,
    version: definition.version,
    title: pair(definition.title),
    introduction: pair(definition.introduction),
    citation: definition.source.citation,
    url: definition.source.url ?? "",
    licence: definition.licence,
    occasions: [...definition.occasions],
    // A doubled id (an invalid file) gets one key per question all the same, so each can be edited.
    items: definition.items.map((item, index) =>
      itemOf(item, index === definition.items.findIndex((i) => i.id === item.id) ? keyOfId(item.id) : newItemKey(), keyOfId),
    ),
    scales: (definition.scales ?? []).map((s) => scaleOf(s, keyOfId)),
  };
}

/** The version to suggest for a new version of a stored questionnaire: the next minor one (1.2.3 → 1.3.0). */
export function nextMinorVersion(version: string): string {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  return match ? `${match[1]}.${Number(match[2]) + 1}.0` : version;
}
