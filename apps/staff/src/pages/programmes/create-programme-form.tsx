import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Card, FormField } from "@skridt/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { errorKey } from "../../errors";
import { ZProgrammeForm } from "../../forms/schemas";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";

export function CreateProgrammeForm() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationId = useOrganisationId();
  const create = useMutation(trpc.programme.create.mutationOptions());
  const [createdName, setCreatedName] = useState<string | null>(null);
  const form = useForm<z.input<typeof ZProgrammeForm>, unknown, z.output<typeof ZProgrammeForm>>({
    resolver: zodResolver(ZProgrammeForm),
    defaultValues: { name: "", description: "", reviewIntervalDays: 28 },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setCreatedName(null);
    try {
      await create.mutateAsync({ ...values, organisationId });
    } catch {
      return;
    }
    await queryClient.invalidateQueries({ queryKey: trpc.programme.list.pathKey() });
    setCreatedName(values.name);
    form.reset();
  });

  return (
    <Card title={t("programmes.createTitle")} headingLevel={2}>
      {createdName ? (
        <Alert tone="success">
          <p>{t("programmes.created", { name: createdName })}</p>
        </Alert>
      ) : null}
      {create.error ? (
        <Alert tone="error">
          <p>{t(`errors.${errorKey(create.error)}`)}</p>
        </Alert>
      ) : null}
      <form onSubmit={onSubmit} noValidate className="form">
        <FormField label={t("programmes.name")} error={errors.name?.message}>
          {(field) => <input {...field} {...form.register("name")} required />}
        </FormField>
        <FormField
          label={
            <>
              {t("programmes.description")} <span className="hint">{t("common.optional")}</span>
            </>
          }
          error={errors.description?.message}
        >
          {(field) => <textarea {...field} {...form.register("description")} rows={3} />}
        </FormField>
        <FormField label={t("programmes.reviewIntervalDays")} description={t("programmes.reviewIntervalHelp")} error={errors.reviewIntervalDays?.message}>
          {(field) => (
            <input {...field} {...form.register("reviewIntervalDays", { valueAsNumber: true })} type="number" inputMode="numeric" min={7} max={180} required />
          )}
        </FormField>
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t("programmes.submit")}
        </Button>
      </form>
    </Card>
  );
}
