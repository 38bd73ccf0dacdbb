// A JSON file as a careful person writes one by hand, and as Prettier prints JSON at this
// repository's printWidth (160): two spaces of indent; an object or array on one line when it
// fits, else one member per line; a list of two or more objects (or lists) with more than one
// member each always one per line. The files the staff app lets an admin download (a mapping
// file, a questionnaire definition) are written this way, so they read like the hand-written
// examples in the repository and come out byte for byte the same (issue 16).

const WIDTH = 160;
const INDENT = "  ";

/** Characters on screen (code points), as Prettier counts the width of a line for Danish text. */
const widthOf = (text: string) => [...text].length;

const isContainer = (value: unknown): value is object => typeof value === "object" && value !== null;
const members = (value: object): number => (Array.isArray(value) ? value.length : Object.keys(value).length);

/** One line: `{ "a": 1, "b": [1, 2] }`, `[]`, `{}`. */
function flat(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flat).join(", ")}]`;
  if (isContainer(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return entries.length === 0 ? "{}" : `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${flat(v)}`).join(", ")} }`;
  }
  return JSON.stringify(value) ?? "null";
}

/** Prettier's rule: a list of at least two objects (or lists) of more than one member is never put on one line. */
function mustBreak(value: object): boolean {
  if (!Array.isArray(value) || value.length < 2) return false;
  const first: unknown = value[0];
  const kind = Array.isArray(first) ? "array" : "object";
  return value.every((element: unknown) => isContainer(element) && (Array.isArray(element) ? "array" : "object") === kind && members(element) > 1);
}

/** `value` printed at `indent`, where `before` is already on its line and `after` will follow it. */
function print(value: unknown, indent: string, before: string, after: string): string {
  if (!isContainer(value) || members(value) === 0) return flat(value);
  const oneLine = flat(value);
  if (!mustBreak(value) && widthOf(indent) + widthOf(before) + widthOf(oneLine) + widthOf(after) <= WIDTH) return oneLine;
  const inner = indent + INDENT;
  if (Array.isArray(value)) {
    const lines = value.map((element: unknown, i) => {
      const comma = i < value.length - 1 ? "," : "";
      return `${inner}${print(element, inner, "", comma)}${comma}`;
    });
    return `[\n${lines.join("\n")}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  const lines = entries.map(([key, element], i) => {
    const comma = i < entries.length - 1 ? "," : "";
    const head = `${JSON.stringify(key)}: `;
    return `${inner}${head}${print(element, inner, head, comma)}${comma}`;
  });
  return `{\n${lines.join("\n")}\n${indent}}`;
}

/** The file's text, ending with a newline. */
export function formatJsonFile(value: unknown): string {
  return `${print(value, "", "", "")}\n`;
}
