import { useDocumentTitle } from "@skridt/ui";
import { useTranslation } from "react-i18next";
import { Navigate } from "react-router";
import { navItemsFor } from "./nav-items";
import { useSession } from "./session-context";

/** "/" has no page of its own: it opens the first page the user's roles allow. */
export function HomeRedirect() {
  const { t } = useTranslation();
  const { organisation, roles } = useSession();
  const first = navItemsFor(roles)[0];
  useDocumentTitle("");
  if (first) return <Navigate to={first.path} replace />;
  return (
    <>
      <h1>{t("common.appName")}</h1>
      <p>{organisation ? t("shell.noPages") : t("shell.noOrganisation")}</p>
    </>
  );
}
