// Download names: programme, shape and date, ASCII only (some mail and file systems mangle æøå).
export function exportFilename(programmeName: string, shape: string, ext: string, on: string): string {
  const slug =
    programmeName
      .toLowerCase()
      .replace(/æ/g, "ae")
      .replace(/ø/g, "oe")
      .replace(/å/g, "aa")
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "programme";
  return `skridt-${slug}-${shape}-${on}.${ext}`;
}
