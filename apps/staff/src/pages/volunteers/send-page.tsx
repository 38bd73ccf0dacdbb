import { FormField } from "@skridt/ui";
import { isFirstName } from "@skridt/validators";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { OptionalLabel } from "../external/optional-label";
import { firstNameOf, ParticipantSelect, useProgrammeParticipants } from "../external/participant-select";
import { useProgrammeChoice } from "../external/programme-select";
import { ExternalSendPage, SendForm } from "../external/send-page";
import { SurveyStatusTable } from "../external/survey-status-table";
import { VolunteerLinkPanel, type VolunteerLink } from "./volunteer-link-panel";
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
  const [programmeId, setProgrammeId] = useProgrammeChoice(programmes.data);
  const [volunteerId, setVolunteerId] = useState(searchParams.get("volunteer") ?? "");
  const [participantId, setParticipantId] = useState("");
  const [firstName, setFirstName] = useState("");
  const [problem, setProblem] = useState<"volunteer" | "firstName" | null>(null);
  const [link, setLink] = useState<VolunteerLink | null>(null);
  const participants = useProgrammeParticipants(programmeId, true);
  const problemText = { volunteer: t("volunteers.send.noneChosen"), firstName: t("errors.first_name_only") };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const volunteer = volunteers.data?.find((v) => v.id === volunteerId);
    if (!volunteer) return setProblem("volunteer");
    // The API's own rule (ZFirstName).
    if (!isFirstName(firstName)) return setProblem("firstName");
    try {
      const created = await create.mutateAsync({
        organisationId,
        programmeId,
        volunteerId,
        ...(participantId ? { aboutParticipantId: participantId } : {}),
        ...(firstName.trim() ? { aboutFirstName: firstName.trim() } : {}),
      });
      setLink({ volunteerName: volunteer.name, surveyId: created.surveyId, token: created.token, shortCode: created.shortCode, expiresAt: created.expiresAt });
      setParticipantId("");
      setFirstName("");
    } catch {
      return;
    }
    await queryClient.invalidateQueries({ queryKey: trpc.externalSurvey.list.pathKey() });
  };

  return (
    <ExternalSendPage
      back={{ to: "/volunteers", label: t("volunteers.title") }}
      title={t("volunteers.send.title")}
      intro={t("volunteers.send.intro")}
      created={link ? <VolunteerLinkPanel link={link} onHide={() => setLink(null)} /> : null}
      programmes={programmes}
      register={volunteers}
      emptyRegister={t("volunteers.send.noVolunteers")}
      participantsError={participants.error}
      status={
        <SurveyStatusTable
          programmeId={programmeId || undefined}
          respondentType="volunteer"
          title={t("volunteers.status.title")}
          caption={t("volunteers.status.caption")}
          empty={t("volunteers.status.empty")}
          actionsHeader={t("volunteers.actions")}
          renew={{
            label: t("volunteers.status.renew"),
            labelFor: (name) => t("volunteers.status.renewFor", { name }),
            help: t("volunteers.status.renewHelp"),
            onRenewed: ({ respondentName, ...renewed }) => setLink({ volunteerName: respondentName, ...renewed }),
          }}
        />
      }
    >
      {(data) => (
        <SendForm
          programmeLabel={t("volunteers.send.programme")}
          programmes={data.programmes}
          programmeId={programmeId}
          onProgrammeChange={(id) => {
            setProgrammeId(id);
            setParticipantId("");
          }}
          problem={problem ? problemText[problem] : null}
          error={create.error}
          busy={create.isPending}
          submitLabel={t("volunteers.send.submit")}
          onSubmit={(e) => void onSubmit(e)}
        >
          <FormField label={t("volunteers.send.volunteer")} error={problem === "volunteer" ? problemText.volunteer : undefined}>
            {(field) => (
              <select {...field} value={volunteerId} required onChange={(e) => setVolunteerId(e.target.value)}>
                <option value="">{t("volunteers.send.chooseVolunteer")}</option>
                {data.register.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
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
              label={<OptionalLabel>{t("volunteers.send.firstName")}</OptionalLabel>}
              description={t("volunteers.send.firstNameHelp")}
              error={problem === "firstName" ? problemText.firstName : undefined}
            >
              {(field) => <input {...field} value={firstName} maxLength={40} autoComplete="off" onChange={(e) => setFirstName(e.target.value)} />}
            </FormField>
          </fieldset>
        </SendForm>
      )}
    </ExternalSendPage>
  );
}
