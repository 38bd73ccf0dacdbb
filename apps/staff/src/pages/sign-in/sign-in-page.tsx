import { zodResolver } from "@hookform/resolvers/zod";
import { ZSignIn, type TSignIn } from "@skridt/validators";
import { Alert, Button, FormField } from "@skridt/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import type { z } from "zod";
import { errorKey } from "../../errors";
import { currentLocale, storedLocale } from "../../i18n";
import { PublicLayout } from "../../shell/public-layout";
import { useTRPC } from "../../trpc";

export function SignInPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const state = location.state as { from?: string; expired?: boolean } | null;
  const from = state?.from;
  const setLocale = useMutation(trpc.auth.setLocale.mutationOptions());
  const signIn = useMutation(trpc.auth.signIn.mutationOptions());
  const form = useForm<z.input<typeof ZSignIn>, unknown, TSignIn>({
    resolver: zodResolver(ZSignIn),
    defaultValues: { email: "", password: "" },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await signIn.mutateAsync(values);
    } catch {
      return; // shown from signIn.error
    }
    // A language picked on this device before signing in is kept for the user from now on.
    if (storedLocale()) await setLocale.mutateAsync({ locale: currentLocale() }).catch(() => undefined);
    queryClient.clear();
    void navigate(from && from !== "/sign-in" ? from : "/", { replace: true });
  });

  return (
    <PublicLayout title={t("signIn.title")}>
      <p>{t("signIn.intro")}</p>
      {state?.expired && !signIn.error ? (
        <Alert tone="info">
          <p>{t("errors.not_signed_in")}</p>
        </Alert>
      ) : null}
      {signIn.error ? (
        <Alert tone="error">
          <p>{t(`errors.${errorKey(signIn.error)}`)}</p>
        </Alert>
      ) : null}
      <form onSubmit={onSubmit} noValidate className="form">
        <FormField label={t("signIn.email")} error={errors.email?.message}>
          {(field) => <input {...field} {...form.register("email")} type="email" autoComplete="username" required />}
        </FormField>
        <FormField label={t("signIn.password")} error={errors.password?.message}>
          {(field) => <input {...field} {...form.register("password")} type="password" autoComplete="current-password" required />}
        </FormField>
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t("signIn.submit")}
        </Button>
      </form>
    </PublicLayout>
  );
}
