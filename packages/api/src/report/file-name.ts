/** A programme name as a file-name part: lower case letters, digits and dashes (æøå spelled out). */
export function slugOf(name: string): string {
  const spelled = name.toLowerCase().replace(/æ/g, "ae").replace(/ø/g, "oe").replace(/å/g, "aa");
  const slug = spelled
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, 60) || "programme";
}
