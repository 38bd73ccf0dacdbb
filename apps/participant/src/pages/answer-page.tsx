import { useDocumentTitle } from "@skridt/ui";
import { useTranslation } from "react-i18next";

/** /a/<code>: the questionnaire will live here; for now a kind "not yet". */
export function AnswerPage({ code, navigate }: { code: string; navigate: (to: string) => void }) {
  const { t } = useTranslation();
  useDocumentTitle(t("answer.title"));
  return (
    <>
      <h1 tabIndex={-1}>{t("answer.title")}</h1>
      <p className="lead">{t("answer.body", { code })}</p>
      <p>{t("answer.help")}</p>
      <p>
        <a
          href="/"
          className="big-link"
          onClick={(event) => {
            event.preventDefault();
            navigate("/");
          }}
        >
          {t("answer.back")}
        </a>
      </p>
    </>
  );
}
