import { baggrund } from "./builtin/baggrund";
import { gse } from "./builtin/gse";
import { humoer } from "./builtin/humoer";
import { netvaerk } from "./builtin/netvaerk";
import { selvvurderetHelbred } from "./builtin/selvvurderet-helbred";
import { tilfredshed } from "./builtin/tilfredshed";
import { who5 } from "./builtin/who5";
import type { TInstrument } from "./instrument";
import { compareVersions } from "./semver";

/**
 * Every version of every built-in. Old versions stay listed when a new one ships:
 * stored answers name the version they were given under and must stay scorable.
 */
export const builtinInstrumentVersions: readonly TInstrument[] = [
  baggrund,
  selvvurderetHelbred,
  who5,
  gse,
  humoer,
  netvaerk,
  tilfredshed,
];

/** id → definition; the latest version of each built-in. */
export type TInstrumentRegistry = Readonly<Record<string, TInstrument>>;

function latestById(list: readonly TInstrument[]): TInstrumentRegistry {
  const out: Record<string, TInstrument> = {};
  for (const instrument of list) {
    const current = out[instrument.id];
    if (!current || compareVersions(instrument.version, current.version) > 0) out[instrument.id] = instrument;
  }
  return out;
}

export const builtinInstruments: TInstrumentRegistry = latestById(builtinInstrumentVersions);

/**
 * Find an instrument by id, and by exact version if given (latest otherwise).
 * Pass `versions` to look among a programme's own instruments too.
 */
export function getInstrument(
  id: string,
  version?: string,
  versions: readonly TInstrument[] = builtinInstrumentVersions,
): TInstrument | undefined {
  const matching = versions.filter((i) => i.id === id);
  if (version !== undefined) return matching.find((i) => i.version === version);
  return matching.reduce<TInstrument | undefined>((best, i) => (!best || compareVersions(i.version, best.version) > 0 ? i : best), undefined);
}
