import { LanguageSwitch } from "@skridt/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { currentLocale, isLocale, LANGUAGE_OPTIONS, rememberLocale } from "../i18n";
import { useTRPC } from "../trpc";

/**
 * Dansk/English. The choice is kept in this browser, and for a signed-in user also on
 * the server (`signedIn`), so it follows them to another device.
 */
export function LanguageChooser({ signedIn = false }: { signedIn?: boolean }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const setLocale = useMutation(trpc.auth.setLocale.mutationOptions());
  return (
    <LanguageSwitch
      groupLabel={t("common.languageGroup")}
      options={LANGUAGE_OPTIONS}
      value={currentLocale()}
      onChange={(code) => {
        if (!isLocale(code)) return;
        rememberLocale(code);
        void i18n.changeLanguage(code);
        if (signedIn) setLocale.mutate({ locale: code });
      }}
    />
  );
}
