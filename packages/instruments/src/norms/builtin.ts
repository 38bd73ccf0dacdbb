import type { TScaleNorm } from "./types";

/**
 * The built-in instruments' norms for reliable and clinically significant change. Each figure
 * was checked against /work/shared/instruments.md's sources; where none fits, the figure is
 * null and a programme may set its own (norms/programme.ts).
 */

const SCHOUGAARD = {
  short: "Schougaard et al. 2018",
  citation:
    "Schougaard LMV, de Thurah A, Bech P, Hjollund NH, Christiansen DH. Test-retest reliability and measurement error of the Danish WHO-5 Well-being Index in outpatients with epilepsy. Health Qual Life Outcomes 2018;16:175.",
  note: "ICC 0.81, MDC 23.6 points (0-100).",
};

export const who5Norm: TScaleNorm = {
  instrumentId: "who5",
  scaleId: "who5",
  // MDC95 is 1.96 · √2 · SEM: a change larger than 23.6 points is a reliable change (|RCI| > 1.96).
  reliableChange: { kind: "mdc95", mdc95: 23.6, reliability: 0.81, source: SCHOUGAARD },
  cutOff: {
    value: 50,
    functional: "above",
    source: {
      short: "Topp et al. 2015",
      citation:
        "Topp CW, Østergaard SD, Søndergaard S, Bech P. The WHO-5 Well-Being Index: a systematic review of the literature. Psychother Psychosom 2015;84:167-176.",
      note: "50 or below: reduced wellbeing. Recovered: reliably improved and from 50 or below to above 50.",
    },
  },
  convention: {
    points: 10,
    source: { short: "Topp et al. 2015", citation: "Topp et al. 2015 (as above): a change of 10 points is the commonly cited meaningful change." },
  },
};

export const gseNorm: TScaleNorm = {
  instrumentId: "gse",
  scaleId: "gse",
  // The lowest of the published internal consistencies (conservative: the widest threshold), with
  // the cohort's own SD at the start as Jacobson & Truax used the pre-treatment SD.
  reliableChange: {
    kind: "reliability",
    reliability: 0.76,
    coefficient: "alpha",
    sd: null,
    source: {
      short: "Scholz et al. 2002",
      citation:
        "Scholz U, Gutiérrez Doña B, Sud S, Schwarzer R. Is general self-efficacy a universal construct? Psychometric findings from 25 countries. Eur J Psychol Assess 2002;18:242-251.",
      note: "n = 19,120; Cronbach's α .76 to .90 across countries; the lowest is used. SD: the cohort's own at the start.",
    },
  },
  cutOff: null,
  convention: null,
  reason: {
    da: "GSE har ingen officiel grænseværdi (forfatterne fraråder at inddele i grupper), så 'kommet over grænsen' vises ikke, medmindre programmet selv sætter en grænse med kilde.",
    en: "The GSE has no official cut-off (its authors advise against categories), so 'recovered' is not shown unless the programme sets a cut-off with its source.",
  },
};

export const selfRatedHealthNorm: TScaleNorm = {
  instrumentId: "selvvurderet-helbred",
  scaleId: "selvvurderet-helbred",
  reliableChange: null,
  cutOff: null,
  convention: {
    points: 25,
    source: { citation: "RAND-36 item 1 recoded 0-100 (100, 75, 50, 25, 0): one answer category is 25 points." },
  },
  reason: {
    da: "Selvvurderet helbred er ét spørgsmål: et pålidelighedsindeks (RCI) kræver en pålidelighed for skalaen, og der er ingen dansk test-retest for spørgsmålet alene. Ændringen vises derfor som skift mellem svarkategorier (bedre / samme / dårligere), ikke som RCI.",
    en: "Self-rated health is a single item: a reliable change index needs the scale's reliability, and there is no Danish test-retest figure for the item alone. Its change is shown as moves between answer categories (better / same / worse), not as an RCI.",
  },
};

export const builtinNorms: readonly TScaleNorm[] = [who5Norm, gseNorm, selfRatedHealthNorm];
