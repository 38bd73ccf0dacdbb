import type { RouterOutputs } from "@skridt/api";
import { Alert, Button, FormField } from "@skridt/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { CareRulesView, useScaleName } from "./care-rules-view";

type CareSettings = RouterOutputs["care"]["settings"];
type Help = CareSettings["help"][number];
interface HelpRow {
  nameDa: string;
  nameEn: string;
  detailDa: string;
  detailEn: string;
  phone: string;
}
type RuleValues = Record<string, { low: string; drop: string }>;

const PHONE = /^\+?[0-9 ]{3,20}$/;
const ruleKey = (r: { instrumentId: string; scaleId: string }) => `${r.instrumentId}/${r.scaleId}`;
const toRow = (h: Help): HelpRow => ({ nameDa: h.name.da, nameEn: h.name.en, detailDa: h.detail.da, detailEn: h.detail.en, phone: h.phone ?? "" });
const toHelp = (r: HelpRow): Help => ({
  name: { da: r.nameDa.trim(), en: r.nameEn.trim() },
  detail: { da: r.detailDa.trim(), en: r.detailEn.trim() },
  ...(r.phone.trim() ? { phone: r.phone.trim() } : {}),
});
const sameHelp = (a: readonly Help[], b: readonly Help[]) => JSON.stringify(a) === JSON.stringify(b);
const textOk = (s: string) => s.trim().length > 0 && s.trim().length <= 300;

/** Reads a typed number ("28", "30,5"); null when it is not one. */
function numberOf(typed: string): number | null {
  const n = Number(typed.trim().replace(",", "."));
  return typed.trim() !== "" && Number.isFinite(n) ? n : null;
}

