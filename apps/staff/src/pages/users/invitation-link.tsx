import { useTranslation } from "react-i18next";
import { CopyField } from "../surveys/copy-field";

/** The one-time invitation link with a copy button. */
export function InvitationLink({ link }: { link: string }) {
  const { t } = useTranslation();
  return (
    <CopyField label={t("users.invitationLink")} value={link} copyLabel={t("users.copy")} copiedText={t("users.copied")} failedText={t("users.copyFailed")} />
  );
}
