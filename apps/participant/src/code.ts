// Survey short codes look like "K7QM-X3RT" (see packages/api/src/surveys/links.ts). People
// type them from hearing them read out, so spaces, dashes and lower case are forgiven.

const CODE_CHARS = /^[A-Z0-9]{8}$/;

/** "k7qm x3rt" → "K7QM-X3RT"; null if it cannot be a code. */
export function normaliseCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, "");
  if (!CODE_CHARS.test(compact)) return null;
  return `${compact.slice(0, 4)}-${compact.slice(4)}`;
}
