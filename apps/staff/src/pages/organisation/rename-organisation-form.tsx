import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Card, FormField } from "@skridt/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { errorKey } from "../../errors";
import { ZRenameForm } from "@skridt/validators";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";

export function RenameOrganisationForm({ currentName }: { currentName: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationId = useOrganisationId();
  const rename = useMutation(trpc.organisation.rename.mutationOptions());
  const [saved, setSaved] = useState(false);
  const form = useForm<z.input<typeof ZRenameForm>, unknown, z.output<typeof ZRenameForm>>({
    resolver: zodResolver(ZRenameForm),
    defaultValues: { name: currentName },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async ({ name }) => {
    setSaved(false);
    try {
      await rename.mutateAsync({ organisationId, name });
    } catch {
      return;
    }
    setSaved(true);
    // The name also shows in the header's organisation switcher, which comes from auth.me.
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.organisation.get.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.auth.me.pathKey() }),
    ]);
  });

  return (
    <Card title={t("organisation.renameTitle")} headingLevel={2}>
      {saved ? (
        <Alert tone="success">
          <p>{t("organisation.renamed")}</p>
        </Alert>
      ) : null}
      {rename.error ? (
        <Alert tone="error">
          <p>{t(`errors.${errorKey(rename.error)}`)}</p>
        </Alert>
      ) : null}
      <form onSubmit={onSubmit} noValidate className="form">
        <FormField label={t("organisation.name")} error={errors.name?.message}>
          {(field) => <input {...field} {...form.register("name")} required />}
        </FormField>
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t("organisation.submit")}
        </Button>
      </form>
    </Card>
  );
}
