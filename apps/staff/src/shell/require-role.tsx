import type { TRole } from "@skridt/validators";
import type { ReactNode } from "react";
import { Navigate } from "react-router";
import { hasAnyRole } from "./nav-items";
import { useSession } from "./session-context";

/** A page for some roles only; after switching to an organisation where that role is missing, go home. */
export function RequireRole({ roles, children }: { roles: readonly TRole[]; children: ReactNode }) {
  const session = useSession();
  if (!session.organisation || !hasAnyRole(session.roles, roles)) return <Navigate to="/" replace />;
  return children;
}
