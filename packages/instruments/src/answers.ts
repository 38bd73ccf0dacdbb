import { z } from "zod";
import type { TInstrument } from "./instrument";
import type { TItem } from "./items";
import { isAnswered, type TAnswers, type TAnswerValue } from "./answered";
import { isVisible } from "./visibility";

// Definitions are immutable once parsed, so each item's schema is built once: building a zod
// schema costs more than using it, and every saved answer needs its item's (bench/participant).
const schemas = new WeakMap<TItem, z.ZodType<TAnswerValue>>();

/** A zod schema for one item's answer value. */
export function answerSchemaFor(item: TItem): z.ZodType<TAnswerValue> {
  let schema = schemas.get(item);
  if (!schema) schemas.set(item, (schema = buildAnswerSchema(item)));
  return schema;
}

function buildAnswerSchema(item: TItem): z.ZodType<TAnswerValue> {
  switch (item.type) {
    case "single-choice": {
      const codes = new Set(item.options.map((o) => o.code));
      const list = [...codes].join(", ");
      return z
        .number()
        .int()
        .refine((c) => codes.has(c), { message: `must be one of the codes ${list}` });
    }
    case "multiple-choice": {
      const codes = new Set(item.options.map((o) => o.code));
      const list = [...codes].join(", ");
      const max = item.maxSelections ?? codes.size;
      return z
        .array(
          z
            .number()
            .int()
            .refine((c) => codes.has(c), { message: `must be one of the codes ${list}` }),
        )
        .min(1)
        .max(max, { message: `choose at most ${max}` })
        .refine((a) => new Set(a).size === a.length, { message: "codes must be distinct" });
    }
    case "number": {
      let s = z.number();
      if (item.integer) s = s.int();
      if (item.min !== undefined) s = s.min(item.min);
      if (item.max !== undefined) s = s.max(item.max);
      return s;
    }
    case "text":
      return z.string().trim().min(1).max(item.maxLength);
    case "date": {
      const { min, max } = item;
      // ISO dates compare correctly as strings.
      return z.iso
        .date()
        .refine((d) => min === undefined || d >= min, { message: `must be on or after ${min}` })
        .refine((d) => max === undefined || d <= max, { message: `must be on or before ${max}` });
    }
  }
}

export type TAnswerIssueKind = "required" | "invalid" | "hidden" | "unknown-item";

export interface TAnswerIssue {
  itemId: string;
  kind: TAnswerIssueKind;
  /** "hidden" is a warning: a participant changed an earlier answer; the stale answer is dropped. */
  severity: "error" | "warning";
  message: string;
}

export interface TAnswerValidation {
  /** No errors (warnings allowed). */
  ok: boolean;
  issues: TAnswerIssue[];
  /** The visible, valid answers: what may be stored and scored. */
  values: Record<string, TAnswerValue>;
}

export interface TValidateOptions {
  /** Saving after every answer: do not complain about required items not yet reached. */
  partial?: boolean;
}

/**
 * Check a set of answers against an instrument. Answers to items hidden by their
 * display condition are reported as "hidden" (a warning) and dropped from `values`,
 * so they are never stored as current answers nor scored.
 */
export function validateAnswers(instrument: TInstrument, answers: TAnswers, options: TValidateOptions = {}): TAnswerValidation {
  const issues: TAnswerIssue[] = [];
  const values: Record<string, TAnswerValue> = {};
  const known = new Set(instrument.items.map((i) => i.id));

  for (const itemId of Object.keys(answers)) {
    if (!known.has(itemId)) {
      issues.push({ itemId, kind: "unknown-item", severity: "error", message: `"${itemId}" is not an item of ${instrument.id}@${instrument.version}` });
    }
  }

  for (const item of instrument.items) {
    const raw = answers[item.id];
    const answered = isAnswered(item, raw);
    if (!isVisible(instrument, item.id, answers)) {
      if (answered) issues.push({ itemId: item.id, kind: "hidden", severity: "warning", message: "answered but hidden by its display condition; dropped" });
      continue;
    }
    if (!answered) {
      if (item.required && !options.partial) issues.push({ itemId: item.id, kind: "required", severity: "error", message: "an answer is required" });
      continue;
    }
    const parsed = answerSchemaFor(item).safeParse(raw);
    if (parsed.success) values[item.id] = parsed.data;
    else issues.push({ itemId: item.id, kind: "invalid", severity: "error", message: parsed.error.issues.map((i) => i.message).join("; ") });
  }

  return { ok: !issues.some((i) => i.severity === "error"), issues, values };
}
