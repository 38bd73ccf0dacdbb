import { useTranslation } from "react-i18next";

/**
 * "Log ind med <provider>": a plain link, because the browser must leave for the server's
 * /auth/sso/start, which sends it on to the organisation's provider (no script involved).
 */
export function SsoLink({ label, from }: { label: string; from?: string | undefined }) {
  const { t } = useTranslation();
  const href = `/auth/sso/start${from ? `?from=${encodeURIComponent(from)}` : ""}`;
  return (
    <p className="sign-in__sso">
      <a className="ui-button ui-button--primary" href={href}>
        {t("signIn.sso", { provider: label })}
      </a>
    </p>
  );
}
