import { answerSchemaFor, type TAnswerValue, type TItem } from "@skridt/instruments/client";
import { z } from "zod";

/** What a question's form holds: the raw text of an input, the checked radio's value, or the checked boxes. */
export type RawValue = string | string[] | boolean;
export interface QuestionFormValues {
  value: RawValue;
}

const INVALID = Symbol("invalid");

/** Raw form value → answer value; null means "no answer" (clears a stored one). */
export function toAnswer(item: TItem, raw: RawValue): TAnswerValue | null | typeof INVALID {
  switch (item.type) {
    case "single-choice":
      return typeof raw === "string" && raw !== "" ? Number(raw) : null;
    case "multiple-choice": {
      // react-hook-form gives a lone checkbox as its value or false, several as an array.
      const list = Array.isArray(raw) ? raw : typeof raw === "string" ? [raw] : [];
      const codes = list.map(Number);
      return codes.length > 0 ? codes : null;
    }
    case "number": {
      // Danish decimals use a comma; thousands are sometimes typed with spaces or dots.
      const text = String(raw).trim().replace(/\s/g, "").replace(",", ".");
      if (text === "") return null;
      return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : INVALID;
    }
    case "text":
    case "date": {
      const text = typeof raw === "string" ? raw : "";
      return text.trim() === "" ? null : text;
    }
  }
}

/** Answer value → what the form shows. */
export function toRaw(item: TItem, value: unknown): RawValue {
  if (value === undefined || value === null) return item.type === "multiple-choice" ? [] : "";
  if (item.type === "multiple-choice") return Array.isArray(value) ? value.map(String) : [];
  return String(value);
}

/**
 * The form's zod schema: the raw value must turn into a valid answer for this item, or be
 * empty (skipping is allowed here; submit asks for required answers). Messages are chosen by
 * the component from the item, so zod's own wording never reaches a participant.
 */
export function formSchemaFor(item: TItem) {
  const answer = answerSchemaFor(item);
  return z.object({
    value: z.union([z.string(), z.array(z.string()), z.boolean()]).superRefine((raw, ctx) => {
      const value = toAnswer(item, raw);
      if (value === INVALID || (value !== null && !answer.safeParse(value).success)) ctx.addIssue({ code: "custom", message: "invalid" });
    }),
  });
}

/** The answer the raw value stands for, if it is a valid one (or an empty one). */
export function parseAnswer(item: TItem, raw: RawValue): { ok: true; value: TAnswerValue | null } | { ok: false } {
  const value = toAnswer(item, raw);
  if (value === INVALID) return { ok: false };
  if (value === null) return { ok: true, value: null };
  return answerSchemaFor(item).safeParse(value).success ? { ok: true, value } : { ok: false };
}

export { sameAnswer } from "./same-answer";
