/**
 * The shape of a text catalogue with every text widened to string: the English catalogue of a
 * feature is typed `Texts<typeof fooDa>`, so a key missing or extra in English fails the typecheck.
 */
export type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };
