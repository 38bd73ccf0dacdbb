// Turns a source cell into an answer value for one item: the mapping's own translations
// first, then the instrument's option labels (Danish or English, any case), then codes.
// Returns a problem instead when the text fits nothing, so the row report can say why.
import type { TItem } from "@skridt/instruments";
import type { TColumnMapping } from "./mapping";
import type { ImportProblemCode, ImportProblemParams } from "@skridt/validators";

export type CellProblem = { code: ImportProblemCode; params: ImportProblemParams };
export type CellResult = { value: unknown } | { missing: true } | { problem: CellProblem };

const fold = (s: string) => s.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("da");

/** Ticked in a one-column-per-option layout. */
const TICKED = new Set(["1", "x", "ja", "yes", "true", "sand", "valgt"]);
const UNTICKED = new Set(["0", "nej", "no", "false", "falsk", "ikke valgt"]);

export function resolveCell(item: TItem, mapping: TColumnMapping, raw: string): CellResult {
  const text = raw.trim();
  if ("code" in mapping) {
    if (text === "" || UNTICKED.has(fold(text))) return { missing: true };
    return TICKED.has(fold(text)) ? { value: [mapping.code] } : { problem: { code: "tick_invalid", params: { value: text } } };
  }
  if (text === "") return { missing: true };
  const own = mapping.values ? lookup(mapping.values, text) : undefined;
  if (own !== undefined) return { value: item.type === "multiple-choice" && !Array.isArray(own) ? [own] : own };
  switch (item.type) {
    case "single-choice":
      return optionCode(item, text);
    case "multiple-choice": {
      const codes: number[] = [];
      for (const part of text
        .split(/[;|]/)
        .map((p) => p.trim())
        .filter(Boolean)) {
        const one = mapping.values ? lookup(mapping.values, part) : undefined;
        const result = one !== undefined ? { value: one } : optionCode(item, part);
        if ("problem" in result) return result;
        if ("value" in result) codes.push(...(Array.isArray(result.value) ? result.value : [result.value as number]));
      }
      return { value: [...new Set(codes)] };
    }
    case "number": {
      const n = Number(text.replace(/\s/g, "").replace(",", "."));
      return Number.isFinite(n) ? { value: n } : { problem: { code: "not_a_number", params: { value: text } } };
    }
    case "date": {
      const d = parseDate(text);
      return d ? { value: d.slice(0, 10) } : { problem: { code: "date_invalid", params: { value: text } } };
    }
    case "text":
      return { value: text };
  }
}

function lookup(values: Record<string, number | number[]>, text: string): number | number[] | undefined {
  if (text in values) return values[text];
  const wanted = fold(text);
  const key = Object.keys(values).find((k) => fold(k) === wanted);
  return key === undefined ? undefined : values[key];
}

function optionCode(item: TItem & { options: { code: number; label: { da: string; en: string } }[] }, text: string): CellResult {
  const wanted = fold(text);
  const byLabel = item.options.find((o) => fold(o.label.da) === wanted || fold(o.label.en) === wanted);
  if (byLabel) return { value: byLabel.code };
  if (/^-?\d+$/.test(text) && item.options.some((o) => o.code === Number(text))) return { value: Number(text) };
  return {
    problem: {
      code: "answer_unknown",
      params: { value: text, item: item.id, options: item.options.map((o) => ({ code: o.code, label: { da: o.label.da, en: o.label.en } })) },
    },
  };
}

/**
 * Dates as Skridt writes them (YYYY-MM-DD), as Danish Excel and SurveyXact do (DD-MM-YYYY,
 * DD.MM.YYYY, DD/MM/YYYY), each with an optional time HH:MM[:SS]. Returns "YYYY-MM-DD" or
 * "YYYY-MM-DDTHH:MM:SS" (local time), or null.
 */
export function parseDate(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?/.exec(t);
  let y: number, mo: number, d: number;
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else {
    m = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?:[ T](\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$/.exec(t);
    if (!m) return null;
    [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (m[4] === undefined) return date;
  const [h, mi, s] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (h > 23 || mi > 59 || s > 59) return null;
  return `${date}T${pad(h)}:${pad(mi)}:${pad(s)}`;
}
