import { DataTable } from "@skridt/ui";
import { useTranslation } from "react-i18next";
import { useLang } from "../../i18n/use-lang";
import { formatDay } from "../../lib/format";
import { landingSite, personalLink, spelledCode } from "../../lib/survey-link";
import { ShownOncePanel } from "../external/shown-once-panel";
import { SendLinkButton } from "../surveys/send-link-button";

export interface CompanyLink {
  companyId: string;
  /** Present when the link can also be sent to the company by e-mail or SMS. */
  surveyId?: string;
  companyName: string;
  token: string;
  shortCode: string;
  expiresAt: string;
}

/** The companies' links and codes while they exist in clear: one row each, to copy or print. */
export function CompanyLinksPanel({ links, onHide }: { links: CompanyLink[]; onHide: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <ShownOncePanel
      title={t("companies.send.linksTitle")}
      once={t("companies.send.linksOnce")}
      focusKey={links.map((l) => l.token).join()}
      printLabel={t("companies.send.print")}
      hideLabel={t("companies.send.hide")}
      onHide={onHide}
    >
      <p className="hint">{t("companies.send.codeHelp", { site: landingSite() })}</p>
      <DataTable
        caption={t("companies.send.linksCaption")}
        rows={links}
        rowKey={(l) => l.companyId}
        columns={[
          {
            key: "name",
            header: t("companies.name"),
            rowHeader: true,
            cell: (l) => (
              <>
                {l.companyName}
                <span className="cell-note">{t("companies.send.expires", { date: formatDay(l.expiresAt, lang) })}</span>
              </>
            ),
          },
          {
            key: "code",
            header: t("companies.send.code"),
            className: "short-code",
            cell: (l) => (
              <>
                <span aria-hidden="true">{l.shortCode}</span>
                <span className="ui-visually-hidden">{spelledCode(l.shortCode)}</span>
              </>
            ),
          },
          {
            key: "link",
            header: t("companies.send.linkHeader"),
            cell: (l) => (
              <>
                <input
                  type="text"
                  readOnly
                  className="link-field"
                  aria-label={t("companies.send.link", { name: l.companyName })}
                  value={personalLink(l.token)}
                  onFocus={(e) => e.currentTarget.select()}
                />
                <span className="print-only">{personalLink(l.token)}</span>
                {l.surveyId ? <SendLinkButton surveyId={l.surveyId} recipientName={l.companyName} /> : null}
              </>
            ),
          },
        ]}
      />
    </ShownOncePanel>
  );
}
