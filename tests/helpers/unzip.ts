/**
 * Reads a ZIP archive (stored or deflated entries, no ZIP64) from its central directory, for the
 * tests of the data archive and the XLSX workbooks. Independent of src/lib/export/zip.ts.
 */
import { inflateRawSync } from 'node:zlib';

export interface UnzippedEntry {
  path: string;
  data: Buffer;
  method: number;
  crc: number;
  dosDate: number;
}

export function unzip(archive: Uint8Array): UnzippedEntry[] {
  const buf = Buffer.from(archive);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('fin de répertoire ZIP introuvable');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries: UnzippedEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`entrée ${i} : signature du répertoire central invalide`);
    const method = buf.readUInt16LE(at + 10);
    const dosDate = buf.readUInt16LE(at + 14);
    const crc = buf.readUInt32LE(at + 16);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    const offset = buf.readUInt32LE(at + 42);
    const path = buf.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    if (buf.readUInt32LE(offset) !== 0x04034b50) throw new Error(`${path} : en-tête local invalide`);
    const start = offset + 30 + buf.readUInt16LE(offset + 26) + buf.readUInt16LE(offset + 28);
    const body = buf.subarray(start, start + size);
    const data = method === 0 ? Buffer.from(body) : inflateRawSync(body);
    entries.push({ path, data, method, crc, dosDate });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}
