import type { RouterOutputs } from "@skridt/api";
import { programmeNormProblems, RELIABILITY_COEFFICIENTS, type TProgrammeNormProblem, type TProgrammeScaleNorm } from "@skridt/validators";
import { Alert, Button, FormField } from "@skridt/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { errorKey, errorProblems } from "../../errors";
import { useLang } from "../../i18n/use-lang";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { decimal, typedNumber } from "./change-norm-values";

type NormScale = RouterOutputs["programme"]["changeNorms"]["scales"][number];
type Coefficient = (typeof RELIABILITY_COEFFICIENTS)[number];
type Side = "above" | "below";
interface Typed {
  coefficient: Coefficient;
  reliability: string;
  sd: string;
  cutOff: string;
  functional: Side;
  source: string;
}

/** The form starts from the programme's own values, else the questionnaire's, so a small change stays small. */
function startingValues(scale: NormScale, lang: "da" | "en"): Typed {
  const norm = scale.own ?? scale.declared;
  const rule = norm?.reliableChange ?? null;
  return {
    coefficient: rule?.kind === "mdc95" ? "test-retest" : (rule?.coefficient ?? "alpha"),
    reliability: rule ? decimal(rule.reliability, lang) : "",
    sd: rule?.kind === "reliability" && rule.sd !== null ? decimal(rule.sd, lang) : "",
    cutOff: norm?.cutOff ? decimal(norm.cutOff.value, lang) : "",
    functional: norm?.cutOff?.functional ?? (scale.higherIsBetter ? "above" : "below"),
    source: scale.own?.reliableChange?.source.citation ?? "",
  };
}

function normOf(typed: Typed): TProgrammeScaleNorm {
  const cutOff = typedNumber(typed.cutOff);
  return {
    coefficient: typed.coefficient,
    reliability: typedNumber(typed.reliability) ?? Number.NaN,
    sd: typedNumber(typed.sd),
    cutOff: cutOff === null ? null : { value: cutOff, functional: typed.functional },
    source: typed.source.trim(),
  };
}

/** The owning organisation's administrator sets one scale's own values, or goes back to the questionnaire's. */
export function ChangeNormForm({ programmeId, scale, onDone }: { programmeId: string; scale: NormScale; onDone: (done: "saved" | "reset" | null) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationId = useOrganisationId();
  const headingId = useId();
  const save = useMutation(trpc.programme.setChangeNorm.mutationOptions());
  const [typed, setTyped] = useState<Typed>(() => startingValues(scale, lang));
  const [showErrors, setShowErrors] = useState(false);
  const label = scale.label[lang];
  const range = { min: decimal(scale.range.min, lang), max: decimal(scale.range.max, lang) };
  // The same check the API makes; the API's own answer (norm_invalid) is shown the same way.
  const problems = new Set<string>([...(showErrors ? programmeNormProblems(normOf(typed), scale.range) : []), ...errorProblems(save.error)]);
  const problem = (...kinds: TProgrammeNormProblem[]) => {
    const kind = kinds.find((k) => problems.has(k));
    return kind ? t(`changeNorms.problem_${kind}`, range) : undefined;
  };
  const change = (field: keyof Typed) => (e: { target: { value: string } }) => setTyped((v) => ({ ...v, [field]: e.target.value }));

  const submit = async (norm: TProgrammeScaleNorm | null) => {
    const ok = await save.mutateAsync({ organisationId, programmeId, instrumentId: scale.instrumentId, scaleId: scale.scaleId, norm }).catch(() => null);
    if (!ok) return;
    await queryClient.invalidateQueries({ queryKey: trpc.programme.changeNorms.queryKey({ organisationId, programmeId }) });
    // The evaluation's figures and the report follow the norm: let them be read afresh.
    await queryClient.invalidateQueries({ queryKey: trpc.evaluation.pathKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.report.pathKey() });
    onDone(norm ? "saved" : "reset");
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.reset();
    setShowErrors(true);
    const norm = normOf(typed);
    if (programmeNormProblems(norm, scale.range).length > 0) return;
    void submit(norm);
  };

  return (
    <form onSubmit={onSubmit} noValidate className="form change-norms__form" aria-labelledby={headingId}>
      <h4 id={headingId}>{t("changeNorms.formTitle", { scale: label })}</h4>
      <FormField label={t("changeNorms.coefficientLabel")}>
        {(field) => (
          <select {...field} value={typed.coefficient} onChange={change("coefficient")}>
            {RELIABILITY_COEFFICIENTS.map((c) => (
              <option key={c} value={c}>
                {t(`changeNorms.coefficientOption_${c}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        label={t("changeNorms.reliabilityLabel")}
        description={t("changeNorms.reliabilityHelp")}
        error={problem("reliability_range")}
        required
        requiredMark={t("changeNorms.required")}
      >
        {(field) => <input {...field} type="text" inputMode="decimal" required value={typed.reliability} onChange={change("reliability")} />}
      </FormField>
      <FormField label={t("changeNorms.sdLabel")} description={t("changeNorms.sdHelp")} error={problem("sd_positive")}>
        {(field) => <input {...field} type="text" inputMode="decimal" value={typed.sd} onChange={change("sd")} />}
      </FormField>
      <FormField label={t("changeNorms.cutOffLabel")} description={t("changeNorms.cutOffHelp", range)} error={problem("cut_off_range")}>
        {(field) => <input {...field} type="text" inputMode="decimal" value={typed.cutOff} onChange={change("cutOff")} />}
      </FormField>
      <FormField label={t("changeNorms.functionalLabel")}>
        {(field) => (
          <select {...field} value={typed.functional} onChange={change("functional")}>
            <option value="above">{t("changeNorms.functionalOption_above")}</option>
            <option value="below">{t("changeNorms.functionalOption_below")}</option>
          </select>
        )}
      </FormField>
      <FormField
        label={t("changeNorms.sourceLabel")}
        description={t("changeNorms.sourceHelp")}
        error={problem("source_required", "source_too_long")}
        required
        requiredMark={t("changeNorms.required")}
      >
        {(field) => <textarea {...field} required rows={3} maxLength={300} value={typed.source} onChange={change("source")} />}
      </FormField>
      {save.error ? (
        <Alert tone="error">
          <p>{t(`errors.${errorKey(save.error)}`)}</p>
        </Alert>
      ) : null}
      <div className="change-norms__actions">
        <Button type="submit" busy={save.isPending}>
          {t("changeNorms.save")}
        </Button>
        {scale.own ? (
          <Button variant="secondary" busy={save.isPending} onClick={() => void submit(null)}>
            {t("changeNorms.reset")}
          </Button>
        ) : null}
        <Button variant="link" onClick={() => onDone(null)}>
          {t("changeNorms.cancel")}
        </Button>
      </div>
    </form>
  );
}
