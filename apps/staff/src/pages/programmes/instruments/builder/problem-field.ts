// Which builder field a server problem belongs to. The API names a problem by its place in
// the written definition (`items[2] ("ude").max`, `scales[0] ("x").range.min`); the builder
// writes items, options, scales and cut-offs in form order, so the indexes are the form's.
// Problems about a question or scale as a whole land on that question's or scale's block.

/** `items[2] ("ude").options[1].label.da` → ["items", 2, "options", 1, "label", "da"]. */
export function pathSegments(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const match of path.matchAll(/\.?([A-Za-z_][\w-]*)?(?:\[(\d+)\])?(?: \("[^"]*"\))?/g)) {
    const [, name, index] = match;
    if (name) segments.push(name);
    if (index !== undefined) segments.push(Number(index));
  }
  return segments;
}

/** Where in a question a cross-check message about the whole question points. */
function itemPart(message: string): string | null {
  if (/option code|svarkode/.test(message)) return "options";
  if (/^maxSelections/.test(message)) return "maxSelections";
  if (/^min .* greater than max/.test(message)) return "min";
  if (/display condition/.test(message)) return "showIf.kind";
  return null;
}

/** Where in a scale a cross-check message about the whole scale points. */
function scalePart(message: string): string | null {
  if (/^maxMissing/.test(message)) return "maxMissing";
  if (/range/.test(message) && !/cut-off|band/.test(message)) return "rangeMin";
  if (/cut-off|band/.test(message)) return "cutoffs";
  if (/item|recode/.test(message)) return "items";
  return null;
}

const ITEM_FIELDS: Record<string, string> = { stem: "stem.da", prompt: "prompt.da", help: "help.da", easyRead: "easyRead.da", unit: "unit.da" };
const SCALE_FIELDS: Record<string, string> = {
  label: "label.da",
  description: "description.da",
  "transform.multiply": "multiply",
  "transform.add": "add",
  transform: "multiply",
  "missing.maxMissing": "maxMissing",
  "missing.kind": "missing",
  "range.min": "rangeMin",
  "range.max": "rangeMax",
  range: "rangeMin",
};

/**
 * The form field name (react-hook-form's dotted path) for a problem, or null for one about the
 * definition as a whole. `message` is the English text, used only to place cross-check problems.
 */
export function problemField(path: string, message: string): string | null {
  if (path === "(root)") return null;
  const [head, index, ...rest] = pathSegments(path);
  const tail = rest.join(".");
  if (head === "source") return index === "url" ? "url" : "citation";
  if (head === "title" || head === "introduction") return `${head}.${index === "en" ? "en" : "da"}`;
  if (head === "occasions") return "occasions";
  if ((head === "items" || head === "scales") && typeof index !== "number") return head;

  if (head === "items" && typeof index === "number") {
    const at = (field: string) => `items.${index}.${field}`;
    if (tail === "") return itemPart(message) ? at(itemPart(message)!) : `items.${index}`;
    if (rest[0] === "options") {
      if (typeof rest[1] !== "number") return at("options");
      const option = `options.${rest[1]}`;
      if (rest[2] === "label") return at(`${option}.${rest[3] === "en" ? "en" : "da"}`);
      return at(`${option}.code`);
    }
    if (rest[0] === "showIf") return at("showIf.kind");
    return at(ITEM_FIELDS[tail] ?? tail);
  }

  if (head === "scales" && typeof index === "number") {
    const at = (field: string) => `scales.${index}.${field}`;
    if (tail === "") return scalePart(message) ? at(scalePart(message)!) : `scales.${index}`;
    if (rest[0] === "items") return at("items");
    if (rest[0] === "cutoffs") {
      if (typeof rest[1] !== "number") return at("cutoffs");
      const cutoff = `cutoffs.${rest[1]}`;
      if (rest[2] === "label") return at(`${cutoff}.${rest[3] === "en" ? "en" : "da"}`);
      return at(`${cutoff}.max`);
    }
    return at(SCALE_FIELDS[tail] ?? tail);
  }
  return typeof head === "string" ? head : null;
}

export interface TPlacedProblem {
  field: string | null;
  text: string;
}

/** Problems grouped by field, in the reader's language. */
export function problemsByField(problems: readonly { path: string; da: string; en: string }[], lang: "da" | "en"): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const problem of problems) {
    const field = problemField(problem.path, problem.en);
    if (field === null) continue;
    byField.set(field, [...(byField.get(field) ?? []), problem[lang]]);
  }
  return byField;
}
