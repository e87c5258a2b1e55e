/**
 * The mapping as a file the office keeps beside its list: the same JSON the
 * command line reads with `--mapping`, so next year's list comes in with the
 * same decisions.
 */
import type { ImportMapping } from '@teilhabe/sdk';

/** A `data:` link for the `download` attribute: no object URL to revoke, nothing leaves the browser. */
export function mappingFileHref(mapping: ImportMapping): string {
  return `data:application/json;charset=utf-8,${encodeURIComponent(`${JSON.stringify(mapping, null, 2)}\n`)}`;
}

/** The file's name for a list: `mo-liste.xlsx` → `mo-liste.mapping.json`. */
export function mappingFileName(listName: string): string {
  return `${listName.replace(/\.[^.]+$/, '') || 'liste'}.mapping.json`;
}

/** Reads a saved mapping; rejects when the file is not one (the screen says so at the field). */
export async function readMappingFile(file: File): Promise<ImportMapping> {
  const raw: unknown = JSON.parse(await file.text());
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new TypeError('not a mapping');
  const { columns = {}, values = {} } = raw as Partial<ImportMapping>;
  if (typeof columns !== 'object' || typeof values !== 'object' || Array.isArray(columns) || Array.isArray(values)) throw new TypeError('not a mapping');
  return { columns, values };
}
