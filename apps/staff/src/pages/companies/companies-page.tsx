import { zodResolver } from "@hookform/resolvers/zod";
import type { RouterOutputs } from "@skridt/api";
import { Alert, Button, Card, DataTable, FormField, QueryState, useDocumentTitle, type DataTableColumn } from "@skridt/ui";
import { ZCompanyFields } from "@skridt/validators";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { z } from "zod";
import { errorKey, fieldMessage } from "../../errors";
import { useOrganisationId, useSession } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { OptionalLabel } from "../external/optional-label";
import { emptyAsAbsent } from "../external/register-fields";
import "./companies.css";

type TCompany = RouterOutputs["company"]["list"][number];

/** The organisation's company register with what happened at each company. */
export function CompaniesPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const { roles } = useSession();
  const companies = useQuery(trpc.company.list.queryOptions({ organisationId }));
  useDocumentTitle(t("companies.title"));
  const canEdit = roles.includes("mentor") || roles.includes("admin");

  const count = (key: string, header: string, value: (c: TCompany) => number | string): DataTableColumn<TCompany> => ({
    key,
    header,
    align: "end",
    cell: value,
  });
  const columns: DataTableColumn<TCompany>[] = [
    {
      key: "name",
      header: t("companies.name"),
      rowHeader: true,
      cell: (c) => (
        <>
          {c.name}
          {c.cvr ? (
            <span className="cell-note">
              {t("companies.cvr")}: {c.cvr}
            </span>
          ) : null}
        </>
      ),
    },
    {
      key: "contact",
      header: t("companies.contactName"),
      cell: (c) => (
        <>
          {c.contactName ?? t("common.dash")}
          {c.email ? <span className="cell-note">{c.email}</span> : null}
          {c.phone ? <span className="cell-note">{c.phone}</span> : null}
        </>
      ),
    },
    // Counts per named employer come only to the register's keepers (null for evaluators).
    ...(canEdit
      ? [
          count("contacts", t("companies.contacts"), (c) => c.counts?.contacts ?? t("common.dash")),
          count("internships", t("companies.internships"), (c) => c.counts?.internships ?? t("common.dash")),
          count("jobs", t("companies.jobs"), (c) => c.counts?.jobs ?? t("common.dash")),
          count("relations", t("companies.relations"), (c) => c.counts?.employmentRelations ?? t("common.dash")),
          count("questionnaires", t("companies.questionnaires"), (c) =>
            c.questionnaires ? t("companies.answeredOf", { answered: c.questionnaires.answered, sent: c.questionnaires.sent }) : t("common.dash"),
          ),
        ]
      : []),
  ];

  return (
    <>
      <h1>{t("companies.title")}</h1>
      <p>{t("companies.intro")}</p>
      <ul className="link-list no-print">
        <li>
          <Link to="/companies/send">{t("companies.sendLink")}</Link>
        </li>
        {roles.includes("evaluator") || roles.includes("admin") ? (
          <li>
            <Link to="/companies/results">{t("companies.resultsLink")}</Link>
          </li>
        ) : null}
      </ul>
      <QueryState query={companies} loadingText={t("common.loading")} errorText={(e) => t(`errors.${errorKey(e)}`)}>
        {(data) => <DataTable caption={t("companies.caption")} columns={columns} rows={data} rowKey={(c) => c.id} empty={t("companies.empty")} />}
      </QueryState>
      {canEdit ? <CreateCompanyForm /> : null}
    </>
  );
}

type TCompanyInput = z.input<typeof ZCompanyFields>;
const EMPTY: TCompanyInput = { name: "", cvr: "", contactName: "", email: "", phone: "" };

/** Add a company: the form refuses exactly what the API refuses (the same ZCompanyFields). */
function CreateCompanyForm() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationId = useOrganisationId();
  const create = useMutation(trpc.company.create.mutationOptions());
  const form = useForm<TCompanyInput, unknown, z.output<typeof ZCompanyFields>>({ resolver: zodResolver(ZCompanyFields), defaultValues: EMPTY });
  const { errors } = form.formState;
  const [created, setCreated] = useState<string | null>(null);

  const save = form.handleSubmit(async (fields) => {
    try {
      await create.mutateAsync({ organisationId, ...emptyAsAbsent(fields) });
    } catch {
      return;
    }
    await queryClient.invalidateQueries({ queryKey: trpc.company.list.pathKey() });
    setCreated(fields.name);
    form.reset(EMPTY);
  });
  const onSubmit = (event: FormEvent) => {
    setCreated(null);
    void save(event);
  };

  return (
    <Card title={t("companies.createTitle")} headingLevel={2} className="no-print">
      {created ? (
        <Alert tone="success">
          <p>{t("companies.created", { name: created })}</p>
        </Alert>
      ) : null}
      {create.error ? (
        <Alert tone="error">
          <p>{t(`errors.${errorKey(create.error)}`)}</p>
        </Alert>
      ) : null}
      <form onSubmit={onSubmit} noValidate className="form">
        <FormField label={t("companies.name")} error={fieldMessage(t, errors.name?.message)}>
          {(field) => <input {...field} {...form.register("name")} required autoComplete="organization" />}
        </FormField>
        <FormField
          label={<OptionalLabel>{t("companies.cvr")}</OptionalLabel>}
          description={t("companies.cvrHelp")}
          error={fieldMessage(t, errors.cvr?.message)}
        >
          {(field) => <input {...field} {...form.register("cvr")} inputMode="numeric" />}
        </FormField>
        <FormField label={<OptionalLabel>{t("companies.contactName")}</OptionalLabel>} error={fieldMessage(t, errors.contactName?.message)}>
          {(field) => <input {...field} {...form.register("contactName")} />}
        </FormField>
        <FormField label={<OptionalLabel>{t("companies.email")}</OptionalLabel>} error={fieldMessage(t, errors.email?.message)}>
          {(field) => <input {...field} {...form.register("email")} type="email" />}
        </FormField>
        <FormField label={<OptionalLabel>{t("companies.phone")}</OptionalLabel>} error={fieldMessage(t, errors.phone?.message)}>
          {(field) => <input {...field} {...form.register("phone")} type="tel" />}
        </FormField>
        <Button type="submit" busy={create.isPending}>
          {t("companies.create")}
        </Button>
      </form>
    </Card>
  );
}
