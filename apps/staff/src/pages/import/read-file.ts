// Files chosen in <input type="file">, read in the browser: the data file as base64 (it
// travels in the tRPC request), the mapping file as text.

/** Base64 of the largest file the server takes (import.answers' limit). */
export const MAX_IMPORT_BASE64 = 250 * 1024;

export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      // "data:<type>;base64,<data>"
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsDataURL(file);
  });
}

export function readAsText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsText(file, "utf-8");
  });
}

/** Base64 grows a file by a third: 250 KB of base64 is about 187 KB of file. */
export const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4;
