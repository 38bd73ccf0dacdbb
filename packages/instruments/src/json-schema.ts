import { z } from "zod";
import { ZInstrument } from "./instrument";

/**
 * JSON Schema for instrument files, for editors' autocompletion when a programme writes
 * its own instrument. It covers the shape only: parseInstrumentDefinition also checks
 * cross-references (ids, conditions, scale items, ranges).
 */
export function instrumentJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ZInstrument, { io: "input" }) as Record<string, unknown>;
}
