import type { TInstrumentInput } from "@skridt/instruments";
import { Alert, Button, Card, FormField } from "@skridt/ui";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../../../errors";
import { useLang } from "../../../../i18n/use-lang";
import { useOrganisationId } from "../../../../shell/session-context";
import { useTRPC } from "../../../../trpc";
import { readAsText } from "../../../import/read-file";
import type { TBuilderState } from "./builder-state";
import { fromDefinition, nextMinorVersion } from "./from-definition";

type TMessage = { tone: "success" | "error"; text: string };

/** Start from a stored questionnaire (for its next version) or from a definition file, e.g. a downloaded draft. */
export function LoadPanel({ programmeId, onLoad }: { programmeId: string; onLoad: (state: TBuilderState) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationId = useOrganisationId();
  const list = useQuery(trpc.programmeInstrument.list.queryOptions({ organisationId, programmeId }));
  const [chosen, setChosen] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<TMessage | null>(null);
  const [fileInputKey, setFileInputKey] = useState(0);

  const onLoadStored = async () => {
    if (!chosen) return;
    setBusy(true);
    try {
      const definition = await queryClient.fetchQuery(trpc.programmeInstrument.get.queryOptions({ organisationId, programmeId, instrumentId: chosen }));
      const version = nextMinorVersion(definition.version);
      onLoad({ ...fromDefinition(definition), version });
      setMessage({ tone: "success", text: t("questionnaireBuilder.loaded", { title: definition.title[lang], version }) });
    } catch (error) {
      setMessage({ tone: "error", text: t(`errors.${errorKey(error)}`) });
    } finally {
      setBusy(false);
    }
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      // A draft need not be valid yet; what the form cannot hold at all is refused here.
      onLoad(fromDefinition(JSON.parse(await readAsText(file)) as TInstrumentInput));
      setMessage({ tone: "success", text: t("questionnaireBuilder.loadedFile") });
    } catch (error) {
      setMessage({ tone: "error", text: t("questionnaireBuilder.loadFileInvalid", { reason: (error as Error).message }) });
    }
    setFileInputKey((k) => k + 1);
  };

  return (
    <Card title={t("questionnaireBuilder.loadTitle")} headingLevel={2}>
      <p className="hint">{t("questionnaireBuilder.loadHelp")}</p>
      {list.data && list.data.length > 0 ? (
        <div className="builder-load">
          <FormField label={t("questionnaireBuilder.loadStored")}>
            {(field) => (
              <select {...field} value={chosen} onChange={(event) => setChosen(event.target.value)}>
                <option value="">{t("questionnaireBuilder.loadChoose")}</option>
                {list.data.map((instrument) => (
                  <option key={instrument.id} value={instrument.id}>
                    {instrument.title[lang]} ({instrument.id} {instrument.version})
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <Button variant="secondary" busy={busy} disabled={!chosen} onClick={() => void onLoadStored()}>
            {t("questionnaireBuilder.loadButton")}
          </Button>
        </div>
      ) : null}
      <FormField label={t("questionnaireBuilder.loadFile")}>
        {(field) => <input {...field} key={fileInputKey} type="file" accept=".json,application/json" onChange={(event) => void onFile(event)} />}
      </FormField>
      {message ? (
        <Alert tone={message.tone}>
          <p>{message.text}</p>
        </Alert>
      ) : null}
    </Card>
  );
}
