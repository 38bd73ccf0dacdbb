import { Alert, Button, useDocumentTitle } from "@skridt/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { errorKey } from "../../errors";
import { formatDay } from "../../lib/format";
import { QueryError } from "../../shell/query-error";
import { useOrganisationId, useSession } from "../../shell/session-context";
import { landingSite, personalLink, spelledCode } from "../../lib/survey-link";
import { useTRPC } from "../../trpc";
import "./companies.css";
import { ExternalSurveysTable } from "./external-surveys-table";
import { FIRST_NAME, firstNameOf, ParticipantSelect, useProgrammeParticipants } from "./participant-select";
import { useLang } from "../../i18n/use-lang";

interface CreatedLink {
  companyId: string;
  companyName: string;
  token: string;
  shortCode: string;
  expiresAt: string;
}

/**
 * The employer questionnaire for several companies in one go: choose them, optionally give
 * the participant's first name each company may see, then copy or print the links once.
 */
export function SendPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationId = useOrganisationId();
  const programmes = useQuery(trpc.programme.list.queryOptions({ organisationId }));
  const companies = useQuery(trpc.company.list.queryOptions({ organisationId }));
  const create = useMutation(trpc.externalSurvey.createForCompanies.mutationOptions());
  const [programmeId, setProgrammeId] = useState("");
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [firstNames, setFirstNames] = useState<Record<string, string>>({});
  const [aboutIds, setAboutIds] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [links, setLinks] = useState<CreatedLink[] | null>(null);
  useDocumentTitle(t("companies.send.title"));
  const programmeSelectId = useId();
  // Only mentors and administrators see participants, so only they say whom a questionnaire is about.
  const { roles } = useSession();
  const seesParticipants = roles.includes("mentor") || roles.includes("admin");
  const participants = useProgrammeParticipants(programmeId, seesParticipants);

  const firstProgramme = programmes.data?.[0]?.id;
  useEffect(() => {
    if (!programmeId && firstProgramme) setProgrammeId(firstProgramme);
  }, [programmeId, firstProgramme]);

  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const badNames = [...chosen].filter((id) => !FIRST_NAME.test((firstNames[id] ?? "").trim()));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (chosen.size === 0) return setProblem(t("companies.send.noneChosen"));
    if (badNames.length > 0) return setProblem(t("companies.errors.first_name_only"));
    const aboutFirstNames = Object.fromEntries([...chosen].flatMap((id) => (firstNames[id]?.trim() ? [[id, firstNames[id].trim()]] : [])));
    const aboutParticipantIds = Object.fromEntries([...chosen].flatMap((id) => (aboutIds[id] ? [[id, aboutIds[id]]] : [])));
    try {
      const result = await create.mutateAsync({
        organisationId,
        programmeId,
        companyIds: [...chosen],
        aboutFirstNames,
        ...(Object.keys(aboutParticipantIds).length > 0 ? { aboutParticipantIds } : {}),
      });
      setLinks(result.links);
      setChosen(new Set());
      setFirstNames({});
      setAboutIds({});
    } catch {
      return;
    }
    await queryClient.invalidateQueries({ queryKey: trpc.externalSurvey.list.pathKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.company.list.pathKey() });
  };

  return (
    <>
      <p className="back-link">
        <Link to="/companies">{t("companies.title")}</Link>
      </p>
      <h1>{t("companies.send.title")}</h1>
      {links ? (
        <CreatedLinks links={links} onHide={() => setLinks(null)} />
      ) : (
        <>
          <p>{t("companies.send.intro")}</p>
          <QueryError error={programmes.error ?? companies.error ?? participants.error} />
          {companies.data?.length === 0 ? (
            <p>
              <Link to="/companies">{t("companies.send.noCompanies")}</Link>
            </p>
          ) : null}
          {companies.data && companies.data.length > 0 && programmes.data ? (
            <form onSubmit={(e) => void onSubmit(e)} noValidate className="form">
              <div className="ui-field">
                <label className="ui-field__label" htmlFor={programmeSelectId}>
                  {t("companies.send.programme")}
                </label>
                <select
                  id={programmeSelectId}
                  value={programmeId}
                  onChange={(e) => {
                    setProgrammeId(e.target.value);
                    setAboutIds({});
                  }}
                >
                  {programmes.data.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </select>
              </div>
              <fieldset className="send-companies">
                <legend>{t("companies.send.companies")}</legend>
                <p className="hint">{t("companies.send.firstNameHelp")}</p>
                {companies.data.map((c) => (
                  <div key={c.id} className="send-companies__row">
                    <label className="checkbox">
                      <input type="checkbox" checked={chosen.has(c.id)} onChange={() => toggle(c.id)} /> {c.name}
                    </label>
                    {chosen.has(c.id) && seesParticipants ? (
                      <ParticipantSelect
                        label={t("companies.send.participantFor", { name: c.name })}
                        noneLabel={t("companies.send.noParticipant")}
                        participants={participants.data ?? []}
                        value={aboutIds[c.id] ?? ""}
                        onChange={(p) => {
                          setAboutIds((ids) => ({ ...ids, [c.id]: p?.id ?? "" }));
                          setFirstNames((names) => ({ ...names, [c.id]: firstNameOf(p?.name) }));
                        }}
                      />
                    ) : null}
                    {chosen.has(c.id) ? (
                      <FirstNameInput
                        label={t("companies.send.firstNameFor", { name: c.name })}
                        value={firstNames[c.id] ?? ""}
                        invalid={badNames.includes(c.id)}
                        onChange={(value) => setFirstNames((names) => ({ ...names, [c.id]: value }))}
                      />
                    ) : null}
                  </div>
                ))}
              </fieldset>
              {problem ? (
                <Alert tone="error">
                  <p>{problem}</p>
                </Alert>
              ) : null}
              {create.error ? (
                <Alert tone="error">
                  <p>{t(`errors.${errorKey(create.error)}`)}</p>
                </Alert>
              ) : null}
              <Button type="submit" busy={create.isPending}>
                {t("companies.send.submit")}
              </Button>
            </form>
          ) : null}
        </>
      )}
      <ExternalSurveysTable programmeId={programmeId || undefined} />
    </>
  );
}

