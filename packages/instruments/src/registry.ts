import { baggrund, baggrundV1 } from "./builtin/baggrund";
import { frivilligMentor } from "./builtin/frivillig-mentor";
import { gse } from "./builtin/gse";
import { humoer } from "./builtin/humoer";
import { netvaerk } from "./builtin/netvaerk";
import { selvvurderetHelbred } from "./builtin/selvvurderet-helbred";
import { tilfredshed } from "./builtin/tilfredshed";
import { virksomhedsskema } from "./builtin/virksomhedsskema";
import { who5 } from "./builtin/who5";
import type { TInstrument } from "./instrument";
import { compareVersions } from "./semver";

/**
 * Every version of every built-in. Old versions stay listed when a new one ships:
 * stored answers name the version they were given under and must stay scorable.
 */
export const builtinInstrumentVersions: readonly TInstrument[] = [
  baggrundV1,
  baggrund,
  selvvurderetHelbred,
  who5,
  gse,
  humoer,
  netvaerk,
  tilfredshed,
  virksomhedsskema,
  frivilligMentor,
];

/** Who answers an instrument that is not the participant's own: a workplace or a volunteer mentor. */
export type TExternalRespondent = "company" | "volunteer";

/**
 * Built-ins answered by someone other than the participant, through their own personal
 * link. They are kept out of `builtinInstruments` (the participants' catalogue that
 * measurement plans choose from and the participants' figures list) but are found by
 * `getInstrument`, so their stored answers are read and scored like any other.
 */
export const EXTERNAL_RESPONDENT: Readonly<Record<string, TExternalRespondent>> = {
  virksomhedsskema: "company",
  "frivillig-mentor": "volunteer",
};

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

/** The participants' own built-ins (latest version of each). */
export const builtinInstruments: TInstrumentRegistry = latestById(builtinInstrumentVersions.filter((i) => !(i.id in EXTERNAL_RESPONDENT)));

/** The employers' and volunteer mentors' built-ins (latest version of each). */
export const externalInstruments: TInstrumentRegistry = latestById(builtinInstrumentVersions.filter((i) => i.id in EXTERNAL_RESPONDENT));

/**
 * Find an instrument by id, and by exact version if given (latest otherwise).
 * Pass `versions` to look among a programme's own instruments too.
 */
export function getInstrument(id: string, version?: string, versions: readonly TInstrument[] = builtinInstrumentVersions): TInstrument | undefined {
  const matching = versions.filter((i) => i.id === id);
  if (version !== undefined) return matching.find((i) => i.version === version);
  return matching.reduce<TInstrument | undefined>((best, i) => (!best || compareVersions(i.version, best.version) > 0 ? i : best), undefined);
}
