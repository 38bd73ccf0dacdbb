import { useTranslation } from "react-i18next";
import { useSession } from "./session-context";

/** Only shown to people working in more than one organisation (e.g. an admin of three job centres). */
export function OrganisationSwitcher() {
  const { t } = useTranslation();
  const { me, organisation, selectOrganisation } = useSession();
  if (me.organisations.length < 2 || !organisation) return null;
  return (
    <div className="organisation-switcher">
      <label htmlFor="organisation-switcher">{t("shell.organisation")}</label>
      <select id="organisation-switcher" value={organisation.id} onChange={(event) => selectOrganisation(event.target.value)}>
        {me.organisations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}
