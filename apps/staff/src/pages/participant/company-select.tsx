import { FormField } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import type { UseFormRegisterReturn } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";

/**
 * Optional choice of a company from the organisation's register, for an internship or job
 * status and for company contacts. Left out when the register is empty.
 */
/** `compact`: without the help line, for the one-line contact entry. */
export function CompanySelect({ registration, compact = false }: { registration: UseFormRegisterReturn; compact?: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const companies = useQuery(trpc.company.list.queryOptions({ organisationId }));
  if (!companies.data || companies.data.length === 0) return null;
  return (
    <FormField
      label={
        <>
          {t("companies.picker.label")} <span className="hint">{t("common.optional")}</span>
        </>
      }
      description={compact ? undefined : t("companies.picker.help")}
    >
      {(field) => (
        <select {...field} {...registration}>
          <option value="">{t("companies.picker.none")}</option>
          {companies.data.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
