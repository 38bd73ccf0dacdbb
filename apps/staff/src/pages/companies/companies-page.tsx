import { Alert, Button, FormField, useDocumentTitle } from "@skridt/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { errorKey } from "../../errors";
import { QueryError } from "../../shell/query-error";
import { useOrganisationId, useSession } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import "./companies.css";

/** The organisation's company register with what happened at each company. */
export function CompaniesPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const { roles } = useSession();
  const companies = useQuery(trpc.company.list.queryOptions({ organisationId }));
  useDocumentTitle(t("companies.title"));
  const canEdit = roles.includes("mentor") || roles.includes("admin");

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
      <QueryError error={companies.error} />
      {companies.isPending ? <p role="status">{t("common.loading")}</p> : null}
      {companies.data?.length === 0 ? <p>{t("companies.empty")}</p> : null}
      {companies.data && companies.data.length > 0 ? (
        <div className="table-wrap" role="region" aria-label={t("companies.caption")} tabIndex={0}>
          <table className="table">
            <caption className="ui-visually-hidden">{t("companies.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("companies.name")}</th>
                <th scope="col">{t("companies.contactName")}</th>
                <th scope="col" className="numeric">{t("companies.contacts")}</th>
                <th scope="col" className="numeric">{t("companies.internships")}</th>
                <th scope="col" className="numeric">{t("companies.jobs")}</th>
                <th scope="col" className="numeric">{t("companies.relations")}</th>
                <th scope="col" className="numeric">{t("companies.questionnaires")}</th>
              </tr>
            </thead>
            <tbody>
              {companies.data.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    {c.name}
                    {c.cvr ? <span className="cell-note">{t("companies.cvr")}: {c.cvr}</span> : null}
                  </th>
                  <td>
                    {c.contactName ?? t("common.dash")}
                    {c.email ? <span className="cell-note">{c.email}</span> : null}
                    {c.phone ? <span className="cell-note">{c.phone}</span> : null}
                  </td>
                  <td className="numeric">{c.counts.contacts}</td>
                  <td className="numeric">{c.counts.internships}</td>
                  <td className="numeric">{c.counts.jobs}</td>
                  <td className="numeric">{c.counts.employmentRelations}</td>
                  <td className="numeric">{t("companies.answeredOf", { answered: c.questionnaires.answered, sent: c.questionnaires.sent })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {canEdit ? <CreateCompanyForm /> : null}
    </>
  );
}

type Field = "name" | "cvr" | "email";

function CreateCompanyForm() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationId = useOrganisationId();
  const create = useMutation(trpc.company.create.mutationOptions());
  const [values, setValues] = useState({ name: "", cvr: "", contactName: "", email: "", phone: "" });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [created, setCreated] = useState<string | null>(null);
  const set = (key: keyof typeof values) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: event.target.value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const found: Partial<Record<Field, string>> = {};
    if (!values.name.trim()) found.name = t("validation.required");
    if (values.cvr.trim() && !/^\d{8}$/.test(values.cvr.replace(/\s+/g, ""))) found.cvr = t("companies.errors.cvr_invalid");
    if (values.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) found.email = t("companies.errors.email_invalid");
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await create.mutateAsync({ organisationId, ...values });
    } catch {
      return;
    }
    await queryClient.invalidateQueries({ queryKey: trpc.company.list.pathKey() });
    setCreated(values.name.trim());
    setValues({ name: "", cvr: "", contactName: "", email: "", phone: "" });
  };

  const optional = (label: string) => (
    <>
      {label} <span className="hint">{t("common.optional")}</span>
    </>
  );
  return (
    <section className="panel no-print" aria-labelledby="create-company-title">
      <h2 id="create-company-title">{t("companies.createTitle")}</h2>
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
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="form">
        <FormField label={t("companies.name")} error={errors.name}>
          {(field) => <input {...field} value={values.name} onChange={set("name")} required autoComplete="organization" />}
        </FormField>
        <FormField label={optional(t("companies.cvr"))} description={t("companies.cvrHelp")} error={errors.cvr}>
          {(field) => <input {...field} value={values.cvr} onChange={set("cvr")} inputMode="numeric" />}
        </FormField>
        <FormField label={optional(t("companies.contactName"))}>
          {(field) => <input {...field} value={values.contactName} onChange={set("contactName")} />}
        </FormField>
        <FormField label={optional(t("companies.email"))} error={errors.email}>
          {(field) => <input {...field} value={values.email} onChange={set("email")} type="email" />}
        </FormField>
        <FormField label={optional(t("companies.phone"))}>
          {(field) => <input {...field} value={values.phone} onChange={set("phone")} type="tel" />}
        </FormField>
        <Button type="submit" busy={create.isPending}>
          {t("companies.create")}
        </Button>
      </form>
    </section>
  );
}
