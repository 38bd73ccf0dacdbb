// Handing a shared programme's ownership to another organisation that takes part in it (issue
// 11, item 4): the owner's shared settings (retention and erasure, plans, the programme's own
// questionnaires, norms, reminders) are changed by one organisation's administrators at a time,
// and that organisation can pass the role on, for example when the municipality that started a
// project hands its running to a partner.
import { apiError } from "../errors";
import type { OrgContext } from "../trpc";
import { auditSharedSetting, programmeOwnership, requireProgrammeOwner } from "./programme-owner";

/** What an administrator sees of who owns a programme, and whom to ask when it is not them. */
export async function programmeOwnershipView(ctx: Pick<OrgContext, "db" | "organisationId">, programmeId: string) {
  const ownership = await programmeOwnership(ctx.db, programmeId);
  if (!ownership || !ownership.organisations.some((o) => o.id === ctx.organisationId)) throw apiError("NOT_FOUND", "not_found");
  const isOwner = ownership.owner.id === ctx.organisationId;
  // The owner's active administrators, so another organisation's administrator knows whom to
  // ask. Only names and work e-mail addresses, and only to administrators of a partner in the
  // same programme.
  const admins = isOwner
    ? []
    : await ctx.db.user.findMany({
        where: { disabledAt: null, memberships: { some: { organisationId: ownership.owner.id, role: "admin" } } },
        select: { name: true, email: true },
        orderBy: { name: "asc" },
      });
  return {
    owner: ownership.owner,
    isOwner,
    ownerAdmins: admins,
    /** The organisations ownership can go to: every other one taking part (only for the owner). */
    candidates: isOwner ? ownership.organisations.filter((o) => o.id !== ctx.organisationId) : [],
  };
}

/**
 * Makes `toOrganisationId` the owner. Only the owner's administrators may (requireProgrammeOwner),
 * only to an organisation taking part, and only from the owner read here: two hand-overs at the
 * same moment cannot both win. The event goes into every participating organisation's log.
 */
export async function handOverProgramme(ctx: OrgContext, programmeId: string, toOrganisationId: string) {
  const ownership = await requireProgrammeOwner(ctx, programmeId);
  if (toOrganisationId === ownership.owner.id) throw apiError("CONFLICT", "programme_owner_unchanged");
  const to = ownership.organisations.find((o) => o.id === toOrganisationId);
  if (!to) throw apiError("BAD_REQUEST", "programme_owner_not_participating");
  const stored = await ctx.db.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { ownerOrganisationId: true } });
  await ctx.db.$transaction(async (tx) => {
    const moved = await tx.programme.updateMany({
      where: { id: programmeId, ownerOrganisationId: stored.ownerOrganisationId },
      data: { ownerOrganisationId: to.id },
    });
    // Another hand-over won since the owner was read: this organisation no longer owns it.
    if (moved.count !== 1) throw apiError("FORBIDDEN", "programme_not_owner");
    await auditSharedSetting(
      ctx,
      ownership,
      {
        action: "programme.hand_over",
        targetType: "programme",
        targetId: programmeId,
        detail: { fromOrganisation: ownership.owner.name, toOrganisation: to.name },
      },
      tx,
    );
  });
  return { owner: { id: to.id, name: to.name } };
}
