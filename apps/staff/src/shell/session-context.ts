import type { RouterOutputs } from "@skridt/api";
import type { TRole } from "@skridt/validators";
import { createContext, useContext } from "react";

export type Me = RouterOutputs["auth"]["me"];
export type Organisation = Me["organisations"][number];

export interface Session {
  me: Me;
  /** The organisation the user is working in now; null when they belong to none. */
  organisation: Organisation | null;
  roles: readonly TRole[];
  selectOrganisation: (organisationId: string) => void;
}

export const SessionContext = createContext<Session | null>(null);

/** The signed-in user and chosen organisation; only usable below RequireSession. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside RequireSession");
  return session;
}

/** The chosen organisation's id, for the `organisationId` every org-scoped procedure takes. */
export function useOrganisationId(): string {
  const { organisation } = useSession();
  if (!organisation) throw new Error("no organisation chosen");
  return organisation.id;
}
