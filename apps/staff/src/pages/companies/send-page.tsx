import { FormField } from "@skridt/ui";
import { isFirstName } from "@skridt/validators";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useOrganisationId, useSession } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { OptionalLabel } from "../external/optional-label";
import { firstNameOf, ParticipantSelect, useProgrammeParticipants } from "../external/participant-select";
import { useProgrammeChoice } from "../external/programme-select";
import { ExternalSendPage, SendForm } from "../external/send-page";
import { SurveyStatusTable } from "../external/survey-status-table";
import { CompanyLinksPanel, type CompanyLink } from "./company-links-panel";
import "./companies.css";

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
  const [programmeId, setProgrammeId] = useProgrammeChoice(programmes.data);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [firstNames, setFirstNames] = useState<Record<string, string>>({});
  const [aboutIds, setAboutIds] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [links, setLinks] = useState<CompanyLink[] | null>(null);
  // Only mentors and administrators see participants, so only they say whom a questionnaire is about.
  const { roles } = useSession();
  const seesParticipants = roles.includes("mentor") || roles.includes("admin");
  const participants = useProgrammeParticipants(programmeId, seesParticipants);

  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  // Checked as typed, with the API's own rule (ZFirstName).
  const badNames = [...chosen].filter((id) => !isFirstName(firstNames[id] ?? ""));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (chosen.size === 0) return setProblem(t("companies.send.noneChosen"));
    if (badNames.length > 0) return setProblem(t("errors.first_name_only"));
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
    <ExternalSendPage
      back={{ to: "/companies", label: t("companies.title") }}
      title={t("companies.send.title")}
      intro={t("companies.send.intro")}
      created={links ? <CompanyLinksPanel links={links} onHide={() => setLinks(null)} /> : null}
      programmes={programmes}
      register={companies}
      emptyRegister={t("companies.send.noCompanies")}
      participantsError={participants.error}
      status={
        <SurveyStatusTable
          programmeId={programmeId || undefined}
          title={t("companies.status.title")}
          caption={t("companies.status.caption")}
          empty={t("companies.status.empty")}
          actionsHeader={<span className="ui-visually-hidden">{t("companies.status.withdraw")}</span>}
        />
      }
    >
      {(data) => (
        <SendForm
          programmeLabel={t("companies.send.programme")}
          programmes={data.programmes}
          programmeId={programmeId}
          onProgrammeChange={(id) => {
            setProgrammeId(id);
            setAboutIds({});
          }}
          problem={problem}
          error={create.error}
          busy={create.isPending}
          submitLabel={t("companies.send.submit")}
          onSubmit={(e) => void onSubmit(e)}
        >
          <fieldset className="send-companies">
            <legend>{t("companies.send.companies")}</legend>
            <p className="hint">{t("companies.send.firstNameHelp")}</p>
            {data.register.map((c) => (
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
                  <FormField
                    label={<OptionalLabel>{t("companies.send.firstNameFor", { name: c.name })}</OptionalLabel>}
                    error={badNames.includes(c.id) ? t("errors.first_name_only") : undefined}
                  >
                    {(field) => (
                      <input
                        {...field}
                        value={firstNames[c.id] ?? ""}
                        maxLength={40}
                        autoComplete="off"
                        onChange={(e) => setFirstNames((names) => ({ ...names, [c.id]: e.target.value }))}
                      />
                    )}
                  </FormField>
                ) : null}
              </div>
            ))}
          </fieldset>
        </SendForm>
      )}
    </ExternalSendPage>
  );
}
