// Half of a UTF-16 surrogate pair on its own ("a\udfffb") is no character: no keyboard types it,
// but a client can send it in JSON, and the database layer then fails. The shared schemas in
// @skridt/validators refuse it in every string (ZString); the few schemas that live here, because
// the instruments' own types are built from them (a programme's norms), use the same check.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a string is well-formed UTF-16 (no lone surrogate). */
export function isWellFormedText(value: string): boolean {
  return !LONE_SURROGATE.test(value);
}
