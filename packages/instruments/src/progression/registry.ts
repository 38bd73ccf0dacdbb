import { compareVersions } from "../semver";
import { halsnaes } from "./builtin/halsnaes";
import { stige } from "./builtin/stige";
import type { TProgressionModel } from "./model";
import { planFor, type TProgressionPlan } from "./plan";

/** Every version of every built-in model; old versions stay so stored reviews stay readable. */
export const builtinProgressionModelVersions: readonly TProgressionModel[] = [halsnaes, stige];

/** id → latest version of each built-in model. */
export const progressionModels: Readonly<Record<string, TProgressionModel>> = Object.fromEntries(
  builtinProgressionModelVersions.map((m) => [m.id, getProgressionModel(m.id) as TProgressionModel]),
);

/** By id, and exact version if given (latest otherwise). Pass `versions` to include a programme's own models. */
export function getProgressionModel(
  id: string,
  version?: string,
  versions: readonly TProgressionModel[] = builtinProgressionModelVersions,
): TProgressionModel | undefined {
  const matching = versions.filter((m) => m.id === id);
  if (version !== undefined) return matching.find((m) => m.version === version);
  return matching.reduce<TProgressionModel | undefined>((best, m) => (!best || compareVersions(m.version, best.version) > 0 ? m : best), undefined);
}

/** The demo programme's plan: the Halsnæs model with all six areas, reviewed every four weeks. */
export const defaultProgressionPlan: TProgressionPlan = planFor(halsnaes);
