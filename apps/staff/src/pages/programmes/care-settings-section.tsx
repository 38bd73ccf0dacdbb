import { Alert, Card, QueryState } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { CareRulesView } from "./care-rules-view";
import { CareSettingsEditor } from "./care-settings-editor";

/**
 * A programme's care rules and help list (issue 13, section 2): the owning organisation's
 * administrators tighten the rules and adjust the list; everyone else who may see them reads
 * them, with the reason they cannot change them.
 */
export function CareSettingsSection({ programmeId, mayEdit, owner }: { programmeId: string; mayEdit: boolean; owner: string | undefined }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const settings = useQuery(trpc.care.settings.queryOptions({ organisationId, programmeId }));
  const lang = i18n.language === "en" ? "en" : "da";

  return (
    <Card title={t("careSettings.title")} headingLevel={2}>
      <p>{t("careSettings.intro")}</p>
      <QueryState query={settings} loadingText={t("common.loading")} errorText={(e) => t(`errors.${errorKey(e)}`)}>
        {(data) =>
          mayEdit ? (
            // Keyed by the saved settings: a save starts the form from what is now in force.
            <CareSettingsEditor key={programmeId} programmeId={programmeId} data={data} />
          ) : (
            <>
              <Alert tone="info">
                <p>{owner ? t("careSettings.notOwner", { owner }) : t("careSettings.readOnly")}</p>
              </Alert>
              <h3>{t("careSettings.rulesTitle")}</h3>
              <CareRulesView data={data} />
              <h3>{t("careSettings.helpTitle")}</h3>
              {/* A list, not a table: the texts are sentences, and a phone has no room for columns. */}
              <ul aria-label={t("careSettings.caption")}>
                {data.help.map((h) => (
                  <li key={h.name.da}>
                    <strong>{h.name[lang]}</strong>: {h.detail[lang]}
                    {h.phone ? ` ${t("careSettings.phoneColumn")}: ${h.phone}.` : null}
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </QueryState>
    </Card>
  );
}
