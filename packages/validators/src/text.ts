import { z } from "zod";

// Half of a UTF-16 surrogate pair on its own ("a\udfffb") is no character: no keyboard types it,
// but a client can send it in JSON, and the database layer then fails (a 500 on
// participant.create, contact.create and the search). Every string the API takes is checked here
// first, so such input is bad input (400) with a field message, wherever it arrives.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a string is well-formed UTF-16 (no lone surrogate). */
export function isWellFormedText(value: string): boolean {
  return !LONE_SURROGATE.test(value);
}

/**
 * The base of every string in the shared schemas (names, notes, search terms, ids, codes):
 * `ZString.trim().min(2).max(120)` reads like `z.string()...` and refuses lone surrogates.
 */
export const ZString = z.string().refine(isWellFormedText, { message: "text_malformed" });
