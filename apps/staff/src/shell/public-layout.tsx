import { SkipLink, useDocumentTitle } from "@skridt/ui";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LanguageChooser } from "./language-chooser";

/** Frame for pages shown before sign-in (sign-in, invitation, loading). */
export function PublicLayout({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle(title === t("common.appName") ? "" : title);
  return (
    <>
      <SkipLink targetId="main">{t("common.skipLink")}</SkipLink>
      <header className="site-header">
        <div className="site-header__inner">
          <span className="site-header__brand">{t("common.appName")}</span>
          <div className="site-header__tools">
            <LanguageChooser />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="page page--narrow">
        <h1>{title}</h1>
        {children}
      </main>
    </>
  );
}
