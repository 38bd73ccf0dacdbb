import type { DefinitionProblem } from "@skridt/api";
import { Alert } from "@skridt/ui";
import type { Ref } from "react";
import { useTranslation } from "react-i18next";
import { problemPlace } from "./problem-place";
import { useLang } from "../../../i18n/use-lang";

/** Every problem in a definition file, by field, in the chosen language; nothing was stored. */
export function DefinitionProblems({ problems, alertRef }: { problems: readonly DefinitionProblem[]; alertRef?: Ref<HTMLDivElement> }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Alert tone="error" ref={alertRef}>
      <p>{t("ownInstruments.problems", { count: problems.length })}</p>
      <ul className="definition-problems">
        {problems.map((problem, index) => (
          <li key={index}>
            <strong>{problemPlace(problem.path, lang)}:</strong> {problem[lang]}{" "}
            <code className="hint" title={t("ownInstruments.pathInFile")}>
              {problem.path}
            </code>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