function FirstNameInput({ label, value, invalid, onChange }: { label: string; value: string; invalid: boolean; onChange: (value: string) => void }) {
  const id = useId();
  const { t } = useTranslation();
  return (
    <div className={invalid ? "ui-field ui-field--invalid" : "ui-field"}>
      <label className="ui-field__label" htmlFor={id}>
        {label} <span className="hint">{t("common.optional")}</span>
      </label>
      {invalid ? (
        <p className="ui-field__error" id={`${id}-error`}>
          {t("companies.errors.first_name_only")}
        </p>
      ) : null}
      <input id={id} value={value} maxLength={40} autoComplete="off" onChange={(e) => onChange(e.target.value)} {...(invalid ? { "aria-invalid": true, "aria-describedby": `${id}-error` } : {})} />
    </div>
  );
}

/** The links and codes while they exist in clear: shown once, to copy or print. */
function CreatedLinks({ links, onHide }: { links: CreatedLink[]; onHide: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="panel" aria-labelledby="created-links-title">
      <h2 id="created-links-title" ref={heading} tabIndex={-1}>
        {t("companies.send.linksTitle")}
      </h2>
      <p>{t("companies.send.linksOnce")}</p>
      <p className="hint">{t("companies.send.codeHelp", { site: landingSite() })}</p>
      <div className="table-wrap" role="region" aria-label={t("companies.send.linksCaption")} tabIndex={0}>
        <table className="table">
          <caption className="ui-visually-hidden">{t("companies.send.linksCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("companies.name")}</th>
              <th scope="col">{t("companies.send.code")}</th>
              <th scope="col">{t("companies.send.linkHeader")}</th>
            </tr>
          </thead>
          <tbody>
            {links.map((l) => (
              <tr key={l.companyId}>
                <th scope="row">
                  {l.companyName}
                  <span className="cell-note">{t("companies.send.expires", { date: formatDay(l.expiresAt, lang) })}</span>
                </th>
                <td className="short-code">
                  <span aria-hidden="true">{l.shortCode}</span>
                  <span className="ui-visually-hidden">{spelledCode(l.shortCode)}</span>
                </td>
                <td>
                  <input
                    type="text"
                    readOnly
                    className="link-field"
                    aria-label={t("companies.send.link", { name: l.companyName })}
                    value={personalLink(l.token)}
                    onFocus={(e) => e.currentTarget.select()}
                  />
                  <span className="print-only">{personalLink(l.token)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="button-row no-print">
        <Button onClick={() => window.print()}>{t("companies.send.print")}</Button>
        <Button variant="secondary" onClick={onHide}>
          {t("companies.send.hide")}
        </Button>
      </div>
    </section>
  );
}
