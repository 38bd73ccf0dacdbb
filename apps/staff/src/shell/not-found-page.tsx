import { useDocumentTitle } from "@skridt/ui";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("shell.notFound"));
  return (
    <>
      <h1>{t("shell.notFound")}</h1>
      <p>
        <Link to="/">{t("shell.backHome")}</Link>
      </p>
    </>
  );
}
