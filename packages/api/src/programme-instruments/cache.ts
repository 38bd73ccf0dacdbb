import type { Db } from "@skridt/db";
import { builtinInstruments, compareVersions, getInstrument, parseInstrumentDefinition, type TInstrument, type TInstrumentRegistry } from "@skridt/instruments";

/**
 * The programmes' own instruments, kept in memory per process so the synchronous code that
 * scores, exports and renders (written for the built-ins) finds them the same way.
 *
 * Safe to cache forever: a stored definition never changes (a change is a new version), and
 * (instrumentId, version) is unique across the database. A second server process learns of
 * an instrument uploaded through the first by reloading on a miss (`ensureInstruments`) and
 * by reading a programme's list from the database where the latest version matters
 * (`loadProgrammeInstruments`).
 */
type TCached = { programmeId: string; instrument: TInstrument };
const cache = new Map<string, TCached>();

const key = (id: string, version: string) => `${id}@${version}`;

/** Puts a stored definition into the cache (also used right after storing one). */
export function remember(row: { programmeId: string; definition: string }): TInstrument {
  // Parsed with the same schema it was validated by before it was stored.
  const instrument = parseInstrumentDefinition(row.definition);
  cache.set(key(instrument.id, instrument.version), { programmeId: row.programmeId, instrument });
  return instrument;
}

/** A built-in or a cached programme instrument, by id and exact version (latest if none given). */
export function findInstrument(id: string, version?: string): TInstrument | undefined {
  const builtin = getInstrument(id, version);
  if (builtin) return builtin;
  if (version !== undefined) return cache.get(key(id, version))?.instrument;
  let latest: TInstrument | undefined;
  for (const { instrument } of cache.values()) {
    if (instrument.id === id && (!latest || compareVersions(instrument.version, latest.version) > 0)) latest = instrument;
  }
  return latest;
}

/** The programme that owns a cached instrument id (undefined for built-ins and unknown ids). */
export function ownerOf(id: string): string | undefined {
  for (const { programmeId, instrument } of cache.values()) if (instrument.id === id) return programmeId;
  return undefined;
}

/** Makes sure every referenced instrument version is in the cache: one query for all the misses. */
export async function ensureInstruments(db: Db, refs: readonly { instrumentId: string; instrumentVersion: string }[]): Promise<void> {
  const missing = refs.filter((r) => !findInstrument(r.instrumentId, r.instrumentVersion));
  if (missing.length === 0) return;
  const rows = await db.programmeInstrument.findMany({
    where: { OR: missing.map((r) => ({ instrumentId: r.instrumentId, version: r.instrumentVersion })) },
    select: { programmeId: true, definition: true },
  });
  for (const row of rows) remember(row);
}

/** The columns a caller selects to hand rows to `instrumentsFromRows`. */
export const PROGRAMME_INSTRUMENT_ROW = { programmeId: true, instrumentId: true, version: true, definition: true } as const;

/** Stored rows as definitions, parsing only the ones this process has not seen. */
export function instrumentsFromRows(rows: readonly { programmeId: string; instrumentId: string; version: string; definition: string }[]): TInstrument[] {
  return rows.map((row) => cache.get(key(row.instrumentId, row.version))?.instrument ?? remember(row));
}

/** Every version of one programme's own instruments, read from the database (so never stale). */
export async function loadProgrammeInstruments(db: Db, programmeId: string): Promise<TInstrument[]> {
  const rows = await db.programmeInstrument.findMany({
    where: { programmeId },
    select: PROGRAMME_INSTRUMENT_ROW,
    orderBy: [{ instrumentId: "asc" }, { createdAt: "asc" }],
  });
  return instrumentsFromRows(rows);
}

/** Every programme's instruments, at server start: most requests then never miss. */
export async function loadAllProgrammeInstruments(db: Db): Promise<number> {
  const rows = await db.programmeInstrument.findMany({ select: { programmeId: true, instrumentId: true, version: true, definition: true } });
  for (const row of rows) if (!cache.has(key(row.instrumentId, row.version))) remember(row);
  return rows.length;
}

/** What a programme's measurement plan may choose from: the built-ins and the latest version of its own. */
export function registryWith(own: readonly TInstrument[]): TInstrumentRegistry {
  const out: Record<string, TInstrument> = { ...builtinInstruments };
  for (const instrument of own) {
    const current = out[instrument.id];
    if (!current || compareVersions(instrument.version, current.version) > 0) out[instrument.id] = instrument;
  }
  return out;
}

/** For tests: behave like a freshly started process. */
export function forgetProgrammeInstruments(): void {
  cache.clear();
}
