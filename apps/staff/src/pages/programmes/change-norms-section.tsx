import type { RouterOutputs } from "@skridt/api";
import { Alert, Button, Card, QueryState } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { useLang } from "../../i18n/use-lang";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { ChangeNormForm } from "./change-norm-form";
import { decimal } from "./change-norm-values";
import "./change-norms.css";

type NormScale = RouterOutputs["programme"]["changeNorms"]["scales"][number];
type Norm = NonNullable<NormScale["declared"]>;

/**
 * A programme's norms for reliable change (issue 15): per scale of the plan that supports it,
 * the questionnaire's declared values with their sources, and the programme's own where it set
 * them. A shared setting: the owning organisation's administrators change it, others read it.
 */
export function ChangeNormsSection({ programmeId, mayEdit, owner }: { programmeId: string; mayEdit: boolean; owner: string | undefined }) {
  const { t } = useTranslation();
  const lang = useLang();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const norms = useQuery(trpc.programme.changeNorms.queryOptions({ organisationId, programmeId }));
  return (
    <Card title={t("changeNorms.title")} headingLevel={2}>
      <p>{t("changeNorms.intro")}</p>
      {!mayEdit ? <p className="hint">{owner ? t("changeNorms.notOwner", { owner }) : t("changeNorms.readOnly")}</p> : null}
      <QueryState query={norms} loadingText={t("common.loading")} errorText={(e) => t(`errors.${errorKey(e)}`)}>
        {(data) => {
          const supported = data.scales.filter((s) => s.supported);
          const single = data.scales.filter((s) => !s.supported);
          return (
            <>
              {supported.length === 0 ? <p>{t("changeNorms.none")}</p> : null}
              {supported.map((scale) => (
                <ScaleNorms key={`${scale.instrumentId}/${scale.scaleId}`} programmeId={programmeId} scale={scale} mayEdit={mayEdit} />
              ))}
              {single.length > 0 ? <p className="hint">{t("changeNorms.notSupported", { scales: single.map((s) => s.label[lang]).join(", ") })}</p> : null}
            </>
          );
        }}
      </QueryState>
    </Card>
  );
}

function ScaleNorms({ programmeId, scale, mayEdit }: { programmeId: string; scale: NormScale; mayEdit: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const label = scale.label[lang];
  const headingId = useId();
  const editText = scale.own ? t("changeNorms.editOwn") : t("changeNorms.edit");
  return (
    <section className="change-norms__scale" aria-labelledby={headingId}>
      <h3 id={headingId}>{scale.instrumentTitle[lang]}</h3>
      <p className="hint">{t("changeNorms.scale", { scale: label })}</p>
      <h4>
        {t("changeNorms.declared")}
        {scale.own ? null : <span className="change-norms__in-force"> ({t("changeNorms.inForce")})</span>}
      </h4>
      {scale.declared ? <NormValues norm={scale.declared} /> : <p>{t("changeNorms.declaredNone")}</p>}
      {scale.declared?.reason ? <p className="hint">{scale.declared.reason[lang]}</p> : null}
      {scale.own ? (
        <>
          <h4>
            {t("changeNorms.own")} <span className="change-norms__in-force">({t("changeNorms.inForce")})</span>
          </h4>
          <NormValues norm={scale.own} />
        </>
      ) : null}
      {message ? (
        <Alert tone="success">
          <p>{message}</p>
        </Alert>
      ) : null}
      {mayEdit && !editing ? (
        <Button
          variant="secondary"
          // The visible words first, then which scale: two such buttons are told apart by ear.
          aria-label={`${editText}: ${label}`}
          onClick={() => {
            setMessage(null);
            setEditing(true);
          }}
        >
          {editText}
        </Button>
      ) : null}
      {mayEdit && editing ? (
        <ChangeNormForm
          programmeId={programmeId}
          scale={scale}
          onDone={(done) => {
            setEditing(false);
            if (done) setMessage(done === "saved" ? t("changeNorms.saved", { scale: label }) : t("changeNorms.resetDone", { scale: label }));
          }}
        />
      ) : null}
    </section>
  );
}

/** One norm's figures and sources, as a list of terms. */
function NormValues({ norm }: { norm: Norm }) {
  const { t } = useTranslation();
  const lang = useLang();
  const rule = norm.reliableChange;
  const coefficient = (kind: string | undefined) =>
    kind === "alpha" || kind === "test-retest" ? t(`changeNorms.coefficient_${kind}`) : t("changeNorms.coefficient_unknown");
  const sources = [rule?.source, norm.cutOff?.source].filter((s, i, all): s is NonNullable<typeof s> => Boolean(s) && all.indexOf(s) === i);
  return (
    <dl className="change-norms__values">
      {rule ? (
        <div>
          <dt>{t("changeNorms.reliability")}</dt>
          <dd>
            {rule.kind === "mdc95"
              ? t("changeNorms.mdc", { coefficient: coefficient("test-retest"), r: decimal(rule.reliability, lang), mdc: decimal(rule.mdc95, lang) })
              : `${coefficient(rule.coefficient)} ${decimal(rule.reliability, lang)}`}
          </dd>
        </div>
      ) : null}
      {rule?.kind === "reliability" ? (
        <div>
          <dt>{t("changeNorms.sd")}</dt>
          <dd>{rule.sd === null ? t("changeNorms.sdCohort") : decimal(rule.sd, lang)}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t("changeNorms.cutOff")}</dt>
        <dd>
          {norm.cutOff ? t(`changeNorms.functional_${norm.cutOff.functional}`, { value: decimal(norm.cutOff.value, lang) }) : t("changeNorms.cutOffNone")}
        </dd>
      </div>
      {sources.map((source, i) => (
        <div key={i}>
          <dt>{t("changeNorms.source")}</dt>
          <dd>
            {source.citation}
            {source.note ? <span className="hint"> {source.note}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
