// Why an answer the instrument refused is wrong, in terms of the item's own limits, so the
// report can say "at most 3 answers" instead of the answer schema's English sentence.
import type { TItem } from "@skridt/instruments";
import type { CellProblem } from "./cell-values";

export function answerProblem(item: TItem, value: unknown, text: string): CellProblem {
  const options = "options" in item ? item.options.map((o) => ({ code: o.code, label: { da: o.label.da, en: o.label.en } })) : [];
  switch (item.type) {
    case "single-choice":
    case "multiple-choice": {
      const codes = new Set(item.options.map((o) => o.code));
      const chosen = Array.isArray(value) ? value : [value];
      if (chosen.some((c) => !codes.has(c as number))) return { code: "answer_unknown", params: { value: text, item: item.id, options } };
      const max = item.type === "multiple-choice" ? (item.maxSelections ?? codes.size) : 1;
      if (chosen.length > max) return { code: "too_many_choices", params: { value: text, max } };
      break;
    }
    case "number":
      if (typeof value === "number" && item.integer && !Number.isInteger(value)) return { code: "number_not_whole", params: { value: text } };
      if (typeof value === "number" && ((item.min !== undefined && value < item.min) || (item.max !== undefined && value > item.max))) {
        return { code: "number_out_of_range", params: { value: text, min: item.min, max: item.max } };
      }
      break;
    case "text":
      if (typeof value === "string" && value.trim().length > item.maxLength) return { code: "text_too_long", params: { max: item.maxLength } };
      break;
    case "date":
      return { code: "date_out_of_range", params: { value: text, min: item.min, max: item.max } };
  }
  return { code: "answer_invalid", params: { value: text, item: item.id } };
}
