import type { z } from "zod";
import { crossCheck } from "./cross-checks";
import { ZInstrument, type TInstrument, type TInstrumentInput } from "./instrument";

/** Thrown for an invalid definition; `problems` lists every problem found, not just the first. */
export class InstrumentDefinitionError extends Error {
  readonly instrumentId: string;
  readonly problems: string[];
  constructor(instrumentId: string, problems: string[]) {
    super(`Instrument "${instrumentId}" is invalid:\n- ${problems.join("\n- ")}`);
    this.name = "InstrumentDefinitionError";
    this.instrumentId = instrumentId;
    this.problems = problems;
  }
}

/** Turn zod's path [items, 3, options] into `items[3] ("who5_1").options` so authors can find it. */
export function describePath(input: unknown, path: readonly PropertyKey[]): string {
  let node: unknown = input;
  let out = "";
  for (const key of path) {
    if (typeof key === "number") {
      node = Array.isArray(node) ? node[key] : undefined;
      const id = node && typeof node === "object" && "id" in node ? (node as { id: unknown }).id : undefined;
      out += typeof id === "string" ? `[${key}] ("${id}")` : `[${key}]`;
    } else {
      node = node && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined;
      out += out === "" ? String(key) : `.${String(key)}`;
    }
  }
  return out === "" ? "(root)" : out;
}

function zodProblems(input: unknown, error: z.ZodError): string[] {
  return error.issues.map((i) => `${describePath(input, i.path)}: ${i.message}`);
}

function idOf(input: unknown): string {
  const id = input && typeof input === "object" && "id" in input ? (input as { id: unknown }).id : undefined;
  return typeof id === "string" && id !== "" ? id : "(no id)";
}

/** Validate with the schema, then cross-check references; throw one error listing everything. */
export function checkDefinition(input: unknown): TInstrument {
  const parsed = ZInstrument.safeParse(input);
  if (!parsed.success) throw new InstrumentDefinitionError(idOf(input), zodProblems(input, parsed.error));
  const problems = crossCheck(parsed.data);
  if (problems.length > 0) throw new InstrumentDefinitionError(parsed.data.id, problems);
  return parsed.data;
}

/** For code-defined instruments: typed input, defaults filled in, cross-references checked. */
export function defineInstrument(definition: TInstrumentInput): TInstrument {
  return checkDefinition(definition);
}

/**
 * For programmes' own instruments arriving as JSON (parsed or as text). The same schema
 * and cross-reference checks as the built-ins: there is no second, laxer path.
 */
export function parseInstrumentDefinition(json: unknown): TInstrument {
  if (typeof json === "string") {
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch (e) {
      throw new InstrumentDefinitionError("(unparsed)", [`not valid JSON: ${(e as Error).message}`]);
    }
    return checkDefinition(value);
  }
  return checkDefinition(json);
}
