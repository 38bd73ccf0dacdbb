import { TRPCClientError } from "@trpc/client";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { PRIVACY_ERRORS } from "./text";

/** The message for a failed privacy call: the privacy pages' own error keys first, then the app's. */
export function usePrivacyError() {
  const { t } = useTranslation();
  return (error: unknown): string => {
    const message = error instanceof TRPCClientError ? error.message : "";
    return (PRIVACY_ERRORS as string[]).includes(message) ? t(`privacy.errors.${message}`) : t(`errors.${errorKey(error)}`);
  };
}
