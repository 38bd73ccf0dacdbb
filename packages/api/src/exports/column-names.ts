// Column names of the wide export (issue 15): `<stem>_<occasion>`, where the stem is the item
// id without a repeated instrument prefix (`who5_1_start`, not `who5_who5_1_start`), the
// scale's score (`who5_score_end`, `humoer_trist_score_end`) or the instrument's version
// (`who5_version_start`). Every name is a valid identifier in R, SPSS and Stata: letters,
// digits and underscores, starting with a letter, at most 32 characters (Stata's limit; SPSS
// allows 64, R any). A stem too long for that is cut at the end, the same way at every
// occasion of its instrument, and the codebook says which item each name holds.

/** Stata's limit, the strictest of the three. */
export const MAX_NAME_LENGTH = 32;

/** Letters, digits and underscores (an instrument id's "-" becomes "_"). */
export const identifier = (text: string) => text.replace(/[^A-Za-z0-9_]/g, "_");

/**
 * The instrument and a part of it (item or scale) without saying the instrument twice:
 * `who5` + `who5_1` → `who5_1`; `gse` + `gse` → `gse`; `selvvurderet_helbred` + `helbred` →
 * `selvvurderet_helbred`; `humoer` + `trist` → `humoer_trist`.
 */
export function instrumentStem(instrumentId: string, partId: string): string {
  const instrument = identifier(instrumentId);
  const part = identifier(partId);
  if (part === instrument || instrument.endsWith(`_${part}`)) return instrument;
  if (part.startsWith(`${instrument}_`)) return part;
  return `${instrument}_${part}`;
}

/**
 * Hands out unique stems. A stem is cut to `room` characters where needed (trailing "_"
 * dropped, so `room` is what is left of 32 after "_" and the instrument's longest occasion
 * word); a stem already given gets a number (`..._2`). Occasion words hold no "_", so unique
 * stems give unique `<stem>_<occasion>` names; the fixed names are reserved as stems too.
 */
export class ColumnStems {
  private readonly taken = new Set<string>();

  constructor(reserved: readonly string[] = []) {
    for (const name of reserved) this.taken.add(name);
  }

  stem(base: string, room: number): string {
    const cut = (s: string, length: number) => s.slice(0, Math.max(1, length)).replace(/_+$/, "");
    let candidate = cut(identifier(base), room);
    for (let n = 2; this.taken.has(candidate); n++) candidate = `${cut(identifier(base), room - String(n).length - 1)}_${n}`;
    this.taken.add(candidate);
    return candidate;
  }
}

/** `<stem>_<occasion>`: the stem's room is what 32 leaves after the longest occasion word it is used with. */
export const roomFor = (occasions: readonly string[]) => MAX_NAME_LENGTH - 1 - Math.max(0, ...occasions.map((o) => o.length));
