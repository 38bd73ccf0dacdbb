import { Button } from "@skridt/ui";
import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDay } from "../../lib/format";
import { landingSite, mentorFillsIn, personalLink, spelledCode, type ClearLink } from "../../lib/survey-link";
import { CopyField } from "./copy-field";
import { QrCodeImage } from "./qr-code-image";
import { useLang } from "../../i18n/use-lang";

/**
 * Everything a mentor needs to hand over a questionnaire the moment it is created: the
 * personal link to copy, the short code to read aloud, a QR code to scan, and (when the
 * mentor fills it in) a button to open it here. Shown only while the link is in clear.
 */
export function LinkPanel({
  link,
  headingLevel = 2,
  focusOnShow = true,
  onHide,
  fillInPath,
}: {
  link: ClearLink;
  /** Where this app fills the survey in (for a mentor-filled mode); without it, the link opens in a new tab. */
  fillInPath?: string | undefined;
  headingLevel?: 2 | 3;
  /** Off where the page focuses its own confirmation first. */
  focusOnShow?: boolean;
  onHide?: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const url = personalLink(link.token);
  const theNoun = t(`surveys.theNoun_${link.occasion}`);
  const Heading = headingLevel === 2 ? "h2" : "h3";

  // A new link is news: move focus to it so it is read out and the mentor sees it at once.
  useEffect(() => {
    if (focusOnShow) headingRef.current?.focus();
  }, [link.token, focusOnShow]);

  return (
    <section className="panel link-panel" aria-labelledby={headingId}>
      <Heading id={headingId} ref={headingRef} tabIndex={-1}>
        {t("link.title", { theNoun })}
      </Heading>
      <p className="link-panel__once">{t("link.shownOnce", { date: formatDay(link.expiresAt, lang) })}</p>
      <div className="link-panel__body">
        <div className="link-panel__text">
          <CopyField label={t("link.personalLink")} value={url} copyLabel={t("link.copy")} copiedText={t("link.copied")} failedText={t("link.copyFailed")} />
          <p className="link-panel__label">{t("link.shortCode")}</p>
          <p className="short-code">
            <span aria-hidden="true">{link.shortCode}</span>
            <span className="ui-visually-hidden">{t("link.shortCodeSpoken", { spelled: spelledCode(link.shortCode) })}</span>
          </p>
          <p className="hint">{t("link.shortCodeHelp", { site: landingSite() })}</p>
          {mentorFillsIn(link.mode) && fillInPath ? (
            <div className="link-panel__open">
              <Link className="ui-button ui-button--primary" to={fillInPath}>
                {t(link.mode === "paper" ? "surveys.enterPaper" : link.mode === "phone" ? "surveys.fillInPhone" : "surveys.fillIn")}
              </Link>
              <p className="hint">{t("surveys.fillInHelp")}</p>
            </div>
          ) : mentorFillsIn(link.mode) ? (
            <div className="link-panel__open">
              <a className="ui-button ui-button--primary" href={url} target="_blank" rel="noopener noreferrer">
                {t("link.openHere")} <span className="ui-visually-hidden">{t("link.newTab")}</span>
              </a>
              <p className="hint">{t("link.openHereHelp")}</p>
            </div>
          ) : null}
        </div>
        <figure className="link-panel__qr">
          <QrCodeImage value={url} alt={t("link.qrAlt")} />
          <figcaption className="hint">{t("link.qrHelp")}</figcaption>
        </figure>
      </div>
      {onHide ? (
        <Button variant="secondary" onClick={onHide}>
          {t("link.hide")}
        </Button>
      ) : null}
    </section>
  );
}