/** The owning organisation's administrators tighten the care rules and edit the help list. */
export function CareSettingsEditor({ programmeId, data }: { programmeId: string; data: CareSettings }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationId = useOrganisationId();
  const scaleName = useScaleName();
  const save = useMutation(trpc.care.setSettings.mutationOptions());
  const [values, setValues] = useState<RuleValues>(() =>
    Object.fromEntries(
      data.builtin.rules.map((base) => {
        const now = data.rules.find((r) => ruleKey(r) === ruleKey(base));
        return [ruleKey(base), { low: String(now?.low?.atMost ?? base.low?.atMost ?? ""), drop: String(now?.drop?.atLeast ?? base.drop?.atLeast ?? "") }];
      }),
    ),
  );
  const [rows, setRows] = useState<HelpRow[]>(() => data.help.map(toRow));
  const [showErrors, setShowErrors] = useState(false);
  const [saved, setSaved] = useState(false);

  const setRule = (key: string, field: "low" | "drop", value: string) => setValues((v) => ({ ...v, [key]: { ...v[key]!, [field]: value } }));
  const setRow = (i: number, field: keyof HelpRow, value: string) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, [field]: value } : r)));
  const move = (i: number, by: -1 | 1) =>
    setRows((rs) => {
      const next = [...rs];
      [next[i], next[i + by]] = [next[i + by]!, next[i]!];
      return next;
    });

  const rowErrors = rows.map((r) => ({
    nameDa: !textOk(r.nameDa),
    nameEn: !textOk(r.nameEn),
    detailDa: !textOk(r.detailDa),
    detailEn: !textOk(r.detailEn),
    phone: r.phone.trim() !== "" && !PHONE.test(r.phone.trim()),
  }));
  const ruleErrors = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { low: numberOf(v.low) === null, drop: numberOf(v.drop) === null }]));
  const invalid =
    rows.length === 0 ||
    rowErrors.some((e) => Object.values(e).some(Boolean)) ||
    data.builtin.rules.some((b) => (b.low && ruleErrors[ruleKey(b)]?.low) || (b.drop && ruleErrors[ruleKey(b)]?.drop));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setShowErrors(true);
    if (invalid) return;
    // Only what differs from the built-in values is stored; a looser value is sent as typed and refused by the server.
    const rules = data.builtin.rules.flatMap((base) => {
      const v = values[ruleKey(base)]!;
      const low = base.low ? numberOf(v.low) : null;
      const drop = base.drop ? numberOf(v.drop) : null;
      const own = {
        ...(base.low && low !== null && low !== base.low.atMost ? { lowAtMost: low } : {}),
        ...(base.drop && drop !== null && drop !== base.drop.atLeast ? { dropAtLeast: drop } : {}),
      };
      return Object.keys(own).length > 0 ? [{ instrumentId: base.instrumentId, scaleId: base.scaleId, ...own }] : [];
    });
    const help = rows.map(toHelp);
    const settings = { rules, ...(sameHelp(help, data.builtin.help) ? {} : { help }) };
    const ok = await save.mutateAsync({ organisationId, programmeId, settings }).catch(() => null);
    if (!ok) return;
    queryClient.setQueryData(trpc.care.settings.queryKey({ organisationId, programmeId }), { ...ok, builtin: data.builtin });
    setShowErrors(false);
    setSaved(true);
  };

  const err = (bad: boolean | undefined, text: string) => (showErrors && bad ? text : undefined);
  const isOwnList = !sameHelp(rows.map(toHelp), data.builtin.help);

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="form">
      <h3>{t("careSettings.rulesTitle")}</h3>
      <CareRulesView data={data} />
      {data.builtin.rules.map((base) => {
        const key = ruleKey(base);
        const v = values[key]!;
        return (
          <fieldset key={key}>
            <legend>{scaleName(base)}</legend>
            {base.low ? (
              <FormField
                label={t("careSettings.lowLabel")}
                description={t("careSettings.lowHelp", { value: base.low.atMost })}
                error={err(ruleErrors[key]?.low, t("careSettings.notANumber"))}
              >
                {(field) => <input {...field} type="text" inputMode="decimal" value={v.low} onChange={(e) => setRule(key, "low", e.target.value)} />}
              </FormField>
            ) : null}
            {base.drop ? (
              <FormField
                label={t("careSettings.dropLabel")}
                description={t("careSettings.dropHelp", { value: base.drop.atLeast })}
                error={err(ruleErrors[key]?.drop, t("careSettings.notANumber"))}
              >
                {(field) => <input {...field} type="text" inputMode="decimal" value={v.drop} onChange={(e) => setRule(key, "drop", e.target.value)} />}
              </FormField>
            ) : null}
          </fieldset>
        );
      })}

      <h3>{t("careSettings.helpTitle")}</h3>
      <p>{t("careSettings.helpIntro")}</p>
      <p className="hint">{isOwnList ? t("careSettings.helpIsOwn") : t("careSettings.helpIsDefault")}</p>
      {rows.map((row, i) => {
        const number = i + 1;
        const e = rowErrors[i]!;
        return (
          <fieldset key={i}>
            <legend>{t("careSettings.contact", { number })}</legend>
            <FormField label={t("careSettings.nameDa")} error={err(e.nameDa, t("careSettings.required"))}>
              {(field) => <input {...field} value={row.nameDa} maxLength={300} onChange={(ev) => setRow(i, "nameDa", ev.target.value)} />}
            </FormField>
            <FormField label={t("careSettings.nameEn")} error={err(e.nameEn, t("careSettings.required"))}>
              {(field) => <input {...field} value={row.nameEn} maxLength={300} onChange={(ev) => setRow(i, "nameEn", ev.target.value)} />}
            </FormField>
            <FormField label={t("careSettings.detailDa")} error={err(e.detailDa, t("careSettings.required"))}>
              {(field) => <textarea {...field} rows={2} value={row.detailDa} maxLength={300} onChange={(ev) => setRow(i, "detailDa", ev.target.value)} />}
            </FormField>
            <FormField label={t("careSettings.detailEn")} error={err(e.detailEn, t("careSettings.required"))}>
              {(field) => <textarea {...field} rows={2} value={row.detailEn} maxLength={300} onChange={(ev) => setRow(i, "detailEn", ev.target.value)} />}
            </FormField>
            <FormField label={t("careSettings.phone")} description={t("careSettings.phoneHelp")} error={err(e.phone, t("careSettings.phoneInvalid"))}>
              {(field) => <input {...field} type="tel" value={row.phone} onChange={(ev) => setRow(i, "phone", ev.target.value)} />}
            </FormField>
            <div className="form__actions">
              <Button variant="secondary" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t("careSettings.moveUpFor", { number })}>
                {t("careSettings.moveUp")}
              </Button>
              <Button variant="secondary" disabled={i === rows.length - 1} onClick={() => move(i, 1)} aria-label={t("careSettings.moveDownFor", { number })}>
                {t("careSettings.moveDown")}
              </Button>
              <Button
                variant="secondary"
                disabled={rows.length === 1}
                onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}
                aria-label={t("careSettings.removeFor", { number })}
              >
                {t("careSettings.remove")}
              </Button>
            </div>
          </fieldset>
        );
      })}
      {showErrors && rows.length === 0 ? <p className="ui-field__error">{t("careSettings.atLeastOne")}</p> : null}
      <div className="form__actions">
        <Button
          variant="secondary"
          disabled={rows.length >= 12}
          onClick={() => setRows((rs) => [...rs, { nameDa: "", nameEn: "", detailDa: "", detailEn: "", phone: "" }])}
        >
          {t("careSettings.add")}
        </Button>
        <Button variant="secondary" disabled={!isOwnList} onClick={() => setRows(data.builtin.help.map(toRow))}>
          {t("careSettings.useBuiltin")}
        </Button>
      </div>

      {save.error ? (
        <Alert tone="error">
          <p>{t(`errors.${errorKey(save.error)}`)}</p>
        </Alert>
      ) : null}
      {saved ? (
        <Alert tone="success">
          <p>{t("careSettings.saved")}</p>
        </Alert>
      ) : null}
      <Button type="submit" busy={save.isPending}>
        {t("careSettings.submit")}
      </Button>
    </form>
  );
}
