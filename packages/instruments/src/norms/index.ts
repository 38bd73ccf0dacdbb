// Reliability, cut-offs and change conventions per scale, with sources (reliable change, packages/analytics).
export { builtinNorms, gseNorm, selfRatedHealthNorm, who5Norm } from "./builtin";
export { normsFor } from "./programme";
export {
  ZCutOff,
  ZNormSource,
  ZProgrammeNorms,
  ZReliableChangeRule,
  ZScaleNorm,
  type TCutOff,
  type TNormSource,
  type TProgrammeNorms,
  type TReliableChangeRule,
  type TScaleNorm,
} from "./types";
