// Measures an XLSX file (a ZIP archive) before anything parses it: a few KB of deflated XML can
// unpack to gigabytes (one admin's 172 KB file unpacked to 700,000 rows, took 3 GB and blocked
// the server for 39 s). The archive's entries are inflated here with a hard ceiling on what they
// may unpack to, whatever their headers claim, and the rows of every sheet are counted in the
// unpacked XML, which costs a fraction of parsing them. Inflating runs in libuv's thread pool.
import { inflateRaw } from "node:zlib";
import { promisify } from "node:util";
import { FileFormatError } from "./file-format-error";

/** What a workbook may unpack to, all entries together. */
export const MAX_XLSX_UNPACKED_BYTES = 50 * 1024 * 1024;
/** Rows (header included) of all sheets together: exceljs reads every sheet. */
export const MAX_IMPORT_ROWS = 50_000;

const inflate = promisify(inflateRaw);
const unreadable = () => new FileFormatError("file_unreadable", { format: "XLSX" });
const tooBig = () => new FileFormatError("file_unpacks_too_big", { max: MAX_XLSX_UNPACKED_BYTES / (1024 * 1024) });

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** The archive's central directory (ZIP64 archives are refused: no spreadsheet of ours needs one). */
function entries(zip: Buffer): Entry[] {
  const EOCD = 0x06054b50;
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw unreadable();
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) throw unreadable();
  const found: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw unreadable();
    const nameLength = zip.readUInt16LE(at + 28);
    found.push({
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
      name: zip.toString("utf8", at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return found;
}

/** An entry's bytes as stored (the local header's own name and extra lengths may differ from the directory's). */
function storedData(zip: Buffer, entry: Entry): Buffer {
  const at = entry.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== 0x04034b50) throw unreadable();
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  if (start + entry.compressedSize > zip.length) throw unreadable();
  return zip.subarray(start, start + entry.compressedSize);
}

/** `<row` and `<x:row` start tags (not `</row>`), without decoding the XML to a string. */
export function countRowTags(xml: Buffer): number {
  let rows = 0;
  for (let i = xml.indexOf("row"); i >= 0; i = xml.indexOf("row", i + 3)) {
    const before = xml[i - 1];
    const after = xml[i + 3];
    // "<row" or ":row" (a namespace prefix), followed by a space, ">" or "/".
    if ((before === 0x3c || before === 0x3a) && (after === 0x20 || after === 0x3e || after === 0x2f || after === 0x09 || after === 0x0a || after === 0x0d))
      rows++;
  }
  return rows;
}

/** Throws a FileFormatError if the workbook is no ZIP, unpacks to too much, or has too many rows. */
export async function assertXlsxWithinLimits(zip: Buffer): Promise<void> {
  const list = entries(zip);
  // What the headers claim first (cheap), then what the data really unpacks to.
  if (list.reduce((sum, e) => sum + e.size, 0) > MAX_XLSX_UNPACKED_BYTES) throw tooBig();
  let unpacked = 0;
  let rows = 0;
  for (const entry of list) {
    const stored = storedData(zip, entry);
    let data: Buffer;
    if (entry.method === 0) data = stored;
    else if (entry.method === 8) {
      try {
        data = await inflate(stored, { maxOutputLength: Math.max(1, MAX_XLSX_UNPACKED_BYTES - unpacked) });
      } catch (error) {
        if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" || error instanceof RangeError) throw tooBig();
        throw unreadable();
      }
    } else throw unreadable();
    unpacked += data.length;
    if (unpacked > MAX_XLSX_UNPACKED_BYTES) throw tooBig();
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name)) {
      rows += countRowTags(data);
      if (rows > MAX_IMPORT_ROWS) throw new FileFormatError("file_too_many_rows", { max: MAX_IMPORT_ROWS });
    }
  }
}
