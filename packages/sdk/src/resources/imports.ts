/**
 * `client.imports`: an office's existing list in, as CSV or XLSX. The
 * preview (dry run) is the default; a real import writes every row or none.
 */
import { ApiError } from '../errors.js';
import type { CallOptions } from '../transport.js';
import type { ImportMapping, ImportReport, OnDuplicate } from '../types.js';
import type { ResourceContext } from './context.js';

type Options = Omit<CallOptions, 'locale'>;

export interface OrganizationImportOptions {
  /** Default true: only the preview. Pass false to write. */
  dryRun?: boolean;
  /** What a row that matches an existing organisation does. Default `skip`. */
  onDuplicate?: OnDuplicate;
  /**
   * The choice for single rows that match an existing organisation, by the
   * row number of the report (`{ 7: 'merge', 8: 'skip' }`); other rows
   * follow `onDuplicate`.
   */
  duplicates?: Record<number, OnDuplicate>;
  /** Column and value decisions, e.g. the `mapping` of an earlier report with the unknown values decided. */
  mapping?: ImportMapping;
  /** Organisation type for rows that name none. */
  defaultType?: string;
  /** The file's name for the audit trail when `file` is a bare Blob. */
  fileName?: string;
}

export interface ImportsResource {
  /**
   * Sends a CSV or XLSX file. Resolves with the report also when the import
   * was refused because of rows with errors (`committed: false`, nothing
   * written); rejects with an ApiError for a file that cannot be read (400).
   */
  organizations(file: Blob, options?: OrganizationImportOptions, callOptions?: Options): Promise<ImportReport>;
}

export function importsResource({ transport, tenant }: ResourceContext): ImportsResource {
  return {
    organizations: async (file, options = {}, callOptions) => {
      const form = new FormData();
      const name = options.fileName ?? (file instanceof File ? file.name : 'liste');
      form.append('file', file, name);
      if (options.mapping) form.append('mapping', JSON.stringify(options.mapping));
      if (options.duplicates && Object.keys(options.duplicates).length) form.append('duplicates', JSON.stringify(options.duplicates));
      const query = {
        dryRun: String(options.dryRun ?? true) as 'true' | 'false',
        onDuplicate: options.onDuplicate ?? 'skip',
        ...(options.defaultType ? { defaultType: options.defaultType } : {}),
        fileName: name,
      };
      try {
        const answer = await transport.call({ shape: 'record', auth: true, noStore: true }, callOptions, (init) =>
          transport.api.POST('/v1/{tenant}/imports/organizations', {
            ...init,
            params: { path: { tenant }, query },
            body: form as never,
            bodySerializer: (body: unknown) => body as FormData,
          }),
        );
        return answer.data;
      } catch (error) {
        const report = error instanceof ApiError && error.status === 422 ? (error.problem as { report?: ImportReport }).report : undefined;
        if (report) return report;
        throw error;
      }
    },
  };
}
