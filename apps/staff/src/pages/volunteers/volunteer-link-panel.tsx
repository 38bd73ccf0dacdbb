import { useTranslation } from "react-i18next";
import { useLang } from "../../i18n/use-lang";
import { formatDay } from "../../lib/format";
import { landingSite, personalLink, spelledCode } from "../../lib/survey-link";
import { CopyField } from "../surveys/copy-field";
import { QrCodeImage } from "../surveys/qr-code-image";
import { ShownOncePanel } from "../external/shown-once-panel";
import { SendLinkButton } from "../surveys/send-link-button";

export interface VolunteerLink {
  volunteerName: string;
  /** Present when the link can also be sent to the volunteer by e-mail or SMS. */
  surveyId?: string;
  token: string;
  shortCode: string;
  expiresAt: string;
}

/**
 * The volunteer's link while it exists in clear, built like the participants' link panel:
 * the link to copy, the short code to read aloud and a QR code to scan. Shown once.
 */
export function VolunteerLinkPanel({ link, onHide }: { link: VolunteerLink; onHide: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const url = personalLink(link.token);
  return (
    <ShownOncePanel
      title={t("volunteers.send.linkTitle", { name: link.volunteerName })}
      once={t("volunteers.send.shownOnce", { date: formatDay(link.expiresAt, lang) })}
      focusKey={link.token}
      hideLabel={t("volunteers.send.hide")}
      onHide={onHide}
    >
      <div className="link-panel__body">
        <div className="link-panel__text">
          <CopyField
            label={t("volunteers.send.personalLink")}
            value={url}
            copyLabel={t("link.copy")}
            copiedText={t("link.copied")}
            failedText={t("link.copyFailed")}
          />
          <p className="link-panel__label">{t("volunteers.send.shortCode")}</p>
          <p className="short-code">
            <span aria-hidden="true">{link.shortCode}</span>
            <span className="ui-visually-hidden">{t("link.shortCodeSpoken", { spelled: spelledCode(link.shortCode) })}</span>
          </p>
          <p className="hint">{t("volunteers.send.shortCodeHelp", { site: landingSite() })}</p>
          {link.surveyId ? <SendLinkButton surveyId={link.surveyId} recipientName={link.volunteerName} /> : null}
        </div>
        <figure className="link-panel__qr">
          <QrCodeImage value={url} alt={t("volunteers.send.qrAlt")} />
          <figcaption className="hint">{t("volunteers.send.qrHelp")}</figcaption>
        </figure>
      </div>
    </ShownOncePanel>
  );
}
