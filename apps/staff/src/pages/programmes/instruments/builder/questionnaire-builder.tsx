import { zodResolver } from "@hookform/resolvers/zod";
import type { DefinitionProblem } from "@skridt/api";
import { downloadText, slugFilename } from "@skridt/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useMemo, useRef, useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useLang } from "../../../../i18n/use-lang";
import { useOrganisationId } from "../../../../shell/session-context";
import { useTRPC } from "../../../../trpc";
import { AnnounceContext } from "./announce";
import { emptyState, type TBuilderState } from "./builder-state";
import { builderSchema } from "./builder-schema";
import { CheckSection, type TChecked } from "./check-section";
import { ServerProblemsContext } from "./field-error";
import { IdentitySection } from "./identity-section";
import { LoadPanel } from "./load-panel";
import { problemsByField } from "./problem-field";
import { QuestionsSection } from "./questions-section";
import { ScalesSection } from "./scales-section";
import { toDefinitionJson } from "./to-definition";
import "./builder.css";

/** Problems the API sent with `definition_invalid` on save (someone saved the same version meanwhile, say). */
function problemsOf(error: unknown): DefinitionProblem[] {
  if (!(error instanceof TRPCClientError)) return [];
  const detail = (error.data as { detail?: { problems?: DefinitionProblem[] } } | undefined)?.detail;
  return detail?.problems ?? [];
}

/**
 * The builder: a form over the definition's fields that writes the same JSON an author would,
 * checked by programmeInstrument.validate (problems shown on their fields) and saved by
 * programmeInstrument.add, exactly as an uploaded file is.
 */
export function QuestionnaireBuilder({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationId = useOrganisationId();
  const validate = useMutation(trpc.programmeInstrument.validate.mutationOptions());
  const add = useMutation(trpc.programmeInstrument.add.mutationOptions());
  const schema = useMemo(
    () =>
      builderSchema({
        required: t("validation.required"),
        number: t("questionnaireBuilder.numberText"),
        integer: t("questionnaireBuilder.integerText"),
        bothLanguages: t("questionnaireBuilder.bothLanguages"),
        occasions: t("questionnaireBuilder.occasionsNone"),
        scaleItems: t("questionnaireBuilder.scaleItemsEmpty"),
      }),
    [t],
  );
  const form = useForm<TBuilderState>({ resolver: zodResolver(schema), defaultValues: emptyState() });
  const [checked, setChecked] = useState<TChecked | null>(null);
  const [problems, setProblems] = useState<DefinitionProblem[]>([]);
  const [invalid, setInvalid] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const resultRef = useRef<HTMLDivElement>(null);
  const byField = useMemo(() => problemsByField(problems, lang), [problems, lang]);
  const focusResult = () => requestAnimationFrame(() => resultRef.current?.focus());

  const clearResults = () => {
    setChecked(null);
    setProblems([]);
    setInvalid(false);
    setSaved(null);
    validate.reset();
    add.reset();
  };

  const onCheck = form.handleSubmit(
    async () => {
      clearResults();
      const json = toDefinitionJson(form.getValues());
      try {
        const result = await validate.mutateAsync({ organisationId, programmeId, definition: json });
        setChecked({ json, result });
        setProblems(result.ok ? [] : result.problems);
      } catch {
        // Shown from validate.error.
      }
      focusResult();
    },
    () => {
      // The first field in error gets focus (react-hook-form); the note says why.
      setInvalid(true);
      setChecked(null);
    },
  );

  const onSave = async () => {
    if (!checked?.result.ok) return;
    try {
      const result = await add.mutateAsync({ organisationId, programmeId, definition: checked.json });
      setChecked(null);
      setSaved(t("questionnaireBuilder.saved", { id: result.instrumentId, version: result.version }));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.programmeInstrument.list.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.programme.plan.pathKey() }),
      ]);
    } catch (error) {
      setProblems(problemsOf(error));
    }
    focusResult();
  };

  const onDownload = () => {
    const values = form.getValues();
    downloadText(
      toDefinitionJson(values),
      slugFilename(`${values.id.trim() || t("questionnaireBuilder.title")}-${values.version.trim()}`, "json"),
      "application/json",
    );
  };

  const onLoad = (state: TBuilderState) => {
    form.reset(state);
    clearResults();
  };

  return (
    <AnnounceContext.Provider value={setAnnouncement}>
      <ServerProblemsContext.Provider value={byField}>
        <FormProvider {...form}>
          <LoadPanel programmeId={programmeId} onLoad={onLoad} />
          <form className="form questionnaire-builder" onSubmit={(event) => void onCheck(event)} noValidate>
            <IdentitySection />
            <QuestionsSection />
            <ScalesSection />
            <CheckSection
              programmeId={programmeId}
              checked={checked}
              invalid={invalid}
              saved={saved}
              checkError={validate.error}
              saveError={add.error}
              saveProblems={problemsOf(add.error)}
              checking={validate.isPending}
              saving={add.isPending}
              resultRef={resultRef}
              onDownload={onDownload}
              onSave={() => void onSave()}
            />
          </form>
          <p role="status" className="ui-visually-hidden">
            {announcement}
          </p>
        </FormProvider>
      </ServerProblemsContext.Provider>
    </AnnounceContext.Provider>
  );
}
