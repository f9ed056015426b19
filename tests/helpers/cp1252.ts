/** Windows-1252 bytes of a string (Latin-1 letters, « € », « ’ », « œ », « … »), as Excel saves a French CSV. */
export function cp1252(text: string): Uint8Array {
  const special: Record<string, number> = { '€': 0x80, '’': 0x92, œ: 0x9c, Œ: 0x8c, '…': 0x85 };
  return Uint8Array.from([...text].map((ch) => special[ch] ?? (ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 0x3f)));
}
