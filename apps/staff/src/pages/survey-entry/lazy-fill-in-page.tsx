import { LoadingStatus } from "@skridt/ui";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";

// The questionnaire screens, their styles and texts are a chunk of their own: only a mentor
// filling in a questionnaire needs them.
const FillInPage = lazy(() => import("./fill-in-page").then((m) => ({ default: m.FillInPage })));

export function LazyFillInPage() {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<LoadingStatus>{t("common.loading")}</LoadingStatus>}>
      <FillInPage />
    </Suspense>
  );
}
