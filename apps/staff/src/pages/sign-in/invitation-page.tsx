import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, combineQueries, FormField, QueryState } from "@skridt/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import type { z } from "zod";
import { errorKey } from "../../errors";
import { passwordFormSchema } from "../../forms/schemas";
import { PublicLayout } from "../../shell/public-layout";
import { useTRPC } from "../../trpc";
import { SsoLink } from "./sso-link";
import "./sign-in.css";

/** /staff/invitation/:token — the one-time link an administrator passed on. */
export function InvitationPage() {
  const { t } = useTranslation();
  const { token = "" } = useParams();
  const trpc = useTRPC();
  const invitation = useQuery(trpc.auth.invitation.queryOptions({ token }, { retry: false }));
  const methods = useQuery(trpc.auth.methods.queryOptions(undefined, { staleTime: Infinity }));

  return (
    <PublicLayout title={t("invitation.title")}>
      <QueryState query={combineQueries({ data: invitation, ways: methods })} loadingText={t("common.loading")} errorText={(e) => t(`errors.${errorKey(e)}`)}>
        {({ data, ways }) => (
          <>
            <h2>{t("invitation.greeting", { name: data.name })}</h2>
            <p>
              {t("invitation.body", {
                role: t(`roles.${data.role}`).toLowerCase(),
                organisation: data.organisation,
              })}
            </p>
            {data.needsPassword ? (
              <>
                {/* With single sign-on the provider's verified e-mail finds this invitation: no password needed. */}
                {ways.sso ? (
                  <>
                    <p>{t("invitation.useSso", { provider: ways.sso.label, email: data.email })}</p>
                    <SsoLink label={ways.sso.label} />
                  </>
                ) : null}
                {ways.password ? (
                  <>
                    <p>{t("invitation.choosePassword", { email: data.email })}</p>
                    <AcceptForm token={token} />
                  </>
                ) : null}
              </>
            ) : (
              <>
                <p>{t("invitation.existingAccount", { email: data.email })}</p>
                <p>
                  <Link to="/sign-in">{t("invitation.toSignIn")}</Link>
                </p>
              </>
            )}
          </>
        )}
      </QueryState>
    </PublicLayout>
  );
}

function AcceptForm({ token }: { token: string }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const accept = useMutation(trpc.auth.acceptInvitation.mutationOptions());
  // Rebuilt per language so the mismatch message follows the language switch.
  const schema = useMemo(() => passwordFormSchema(t("invitation.mismatch")), [t, i18n.language]);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { password: "", confirm: "" },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async ({ password }) => {
    try {
      await accept.mutateAsync({ token, password });
    } catch {
      return;
    }
    queryClient.clear();
    void navigate("/", { replace: true });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="form">
      {accept.error ? (
        <Alert tone="error">
          <p>{t(`errors.${errorKey(accept.error)}`)}</p>
        </Alert>
      ) : null}
      <FormField label={t("invitation.password")} description={t("invitation.passwordHelp")} error={errors.password?.message}>
        {(field) => <input {...field} {...form.register("password")} type="password" autoComplete="new-password" required />}
      </FormField>
      <FormField label={t("invitation.confirm")} error={errors.confirm?.message}>
        {(field) => <input {...field} {...form.register("confirm")} type="password" autoComplete="new-password" required />}
      </FormField>
      <Button type="submit" busy={form.formState.isSubmitting}>
        {t("invitation.submit")}
      </Button>
    </form>
  );
}
