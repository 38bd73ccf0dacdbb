/** A field the schema may have emptied (null) becomes optional; the others stay as they are. */
type TAbsentWhenEmpty<T> = { [K in keyof T]: null extends T[K] ? Exclude<T[K], null> | undefined : T[K] };

/**
 * A register form's parsed fields as the API's input: the shared schema (ZCompanyFields,
 * ZVolunteerFields) turns an empty field into null, while the procedure, parsing the same
 * schema again, takes an empty field as absent.
 */
export function emptyAsAbsent<T extends object>(fields: T): TAbsentWhenEmpty<T> {
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, value ?? undefined])) as TAbsentWhenEmpty<T>;
}
