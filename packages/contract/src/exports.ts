/**
 * The directory as a file for other departments: CSV or XLSX with the
 * public filters of the list; contact persons only for staff.
 */
import { z } from '@hono/zod-openapi';
import { publicRoute } from './access.js';
import { Problem, TenantParam } from './common.js';
import { OrganizationListQuery } from './organizations.js';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'html'] as const;

export const OrganizationExportQuery = OrganizationListQuery.omit({ limit: true, cursor: true }).extend({
  format: z
    .enum(EXPORT_FORMATS)
    .default('csv')
    .openapi({ description: '`csv` (UTF-8 with BOM, `;`, opens in Excel with umlauts intact), `xlsx`, or `html`: a page to print (one block per organisation, A4 print stylesheet, no script).' }),
});

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: Problem } } });

/**
 * Public (security `[]`, as the contract marks every operation anyone may
 * call); a staff secret sent along is honoured and adds the contacts, as the
 * description says.
 */
export const exportOrganizations = publicRoute({
  operationId: 'exportOrganizations',
  tags: ['Organisations'],
  method: 'get',
  path: '/v1/{tenant}/exports/organizations',
  summary: 'The directory as CSV, XLSX or a page to print, with the filters of the list',
  description:
    'Every organisation the same filters of `GET /organizations` find (no paging), one row each, with the columns the import reads (so a file exported here can be brought into another tenant). ' +
    'Without a bearer secret the file holds what the directory publishes; with a staff session or token of the tenant (`Authorization: Bearer …`, optional) it adds the column `Ansprechpartner/in` with every contact person (those without consent to publication marked) and is never cached.',
  request: { params: TenantParam, query: OrganizationExportQuery },
  responses: {
    200: {
      description: 'The file (as attachment), or the page to print (inline)',
      content: {
        'text/csv': { schema: z.string() },
        'text/html': { schema: z.string() },
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
    400: problem('A filter is malformed.'),
    401: problem('A bearer secret was sent, but it is unknown, expired or revoked.'),
    403: problem('The secret belongs to another tenant.'),
    404: problem('No such tenant.'),
  },
});

export const exportRoutes = { exportOrganizations };
