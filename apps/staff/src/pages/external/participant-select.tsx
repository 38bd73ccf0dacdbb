import { FormField } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { OptionalLabel } from "./optional-label";

/** The first word of a full name: what is prefilled as the first name an external respondent sees. */
export function firstNameOf(fullName: string | null | undefined): string {
  return fullName?.trim().split(/\s+/)[0] ?? "";
}

export interface ParticipantOption {
  id: string;
  code: string;
  name: string | null;
}

/**
 * The participants of the chosen organisation in one programme, for saying whom an external
 * questionnaire is about. Only mentors and administrators may list them (`enabled`).
 */
export function useProgrammeParticipants(programmeId: string, enabled: boolean) {
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  return useQuery({
    ...trpc.participant.list.queryOptions({ organisationId, scope: "organisation", programmeId }),
    enabled: enabled && programmeId !== "",
  });
}

/** A labelled select of participants (code and name), "none" first. */
export function ParticipantSelect({
  label,
  help,
  noneLabel,
  participants,
  value,
  onChange,
}: {
  label: string;
  help?: string;
  noneLabel: string;
  participants: readonly ParticipantOption[];
  value: string;
  onChange: (participant: ParticipantOption | null) => void;
}) {
  return (
    <FormField label={<OptionalLabel>{label}</OptionalLabel>} description={help}>
      {(field) => (
        <select {...field} value={value} onChange={(e) => onChange(participants.find((p) => p.id === e.target.value) ?? null)}>
          <option value="">{noneLabel}</option>
          {participants.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name ? `${p.code} – ${p.name}` : p.code}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
