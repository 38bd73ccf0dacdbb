import { SkipLink } from "@skridt/ui";
import { useTranslation } from "react-i18next";
import { Outlet } from "react-router";
import { MainNav } from "./main-nav";
import { SiteHeader } from "./site-header";
import { useFocusOnNavigate } from "./use-focus-on-navigate";

/** The signed-in frame: skip link, header, navigation, and the page in <main>. */
export function AppShell() {
  const { t } = useTranslation();
  const mainRef = useFocusOnNavigate();
  return (
    <>
      <SkipLink targetId="main">{t("common.skipLink")}</SkipLink>
      <SiteHeader />
      <MainNav />
      <main id="main" tabIndex={-1} ref={mainRef} className="page">
        <Outlet />
      </main>
    </>
  );
}
