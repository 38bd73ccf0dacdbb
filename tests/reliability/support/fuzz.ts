// Fuzzing every tRPC procedure of the app router with fast-check: shapes close to valid (the
// keys each procedure's own zod schemas name, with real ids of this database) mixed with
// hostile values (huge strings, wrong types, odd unicode including lone surrogates and
// right-to-left marks, __proto__/constructor keys, deep nesting, NaN/Infinity/-0, arrays of
// 10,000 items), called anonymously and as each staff role. Findings are collected rather than
// thrown, so a run reports all of them at once (no shrinking of 100 KB inputs).
import { appRouter } from "@skridt/api";
import type { Db } from "@skridt/db";
import { TRPCError } from "@trpc/server";
import fc from "fast-check";
import { callerFor, callPath, createSessionToken, createUser } from "../../support/api";
import { createOpenSurveys, rowCounts, tableNames } from "./fixtures";

export type Role = "anonymous" | "admin" | "mentor" | "evaluator";
export const ROLES: Role[] = ["anonymous", "admin", "mentor", "evaluator"];

export interface FuzzProcedure {
  path: string;
  type: "query" | "mutation";
  /** Every object key the procedure's input schemas name, at any depth. */
  keys: string[];
}

type ZodLike = { _zod?: { def?: Record<string, unknown> } };

function collectKeys(schema: unknown, keys: Set<string>, seen = new Set<unknown>()) {
  if (!schema || typeof schema !== "object" || seen.has(schema)) return;
  seen.add(schema);
  const def = (schema as ZodLike)._zod?.def;
  if (!def) return;
  const shape = def.shape as Record<string, unknown> | undefined;
  if (shape && typeof shape === "object") {
    for (const [key, value] of Object.entries(shape)) {
      keys.add(key);
      collectKeys(value, keys, seen);
    }
  }
  for (const field of ["innerType", "in", "out", "element", "left", "right", "valueType", "keyType", "schema"]) collectKeys(def[field], keys, seen);
  for (const field of ["options", "items"]) if (Array.isArray(def[field])) for (const option of def[field] as unknown[]) collectKeys(option, keys, seen);
  if (typeof def.getter === "function") collectKeys((def.getter as () => unknown)(), keys, seen);
}

