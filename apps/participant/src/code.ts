// Participant codes look like "K7Q-M3X" (see packages/api/src/participant-code.ts). People
// type them from hearing them read out, so spaces, dashes and lower case are forgiven.

const CODE_CHARS = /^[A-Z0-9]{6}$/;

/** "k7q m3x" → "K7Q-M3X"; null if it cannot be a code. */
export function normaliseCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, "");
  if (!CODE_CHARS.test(compact)) return null;
  return `${compact.slice(0, 3)}-${compact.slice(3)}`;
}
