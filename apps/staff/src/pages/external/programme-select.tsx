import { FormField } from "@skridt/ui";
import { useState } from "react";

export interface ProgrammeOption {
  id: string;
  name: string;
}

/**
 * The programme a page is about: the one chosen, else the organisation's first. Derived rather
 * than copied into state by an effect, so the first render already asks for the right programme.
 */
export function useProgrammeChoice(programmes: readonly ProgrammeOption[] | undefined) {
  const [chosen, setChosen] = useState<string | null>(null);
  const programmeId = chosen ?? programmes?.[0]?.id ?? "";
  return [programmeId, setChosen] as const;
}

/** A labelled select of the organisation's programmes. */
export function ProgrammeSelect({
  label,
  programmes,
  value,
  onChange,
}: {
  label: string;
  programmes: readonly ProgrammeOption[];
  value: string;
  onChange: (programmeId: string) => void;
}) {
  return (
    <FormField label={label}>
      {(field) => (
        <select {...field} value={value} onChange={(e) => onChange(e.target.value)}>
          {programmes.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
