import { Alert, Button, FormField, useDocumentTitle } from "@skridt/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { errorKey } from "../../errors";
import { QueryError } from "../../shell/query-error";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import "../companies/companies.css";
import { FIRST_NAME, firstNameOf, ParticipantSelect, useProgrammeParticipants } from "../companies/participant-select";
import { VolunteerLinkPanel, type VolunteerLink } from "./volunteer-link-panel";
import { VolunteerSurveysTable } from "./volunteer-surveys-table";
import "./volunteers.css";

/**
 * The "Frivillig mentor" feedback form for one volunteer mentor: optionally about one
 * participant, with the first name the mentor may see; the link is shown once.
 */
export function SendPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationId = useOrganisationId();
  const [searchParams] = useSearchParams();
  const programmes = useQuery(trpc.programme.list.queryOptions({ organisationId }));
  const volunteers = useQuery(trpc.volunteer.list.queryOptions({ organisationId }));
  const create = useMutation(trpc.externalSurvey.createForVolunteer.mutationOptions());
  const [programmeId, setProgrammeId] = useState("");
  const [volunteerId, setVolunteerId] = useState(searchParams.get("volunteer") ?? "");
  const [participantId, setParticipantId] = useState("");
  const [firstName, setFirstName] = useState("");
  const [problem, setProblem] = useState<"volunteer" | "firstName" | null>(null);
  const [link, setLink] = useState<VolunteerLink | null>(null);
  const participants = useProgrammeParticipants(programmeId, true);
  const programmeSelectId = useId();
  const volunteerSelectId = useId();
  useDocumentTitle(t("volunteers.send.title"));

  const firstProgramme = programmes.data?.[0]?.id;
  useEffect(() => {
    if (!programmeId && firstProgramme) setProgrammeId(firstProgramme);
  }, [programmeId, firstProgramme]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const volunteer = volunteers.data?.find((v) => v.id === volunteerId);
    if (!volunteer) return setProblem("volunteer");
    if (!FIRST_NAME.test(firstName.trim())) return setProblem("firstName");
    try {
      const created = await create.mutateAsync({
        organisationId,
        programmeId,
        volunteerId,
        ...(participantId ? { aboutParticipantId: participantId } : {}),
        ...(firstName.trim() ? { aboutFirstName: firstName.trim() } : {}),
      });
      setLink({ volunteerName: volunteer.name, token: created.token, shortCode: created.shortCode, expiresAt: created.expiresAt });
      setParticipantId("");
      setFirstName("");
    } catch {
      return;
    }
    await queryClient.invalidateQueries({ queryKey: trpc.externalSurvey.list.pathKey() });
  };

  return (
    <>
      <p className="back-link">
        <Link to="/volunteers">{t("volunteers.title")}</Link>
      </p>
      <h1>{t("volunteers.send.title")}</h1>
      {link ? (
        <VolunteerLinkPanel link={link} onHide={() => setLink(null)} />
      ) : (
        <>
          <p>{t("volunteers.send.intro")}</p>
          <QueryError error={programmes.error ?? volunteers.error ?? participants.error} />
          {volunteers.data?.length === 0 ? (
            <p>
              <Link to="/volunteers">{t("volunteers.send.noVolunteers")}</Link>
            </p>
          ) : null}
          {volunteers.data && volunteers.data.length > 0 && programmes.data ? (
            <form onSubmit={(e) => void onSubmit(e)} noValidate className="form">
              <div className="ui-field">
                <label className="ui-field__label" htmlFor={programmeSelectId}>
                  {t("volunteers.send.programme")}
                </label>
                <select
                  id={programmeSelectId}
                  value={programmeId}
                  onChange={(e) => {
                    setProgrammeId(e.target.value);
                    setParticipantId("");
                  }}
                >
                  {programmes.data.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </select>
              </div>
              <div className={problem === "volunteer" ? "ui-field ui-field--invalid" : "ui-field"}>
                <label className="ui-field__label" htmlFor={volunteerSelectId}>
                  {t("volunteers.send.volunteer")}
                </label>
                {problem === "volunteer" ? (
                  <p className="ui-field__error" id={`${volunteerSelectId}-error`}>
                    {t("volunteers.send.noneChosen")}
                  </p>
                ) : null}
                <select
                  id={volunteerSelectId}
                  value={volunteerId}
                  required
                  onChange={(e) => setVolunteerId(e.target.value)}
                  {...(problem === "volunteer" ? { "aria-invalid": true, "aria-describedby": `${volunteerSelectId}-error` } : {})}
                >
                  <option value="">{t("volunteers.send.chooseVolunteer")}</option>
                  {volunteers.data.map((v) => (
                    <option key={v.id} value={v.id}>
                      {v.name}
                    </option>
                  ))}
                </select>
              </div>
              <fieldset className="about-participant">
                <legend>{t("volunteers.send.aboutLegend")}</legend>
                <ParticipantSelect
                  label={t("volunteers.send.participant")}
                  help={t("volunteers.send.participantHelp")}
                  noneLabel={t("volunteers.send.noParticipant")}
                  participants={participants.data ?? []}
                  value={participantId}
                  onChange={(p) => {
                    setParticipantId(p?.id ?? "");
                    setFirstName(firstNameOf(p?.name));
                  }}
                />
                <FormField
                  label={
                    <>
                      {t("volunteers.send.firstName")} <span className="hint">{t("common.optional")}</span>
                    </>
                  }
                  description={t("volunteers.send.firstNameHelp")}
                  error={problem === "firstName" ? t("volunteers.errors.first_name_only") : undefined}
                >
                  {(field) => <input {...field} value={firstName} maxLength={40} autoComplete="off" onChange={(e) => setFirstName(e.target.value)} />}
                </FormField>
              </fieldset>
              {problem ? (
                <Alert tone="error">
                  <p>{problem === "volunteer" ? t("volunteers.send.noneChosen") : t("volunteers.errors.first_name_only")}</p>
                </Alert>
              ) : null}
              {create.error ? (
                <Alert tone="error">
                  <p>{t(`errors.${errorKey(create.error)}`)}</p>
                </Alert>
              ) : null}
              <Button type="submit" busy={create.isPending}>
                {t("volunteers.send.submit")}
              </Button>
            </form>
          ) : null}
        </>
      )}
      <VolunteerSurveysTable programmeId={programmeId || undefined} onRenewed={setLink} />
    </>
  );
}
