// How one stored answer is written in a cell: codes as numbers, several codes as "1;3".
import type { Cell } from "./table";

export function answerCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.join(";");
  if (typeof value === "number" || typeof value === "string") return value;
  return String(value);
}