export function listProcedures(): FuzzProcedure[] {
  const record = appRouter._def.procedures as unknown as Record<string, { _def: { type: "query" | "mutation" | "subscription"; inputs: unknown[] } }>;
  return Object.entries(record)
    .filter(([, p]) => p._def.type !== "subscription")
    .map(([path, p]) => {
      const keys = new Set<string>();
      for (const input of p._def.inputs) collectKeys(input, keys);
      return { path, type: p._def.type as "query" | "mutation", keys: [...keys].sort() };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

export interface FuzzWorld {
  db: Db;
  organisationId: string;
  programmeId: string;
  participantIds: string[];
  surveyIds: string[];
  surveyTokens: string[];
  shortCodes: string[];
  userIds: Record<Exclude<Role, "anonymous">, string>;
  tokens: Record<Role, string | null>;
  tables: string[];
}

/** An organisation with three open questionnaires and one signed-in user per role. */
export async function prepareWorld(db: Db): Promise<FuzzWorld> {
  const { organisationId, programmeId, surveys } = await createOpenSurveys(db, 3, "Fuzz");
  const userIds = {} as FuzzWorld["userIds"];
  for (const role of ["admin", "mentor", "evaluator"] as const) {
    userIds[role] = (await createUser(db, { roles: [{ organisationId, role }] })).id;
  }
  await db.participant.updateMany({ where: { organisationId }, data: { mentorId: userIds.mentor } });
  const world: FuzzWorld = {
    db,
    organisationId,
    programmeId,
    participantIds: surveys.map((s) => s.participantId),
    surveyIds: surveys.map((s) => s.surveyId),
    surveyTokens: surveys.map((s) => s.token),
    shortCodes: surveys.map((s) => s.shortCode),
    userIds,
    tokens: { anonymous: null, admin: null, mentor: null, evaluator: null },
    tables: await tableNames(db),
  };
  await refreshSessions(world);
  return world;
}

/** New sessions for the staff roles (after a fuzzed call signed one out or changed users). */
export async function refreshSessions(world: FuzzWorld) {
  for (const role of ["admin", "mentor", "evaluator"] as const) {
    await world.db.user.update({ where: { id: world.userIds[role] }, data: { disabledAt: null } });
    world.tokens[role] = await createSessionToken(world.db, world.userIds[role]);
  }
}

// ---- values -------------------------------------------------------------------------------

const ODD = [
  "\uD800",
  "\uDFFF",
  "\uDBFF\uDBFF",
  "\u202E",
  "\u200F",
  "\u200B",
  "\uFEFF",
  "\u0000",
  "e\u0301",
  "𝕏",
  "👩‍👩‍👧",
  "ﷺ",
  "\u2028",
  "Ø",
  '\'; DROP TABLE "Answer"; --',
  "%00",
  "../../etc/passwd",
  "<script>alert(1)</script>",
];

export const oddString = fc
  .array(fc.oneof(fc.constantFrom(...ODD), fc.string({ maxLength: 8 }), fc.string({ unit: "binary", maxLength: 8 })), { maxLength: 12 })
  .map((parts) => parts.join(""));

const huge = fc
  .constantFrom(100_000, 70_000, 5_001)
  .chain((n) => fc.constantFrom("x".repeat(n), "ø".repeat(n), "\uD800".repeat(Math.min(n, 20_000)), `${"9".repeat(n)}`));
const oddNumber = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 2 ** 53 + 1, 1e308, -1, 0.5, Number.MIN_VALUE);
const bigArray = fc
  .constantFrom(
    () => Array.from({ length: 10_000 }, (_, i) => i),
    () => Array.from({ length: 10_000 }, () => "a"),
    () => Array.from({ length: 10_000 }, () => ({ id: "x" })),
  )
  .map((make) => make());

function deep(depth: number, leaf: unknown, asArray: boolean): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
}
const deepNest = fc.tuple(fc.constantFrom(50, 1_000, 5_000), fc.boolean()).map(([depth, asArray]) => deep(depth, "leaf", asArray));

/** Objects whose own keys are __proto__, constructor or prototype (as JSON.parse makes them). */
const protoKeys = fc.constantFrom("__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "isAdmin", "role");
export const protoObject = fc
  .array(fc.tuple(protoKeys, fc.oneof(fc.constant({ isAdmin: true, role: "admin", polluted: 1 }), fc.jsonValue({ maxDepth: 2 }))), { maxLength: 4 })
  .map((entries) => {
    const object: Record<string, unknown> = {};
    for (const [key, value] of entries) Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
    return object;
  });

export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  huge,
  oddString,
  oddNumber,
  bigArray,
  deepNest,
  protoObject,
  fc.anything({
    maxDepth: 3,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
  }),
  fc.constantFrom(null, undefined, true, false, 0, "", [], {}),
);

/** The same, but only what JSON can carry (for HTTP). */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  huge,
  oddString,
  bigArray,
  deepNest,
  protoObject,
  fc.jsonValue({ maxDepth: 4 }),
  fc.constantFrom(null, true, 0, -1, "", [], {}, 1e308),
);

const iso = fc.date({ min: new Date("1900-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }).map((d) => d.toISOString());
const plausible: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -10, max: 100 }),
  fc.boolean(),
  iso,
  iso.map((s) => s.slice(0, 10)),
  fc.constantFrom(
    "start",
    "end",
    "followup",
    "self",
    "assisted",
    "phone",
    "paper",
    "admin",
    "mentor",
    "evaluator",
    "da",
    "en",
    "who5",
    "who5_1",
    "meeting",
    "phone",
    "job",
    "open",
    "done",
    "csv",
    "xlsx",
    "long",
    "wide",
  ),
  fc.emailAddress(),
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 6 }),
  fc.uuid(),
);

function valueFor(world: FuzzWorld, key: string): fc.Arbitrary<unknown> {
  const pick = (values: string[]) => fc.constantFrom(...values);
  const known: Record<string, fc.Arbitrary<unknown>> = {
    organisationId: fc.constant(world.organisationId),
    programmeId: fc.constant(world.programmeId),
    participantId: pick(world.participantIds),
    participantIds: fc.constant(world.participantIds),
    surveyId: pick(world.surveyIds),
    token: pick(world.surveyTokens),
    code: pick(world.shortCodes),
  };
  const good = known[key];
  // Mostly valid-shaped: the real id or a plausible value; sometimes hostile.
  return good
    ? fc.oneof({ arbitrary: good, weight: 6 }, { arbitrary: plausible, weight: 1 }, { arbitrary: hostile, weight: 1 })
    : fc.oneof({ arbitrary: plausible, weight: 3 }, { arbitrary: hostile, weight: 1 });
}

