// Saving a file without leaving the page: an object URL on a temporary <a download>.
// A download is not a navigation, so a Content-Security-Policy without blob: in any
// directive does not stop it.

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
