/**
 * A download's file name from a caption: lower case, ASCII, dashes
 * ("Spørgsmål 1: start/slut" → "spoergsmaal-1-start-slut.csv"). Æ, ø and å get their
 * Danish spellings rather than being dropped; at most 60 characters before the extension.
 */
export function slugFilename(text: string, extension: string): string {
  const slug = text
    .toLowerCase()
    .replaceAll("æ", "ae")
    .replaceAll("ø", "oe")
    .replaceAll("å", "aa")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${slug || "data"}.${extension}`;
}
