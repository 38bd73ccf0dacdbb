// Saving a file without leaving the page: an object URL on a temporary <a download>.
// A download is not a navigation, so the server's Content-Security-Policy (no blob: in
// any directive) does not stop it.

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(text: string, filename: string, mimeType = "text/csv;charset=utf-8"): void {
  downloadBlob(new Blob([text], { type: mimeType }), filename);
}

/** The export procedure returns the file base64-encoded inside its JSON answer. */
export function downloadBase64(base64: string, filename: string, mimeType: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  downloadBlob(new Blob([bytes], { type: mimeType }), filename);
}

/** A file name from a chart caption: lower case, ASCII, dashes ("spoergsmaal-1-start-slut.csv"). */
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
