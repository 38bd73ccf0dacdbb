import { LanguageSwitch, SkipLink } from "@skridt/ui";
import { useEffect, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LazyDisplaySettings } from "./display-settings/lazy-display-settings";
import { chooseLocale, isLocale, LANGUAGE_OPTIONS } from "./i18n";

/** Calm frame: the name, the language switch, and one column of content. */
export function Layout({ path, children }: { path: string; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);

  // After an in-page navigation, start reading at the new page's heading.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.querySelector<HTMLElement>("h1")?.focus();
  }, [path]);

  return (
    <>
      <SkipLink targetId="main">{t("skipLink")}</SkipLink>
      <header className="header">
        {/* The front page's own heading is "Skridt"; saying it twice there would be noise. */}
        {path === "/" ? <span /> : <span className="header__brand">{t("appName")}</span>}
        <div className="header__tools">
          <LanguageSwitch
            groupLabel={t("languageGroup")}
            options={LANGUAGE_OPTIONS}
            value={i18n.language}
            onChange={(code) => isLocale(code) && chooseLocale(code)}
          />
          <LazyDisplaySettings />
        </div>
      </header>
      <main id="main" tabIndex={-1} ref={mainRef} className="main">
        {children}
      </main>
    </>
  );
}
