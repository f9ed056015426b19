/**
 * Bytes of a spreadsheet export to text. Staff files come as UTF-8 (with or without the BOM Excel
 * adds), as Windows-1252 (Excel's "CSV (séparateur : point-virgule)" on a French Windows), and
 * sometimes as UTF-16 ("Texte Unicode" exports). We never guess silently: the encoding read is
 * returned so the import report can name it.
 */

export type Encoding = 'utf-8' | 'utf-8 (BOM)' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: Encoding;
}

/**
 * Decodes a text export.
 *
 * - A UTF-16 BOM (FF FE / FE FF) selects UTF-16; a UTF-8 BOM (EF BB BF) selects UTF-8 and is removed.
 * - Without a BOM, the bytes are tried as strict UTF-8; any invalid sequence means the file is not
 *   UTF-8, and it is read as Windows-1252, which maps every byte (a superset of ISO-8859-1 that also
 *   has « € », « œ », « ’ » at 0x80–0x9F).
 *
 * @param bytes the raw file content
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8 (BOM)' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/**
 * 1-based line of the first byte sequence that is not valid UTF-8, or 0 when the bytes are valid.
 * Used by the content check to point at the line to fix rather than at the whole file.
 */
export function firstInvalidUtf8Line(bytes: Uint8Array): number {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 0;
  } catch {
    // Decode line by line: a multi-byte character never contains 0x0A, so lines can be checked alone.
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, i));
        } catch {
          return line;
        }
        line++;
        start = i + 1;
      }
    }
    return 1;
  }
}

/** True when the bytes start like a ZIP archive (XLSX, ODS), i.e. are not a text export. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
