import { zodResolver } from "@hookform/resolvers/zod";
import { ROLES } from "@skridt/validators";
import { Alert, Button, Card, FormField } from "@skridt/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { errorKey } from "../../errors";
import { ZInviteForm } from "../../forms/schemas";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { InvitationLink } from "./invitation-link";

type Output = z.output<typeof ZInviteForm>;
type Result = { kind: "invited"; name: string; link: string; emailed: boolean } | { kind: "granted"; email: string; role: Output["role"] };

export function InviteUserForm() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationId = useOrganisationId();
  const invite = useMutation(trpc.user.invite.mutationOptions());
  const [result, setResult] = useState<Result | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const form = useForm<z.input<typeof ZInviteForm>, unknown, Output>({
    resolver: zodResolver(ZInviteForm),
    defaultValues: { name: "", email: "", role: "mentor" },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setResult(null);
    let response;
    try {
      response = await invite.mutateAsync({ ...values, organisationId });
    } catch {
      return;
    }
    // The token exists only in this response: the server keeps just its hash.
    setResult(
      response.kind === "invited"
        ? { kind: "invited", name: values.name, link: `${location.origin}/staff/invitation/${response.token}`, emailed: response.emailed }
        : { kind: "granted", email: values.email, role: values.role },
    );
    form.reset();
    await queryClient.invalidateQueries({ queryKey: trpc.user.list.pathKey() });
    requestAnimationFrame(() => resultRef.current?.focus());
  });

  return (
    <Card title={t("users.inviteTitle")} headingLevel={2}>
      <p>{t("users.inviteIntro")}</p>
      {result?.kind === "invited" ? (
        <Alert tone="success" ref={resultRef}>
          <p>{t("users.invited", { name: result.name })}</p>
          {/* With SMTP set up the outbox e-mails the same link (issue 13). */}
          {result.emailed ? <p>{t("users.invitedEmailed")}</p> : null}
          <InvitationLink link={result.link} />
        </Alert>
      ) : null}
      {result?.kind === "granted" ? (
        <Alert tone="success" ref={resultRef}>
          <p>{t("users.granted", { email: result.email, role: t(`roles.${result.role}`) })}</p>
        </Alert>
      ) : null}
      {invite.error ? (
        <Alert tone="error">
          <p>{t(`errors.${errorKey(invite.error)}`)}</p>
        </Alert>
      ) : null}
      <form onSubmit={onSubmit} noValidate className="form">
        <div className="form-row">
          <FormField label={t("users.name")} error={errors.name?.message}>
            {(field) => <input {...field} {...form.register("name")} autoComplete="off" required />}
          </FormField>
          <FormField label={t("users.email")} error={errors.email?.message}>
            {(field) => <input {...field} {...form.register("email")} type="email" autoComplete="off" required />}
          </FormField>
          <FormField label={t("users.role")} error={errors.role?.message}>
            {(field) => (
              <select {...field} {...form.register("role")} required>
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t(`roles.${role}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t("users.inviteSubmit")}
        </Button>
      </form>
    </Card>
  );
}
