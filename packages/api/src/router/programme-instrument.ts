// A programme's own questionnaires: administrators check and add definition files; the
// measurement plan (router/programme.ts) may then choose them for that programme only.
import { type TRPCRouterRecord } from "@trpc/server";
import { compareVersions } from "@skridt/instruments";
import { loadProgrammeInstruments } from "../programme-instruments/cache";
import { addProgrammeInstrument, checkProgrammeInstrument, MAX_DEFINITION_CHARS, summarise } from "../programme-instruments/store";
import { ZOrgScope, ZString } from "@skridt/validators";
import { organisationProcedure, type OrgContext } from "../trpc";
import { apiError, apiErrorWithDetail } from "../errors";
import { auditSharedSetting, requireProgrammeOwner } from "../workspace/programme-owner";

const ZProgrammeScope = ZOrgScope.extend({ programmeId: ZString.min(1).max(64) });
// One character over the limit still arrives, so the store can say "too large" in words.
const ZDefinition = ZProgrammeScope.extend({ definition: ZString.min(1).max(MAX_DEFINITION_CHARS + 1) });

async function programmeOfOrganisation(ctx: OrgContext, programmeId: string) {
  const linked = await ctx.db.programmeOrganisation.count({ where: { programmeId, organisationId: ctx.organisationId } });
  if (linked === 0) throw apiError("NOT_FOUND", "not_found");
}

export const programmeInstrumentRouter = {
  /** Checks a definition file without storing it: its problems (path, Danish, English) or a preview. */
  validate: organisationProcedure("admin")
    .input(ZDefinition)
    .mutation(async ({ ctx, input }) => {
      await programmeOfOrganisation(ctx, input.programmeId);
      const checked = await checkProgrammeInstrument(ctx.db, input.programmeId, input.definition);
      return checked.ok ? { ok: true as const, instrument: checked.instrument } : { ok: false as const, problems: checked.problems };
    }),

  /** Stores a definition file as the programme's own instrument; any problem stores nothing. */
  add: organisationProcedure("admin")
    .input(ZDefinition)
    .mutation(async ({ ctx, input }) => {
      // A programme's own questionnaire is a shared setting: only the owner's administrators add one.
      const ownership = await requireProgrammeOwner(ctx, input.programmeId);
      const added = await addProgrammeInstrument(ctx.db, { programmeId: input.programmeId, definition: input.definition, createdById: ctx.user.id });
      if (!added.ok) {
        throw apiErrorWithDetail("BAD_REQUEST", "definition_invalid", { problems: added.problems });
      }
      const { id, version } = added.instrument;
      await auditSharedSetting(ctx, ownership, {
        action: "programme.add_instrument",
        targetType: "programme",
        targetId: input.programmeId,
        detail: { instrumentId: id, version },
      });
      return { instrumentId: id, version };
    }),

  /** The programme's own instruments: the latest version of each, with every stored version. */
  list: organisationProcedure("admin")
    .input(ZProgrammeScope)
    .query(async ({ ctx, input }) => {
      await programmeOfOrganisation(ctx, input.programmeId);
      const all = await loadProgrammeInstruments(ctx.db, input.programmeId);
      const byId = new Map<string, typeof all>();
      for (const instrument of all) byId.set(instrument.id, [...(byId.get(instrument.id) ?? []), instrument]);
      return [...byId.values()]
        .map((versions) => {
          const sorted = [...versions].sort((a, b) => compareVersions(a.version, b.version));
          return { ...summarise(sorted.at(-1)!), versions: sorted.map((v) => v.version) };
        })
        .sort((a, b) => a.title.da.localeCompare(b.title.da, "da"));
    }),

  /** One of the programme's own definitions (the latest version unless one is named). */
  get: organisationProcedure("admin")
    .input(ZProgrammeScope.extend({ instrumentId: ZString.min(1).max(64), version: ZString.min(1).max(32).optional() }))
    .query(async ({ ctx, input }) => {
      await programmeOfOrganisation(ctx, input.programmeId);
      const versions = (await loadProgrammeInstruments(ctx.db, input.programmeId)).filter((i) => i.id === input.instrumentId);
      const found = input.version ? versions.find((i) => i.version === input.version) : versions.sort((a, b) => compareVersions(a.version, b.version)).at(-1);
      if (!found) throw apiError("NOT_FOUND", "not_found");
      return found;
    }),
} satisfies TRPCRouterRecord;
