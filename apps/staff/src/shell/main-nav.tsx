import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { navItemsFor } from "./nav-items";
import { useSession } from "./session-context";

/** Links for the roles held in the chosen organisation; NavLink marks the current page with aria-current. */
export function MainNav() {
  const { t } = useTranslation();
  const { roles } = useSession();
  const items = navItemsFor(roles);
  if (items.length === 0) return null;
  return (
    <nav aria-label={t("shell.navLabel")} className="main-nav">
      <ul className="main-nav__list">
        {items.map((item) => (
          <li key={item.path}>
            <NavLink to={item.path} className="main-nav__link">
              {t(item.labelKey)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
