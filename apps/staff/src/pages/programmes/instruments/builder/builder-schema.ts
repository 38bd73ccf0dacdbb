// The builder's own field checks, so most slips are named beside the field before anything
// is sent. They are a first pass only: the server checks the written definition with the
// built-ins' schema and cross-checks (programmeInstrument.validate), and that decides.
import { z } from "zod";
import { isChoice, type TBuilderState } from "./builder-state";
import { isNumberText } from "./to-definition";

/** The format's id and version rules (packages/instruments text.ts, instrument.ts), without their English messages. */
const ID = /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const INTEGER = /^\s*[-+]?\d+\s*$/;

export interface TBuilderMessages {
  required: string;
  number: string;
  integer: string;
  bothLanguages: string;
  occasions: string;
  scaleItems: string;
}

type Ctx = z.RefinementCtx;
type Path = (string | number)[];

function need(ctx: Ctx, value: string, path: Path, message: string) {
  if (value.trim() === "") ctx.addIssue({ code: "custom", path, message });
}

function numberField(ctx: Ctx, value: string, path: Path, m: TBuilderMessages, { required = false, integer = false } = {}) {
  if (value.trim() === "") {
    if (required) ctx.addIssue({ code: "custom", path, message: m.required });
    return;
  }
  if (integer ? !INTEGER.test(value) : !isNumberText(value)) ctx.addIssue({ code: "custom", path, message: integer ? m.integer : m.number });
}

function requiredPair(ctx: Ctx, pair: { da: string; en: string }, path: Path, m: TBuilderMessages) {
  need(ctx, pair.da, [...path, "da"], m.required);
  need(ctx, pair.en, [...path, "en"], m.required);
}

/** An optional text may be left out, but not in one language only. */
function optionalPair(ctx: Ctx, pair: { da: string; en: string }, path: Path, m: TBuilderMessages) {
  const da = pair.da.trim() !== "";
  const en = pair.en.trim() !== "";
  if (da && !en) ctx.addIssue({ code: "custom", path: [...path, "en"], message: m.bothLanguages });
  if (en && !da) ctx.addIssue({ code: "custom", path: [...path, "da"], message: m.bothLanguages });
}

const text = z.string();
const pair = z.object({ da: text, en: text });

/** The shape of TBuilderState; what each field must hold is checked in one pass below, field by field. */
const ZShape = z.object({
  id: z.string().trim().min(1).regex(ID),
  version: z.string().trim().min(1).regex(SEMVER),
  title: pair,
  introduction: pair,
  citation: text,
  url: text,
  licence: text,
  occasions: z.array(z.enum(["start", "end", "followup"])),
  items: z.array(
    z.object({
      key: text,
      id: z.string().trim().min(1).regex(ID),
      type: z.enum(["single-choice", "multiple-choice", "number", "text", "date"]),
      required: z.boolean(),
      stem: pair,
      prompt: pair,
      help: pair,
      easyRead: pair,
      audio: pair.optional(),
      options: z.array(z.object({ code: text, da: text, en: text, audio: pair.optional() })),
      maxSelections: text,
      min: text,
      max: text,
      integer: z.boolean(),
      unit: pair,
      maxLength: text,
      showIf: z.object({ kind: z.enum(["always", "answered", "equals", "in"]), itemKey: text, equals: text, codes: text }),
      sourceNote: text,
    }),
  ),
  scales: z.array(
    z.object({
      id: z.string().trim().min(1).regex(ID),
      label: pair,
      description: pair,
      items: z.array(z.object({ itemKey: text, reverse: z.boolean(), recode: z.array(z.object({ code: text, value: text })) })),
      method: z.enum(["sum", "mean"]),
      multiply: text,
      add: text,
      missing: z.enum(["none", "prorate"]),
      maxMissing: text,
      rangeMin: text,
      rangeMax: text,
      higherIsBetter: z.boolean(),
      cutoffs: z.array(z.object({ max: text, da: text, en: text })),
      minimalImportantChange: text,
    }),
  ),
});

export function builderSchema(m: TBuilderMessages) {
  return ZShape.superRefine((state: TBuilderState, ctx) => {
    requiredPair(ctx, state.title, ["title"], m);
    requiredPair(ctx, state.introduction, ["introduction"], m);
    need(ctx, state.citation, ["citation"], m.required);
    need(ctx, state.licence, ["licence"], m.required);
    if (state.occasions.length === 0) ctx.addIssue({ code: "custom", path: ["occasions"], message: m.occasions });

    state.items.forEach((item, i) => {
      const at = (...rest: Path): Path => ["items", i, ...rest];
      requiredPair(ctx, item.prompt, at("prompt"), m);
      optionalPair(ctx, item.stem, at("stem"), m);
      optionalPair(ctx, item.help, at("help"), m);
      optionalPair(ctx, item.easyRead, at("easyRead"), m);
      if (isChoice(item.type)) {
        item.options.forEach((option, o) => {
          numberField(ctx, option.code, at("options", o, "code"), m, { required: true, integer: true });
          requiredPair(ctx, option, at("options", o), m);
        });
      }
      if (item.type === "multiple-choice") numberField(ctx, item.maxSelections, at("maxSelections"), m, { integer: true });
      if (item.type === "number") {
        numberField(ctx, item.min, at("min"), m);
        numberField(ctx, item.max, at("max"), m);
        optionalPair(ctx, item.unit, at("unit"), m);
      }
      if (item.type === "text") numberField(ctx, item.maxLength, at("maxLength"), m, { integer: true });
      const { showIf } = item;
      if (showIf.kind !== "always") {
        need(ctx, showIf.itemKey, at("showIf", "itemKey"), m.required);
        if (showIf.kind === "equals") numberField(ctx, showIf.equals, at("showIf", "equals"), m, { required: true });
        if (showIf.kind === "in") need(ctx, showIf.codes, at("showIf", "codes"), m.required);
      }
    });

    state.scales.forEach((scale, s) => {
      const at = (...rest: Path): Path => ["scales", s, ...rest];
      requiredPair(ctx, scale.label, at("label"), m);
      optionalPair(ctx, scale.description, at("description"), m);
      if (scale.items.length === 0) ctx.addIssue({ code: "custom", path: at("items"), message: m.scaleItems });
      scale.items.forEach((scaleItem, j) =>
        scaleItem.recode.forEach((r, k) => numberField(ctx, r.value, at("items", j, "recode", k, "value"), m, { required: true })),
      );
      numberField(ctx, scale.multiply, at("multiply"), m);
      numberField(ctx, scale.add, at("add"), m);
      if (scale.missing === "prorate") numberField(ctx, scale.maxMissing, at("maxMissing"), m, { required: true, integer: true });
      numberField(ctx, scale.rangeMin, at("rangeMin"), m, { required: true });
      numberField(ctx, scale.rangeMax, at("rangeMax"), m, { required: true });
      scale.cutoffs.forEach((cutoff, c) => {
        numberField(ctx, cutoff.max, at("cutoffs", c, "max"), m);
        requiredPair(ctx, cutoff, at("cutoffs", c), m);
      });
      numberField(ctx, scale.minimalImportantChange, at("minimalImportantChange"), m);
    });
  });
}
