import { builtinNorms } from "./builtin";
import { ZProgrammeNorms, type TScaleNorm } from "./types";

/**
 * The norms a programme's figures use: the programme's own (stored JSON, Programme.changeNorms)
 * where it set one for a scale, else the built-in. A stored text that no longer parses is
 * ignored rather than failing every figure (it was validated when it was stored).
 */
export function normsFor(stored: string | null | undefined): { norms: TScaleNorm[]; own: Set<string> } {
  const own = new Set<string>();
  let programme: TScaleNorm[] = [];
  if (stored) {
    const parsed = ZProgrammeNorms.safeParse(safeJson(stored));
    if (parsed.success) programme = parsed.data;
  }
  const key = (n: { instrumentId: string; scaleId: string }) => `${n.instrumentId}\u0000${n.scaleId}`;
  const byScale = new Map(builtinNorms.map((n) => [key(n), n]));
  for (const n of programme) {
    byScale.set(key(n), n);
    own.add(key(n));
  }
  return { norms: [...byScale.values()], own };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
