import { downloadBlob } from "@skridt/ui";

/** The export procedure returns the file base64-encoded inside its JSON answer. */
export function downloadBase64(base64: string, filename: string, mimeType: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  downloadBlob(new Blob([bytes], { type: mimeType }), filename);
}
