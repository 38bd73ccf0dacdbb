import type { TLocalizedText } from "@skridt/instruments/client";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocalized } from "@skridt/questionnaire";
import type { Credential } from "../credential";
import { api } from "../trpc";
import "./care-help.css";

interface HelpContact {
  name: TLocalizedText;
  detail: TLocalizedText;
  phone?: string;
}

/**
 * After sending: when the answers show that the participant may be having a hard time (the
 * programme's care rules, packages/instruments/src/care), where they can get help now. Said
 * kindly, with no score and no label; nothing at all when the answers call for no care, or
 * when the check fails (the thanks must never turn into an error).
 */
export function CareHelp({ credential }: { credential: Credential }) {
  const { t } = useTranslation();
  const text = useLocalized();
  const [help, setHelp] = useState<readonly HelpContact[]>([]);

  useEffect(() => {
    let cancelled = false;
    api.care.afterSubmit.query(credential).then(
      (result) => !cancelled && setHelp(result.callsForCare ? result.help : []),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (help.length === 0) return null;
  return (
    <section className="card care-help" aria-labelledby="care-help-title">
      <h2 id="care-help-title">{t("care.title")}</h2>
      <p>{t("care.intro")}</p>
      <p>{t("care.mentor")}</p>
      <ul className="care-help__list">
        {help.map((contact) => (
          <li key={text(contact.name)} className="care-help__item">
            <strong>{text(contact.name)}</strong>
            <span>{text(contact.detail)}</span>
            {contact.phone ? (
              <a className="care-help__call" href={`tel:${contact.phone.replace(/ /g, "")}`}>
                {t("care.call", { phone: contact.phone })}
              </a>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
