import { isWellFormedText } from "@skridt/instruments/client";
import { z } from "zod";

// A lone surrogate ("a\udfffb") is no character, but a client can send it in JSON and the
// database layer then fails (a 500). Every string the API takes is checked here first, so such
// input is bad input (400) with a field message, wherever it arrives (the check itself lives in
// @skridt/instruments, whose own schemas use it too).
export { isWellFormedText };

/**
 * The base of every string in the shared schemas (names, notes, search terms, ids, codes):
 * `ZString.trim().min(2).max(120)` reads like `z.string()...` and refuses lone surrogates.
 */
export const ZString = z.string().refine(isWellFormedText, { message: "text_malformed" });
