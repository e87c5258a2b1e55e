/**
 * Bytes of a CSV file → text. German Excel saves "CSV (Trennzeichen-getrennt)"
 * in Windows-1252, newer versions UTF-8 with a BOM; a file that is valid UTF-8
 * is read as UTF-8 (a Windows-1252 file with umlauts practically never is).
 */
export type TextEncoding = 'utf-8' | 'windows-1252';

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252' };
  }
}
