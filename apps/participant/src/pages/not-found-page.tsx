import { useDocumentTitle } from "@skridt/ui";
import { useTranslation } from "react-i18next";

export function NotFoundPage({ navigate }: { navigate: (to: string) => void }) {
  const { t } = useTranslation();
  useDocumentTitle(t("notFound.title"));
  return (
    <>
      <h1 tabIndex={-1}>{t("notFound.title")}</h1>
      <p>
        <a
          href="/"
          className="big-link"
          onClick={(event) => {
            event.preventDefault();
            navigate("/");
          }}
        >
          {t("notFound.back")}
        </a>
      </p>
    </>
  );
}