/** Inputs for one procedure: objects with its own keys (some nested), or anything at all. */
export function inputFor(world: FuzzWorld, procedure: FuzzProcedure, json = false): fc.Arbitrary<unknown> {
  const keys = procedure.keys.length > 0 ? procedure.keys : ["organisationId", "id"];
  const shaped = fc
    .array(fc.tuple(fc.constantFrom(...keys), fc.integer({ min: 0, max: 9 })), { minLength: 1, maxLength: keys.length + 2 })
    .chain((chosen) =>
      fc.tuple(
        ...chosen.map(([key, nest]) =>
          (nest === 0 && keys.length > 1
            ? fc.dictionary(
                fc.constantFrom(...keys),
                fc.constantFrom(...keys).chain((k) => valueFor(world, k)),
                { maxKeys: 4 },
              )
            : valueFor(world, key)
          ).map((value) => [key, value] as const),
        ),
      ),
    )
    .map((entries) => {
      const object: Record<string, unknown> = { organisationId: world.organisationId };
      for (const [key, value] of entries) object[key] = value;
      return object;
    });
  const withProto = fc.tuple(shaped, protoObject).map(([a, b]) => Object.assign(b, a));
  return fc.oneof({ arbitrary: shaped, weight: 6 }, { arbitrary: withProto, weight: 1 }, { arbitrary: json ? hostileJson : hostile, weight: 2 });
}

// ---- running ------------------------------------------------------------------------------

export interface FuzzReport {
  calls: number;
  succeeded: number;
  rejected: number;
  codes: Record<string, number>;
  /** Internal errors and rejected calls that changed rows. Empty when all is well. */
  findings: string[];
}

/** Tables a refused call may write to by design: failed sign-ins and short-code guesses are counted. */
const MAY_CHANGE_ON_REFUSAL = new Set(["SignInFailure"]);

function describeInput(input: unknown): string {
  try {
    const text = JSON.stringify(input, (_k, v: unknown) => (typeof v === "bigint" ? `${v}n` : v));
    return text === undefined ? String(input) : text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text;
  } catch (error) {
    return `(unprintable: ${String(error).slice(0, 80)})`;
  }
}

/** Calls one procedure `runs` times with generated inputs, each time as a random role. */
export async function fuzzProcedure(world: FuzzWorld, procedure: FuzzProcedure, opts: { runs: number; seed: number }): Promise<FuzzReport> {
  const report: FuzzReport = { calls: 0, succeeded: 0, rejected: 0, codes: {}, findings: [] };
  const samples = fc.sample(fc.tuple(fc.constantFrom(...ROLES), inputFor(world, procedure), fc.integer({ min: 1, max: 254 })), {
    numRuns: opts.runs,
    seed: opts.seed,
  });
  let before = await rowCounts(world.db, world.tables);
  for (const [role, input, host] of samples) {
    const { caller } = await callerFor(world.db, { token: world.tokens[role], ip: `198.51.100.${host}` });
    report.calls++;
    let error: unknown = null;
    try {
      await callPath(caller, procedure.path, input);
    } catch (caught) {
      error = caught;
    }
    const after = await rowCounts(world.db, world.tables);
    if (error === null) {
      report.succeeded++;
    } else {
      report.rejected++;
      const code = error instanceof TRPCError ? error.code : "NOT_A_TRPC_ERROR";
      report.codes[code] = (report.codes[code] ?? 0) + 1;
      if (code === "INTERNAL_SERVER_ERROR" || code === "NOT_A_TRPC_ERROR") {
        const cause = error instanceof TRPCError ? error.cause : error;
        report.findings.push(`${procedure.path} as ${role}: ${code} (${String(cause).slice(0, 200)}) for ${describeInput(input)}`);
      }
      const changed = Object.keys(after).filter((table) => after[table] !== before[table] && !MAY_CHANGE_ON_REFUSAL.has(table));
      if (changed.length > 0) {
        report.findings.push(
          `${procedure.path} as ${role}: refused (${code}) but changed ${changed.map((t) => `${t} ${before[t]}→${after[t]}`).join(", ")} for ${describeInput(input)}`,
        );
      }
    }
    before = after;
    // A fuzzed call may have signed a session out or changed a user: start the next one signed in again.
    if (error === null && (procedure.path === "auth.signOut" || procedure.path.startsWith("user.") || procedure.path.startsWith("auth."))) {
      await refreshSessions(world);
      before = await rowCounts(world.db, world.tables);
    }
  }
  return report;
}

/** For HTTP: the request a browser would send for this call. */
export function httpRequestFor(procedure: FuzzProcedure, input: unknown): { method: "GET" | "POST"; url: string; payload?: string } {
  let json: string;
  try {
    json = JSON.stringify(input) ?? "null";
  } catch {
    // Too deep for JSON.stringify's stack here: send deep nesting written by hand instead.
    json = `${"[".repeat(5_000)}${"]".repeat(5_000)}`;
  }
  if (procedure.type === "query") return { method: "GET", url: `/trpc/${procedure.path}?input=${encodeURIComponent(json)}` };
  return { method: "POST", url: `/trpc/${procedure.path}`, payload: json };
}
