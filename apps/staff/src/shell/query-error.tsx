import { Alert } from "@skridt/ui";
import { useTranslation } from "react-i18next";
import { errorKey } from "../errors";

/** A failed request, said in words: the API's error key becomes a sentence. */
export function QueryError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert tone="error">
      <p>{t(`errors.${errorKey(error)}`)}</p>
    </Alert>
  );
}
