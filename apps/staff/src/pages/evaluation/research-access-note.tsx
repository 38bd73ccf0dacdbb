import type { RouterOutputs } from "@skridt/api";
import { useTranslation } from "react-i18next";

type Access = RouterOutputs["export"]["access"];

/**
 * What the evaluator may download with one row per participant, and why not where they may
 * not: whose rows, until when and how precise, and which administrator to ask for the rest.
 */
export function ResearchAccessNote({ access }: { access: Access }) {
  const { t } = useTranslation();
  const precision = (g: Access["granted"][number]) =>
    [
      t(g.exactDates ? "evaluation.export.exactDates" : "evaluation.export.monthsOnly"),
      t(g.birthYear ? "evaluation.export.withBirthYear" : "evaluation.export.ageBandOnly"),
    ].join(", ");
  return (
    <div className="research-access">
      <h3>{t("evaluation.export.researchHeading")}</h3>
      {access.granted.length > 0 ? (
        <>
          <p>{t("evaluation.export.grantedIntro")}</p>
          <ul>
            {access.granted.map((g) => (
              <li key={g.organisationId}>
                <strong>{g.organisationName}</strong>
                {": "}
                {g.via === "admin" ? t("evaluation.export.viaAdmin") : t("evaluation.export.viaGrant", { lastDay: g.lastDay })} ({precision(g)})
              </li>
            ))}
          </ul>
          <p className="hint">{t("evaluation.export.freshCodes")}</p>
        </>
      ) : null}
      {access.missing.length > 0 ? (
        <>
          <p>{t(access.granted.length > 0 ? "evaluation.export.missingSome" : "evaluation.export.missingAll")}</p>
          <ul>
            {access.missing.map((m) => (
              <li key={m.organisationId}>
                <strong>{m.organisationName}</strong>
                {": "}
                {m.admins.length > 0 ? t("evaluation.export.askAdmins", { names: m.admins.join(", ") }) : t("evaluation.export.askAnyAdmin")}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
