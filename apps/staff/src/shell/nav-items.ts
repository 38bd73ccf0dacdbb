import type { TRole } from "@skridt/validators";

export interface NavItem {
  path: string;
  /** i18n key of the link text. */
  labelKey:
    "nav.participants" | "nav.programmes" | "nav.companies" | "nav.volunteers" | "nav.organisation" | "nav.users" | "nav.import" | "nav.report" | "privacy.nav";
  roles: readonly TRole[];
}

/** The pages of the staff app and who sees them; the API enforces the same roles. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: "/participants", labelKey: "nav.participants", roles: ["mentor", "admin"] },
  { path: "/programmes", labelKey: "nav.programmes", roles: ["evaluator", "admin"] },
  { path: "/report", labelKey: "nav.report", roles: ["evaluator", "admin"] },
  { path: "/companies", labelKey: "nav.companies", roles: ["mentor", "evaluator", "admin"] },
  // Evaluators cannot read the volunteer register (the API allows mentors and administrators).
  { path: "/volunteers", labelKey: "nav.volunteers", roles: ["mentor", "admin"] },
  { path: "/organisation", labelKey: "nav.organisation", roles: ["admin"] },
  { path: "/users", labelKey: "nav.users", roles: ["admin"] },
  { path: "/import", labelKey: "nav.import", roles: ["admin"] },
  { path: "/privacy", labelKey: "privacy.nav", roles: ["admin"] },
];

export function navItemsFor(roles: readonly TRole[]): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.some((role) => roles.includes(role)));
}

export function hasAnyRole(roles: readonly TRole[], wanted: readonly TRole[]): boolean {
  return wanted.some((role) => roles.includes(role));
}
