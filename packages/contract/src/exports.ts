/**
 * The directory as a file for other departments: CSV or XLSX with the
 * public filters of the list; contact persons only for staff.
 */
import { z } from '@hono/zod-openapi';
import { STAFF_SECURITY, publicRoute } from './access.js';
import { Problem, TenantParam } from './common.js';
import { OrganizationListQuery } from './organizations.js';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;

export const OrganizationExportQuery = OrganizationListQuery.omit({ limit: true, cursor: true }).extend({
  format: z.enum(EXPORT_FORMATS).default('csv').openapi({ description: '`csv` (UTF-8 with BOM, `;`, opens in Excel with umlauts intact) or `xlsx`.' }),
});

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: Problem } } });

/**
 * Public, with an optional bearer: security lists "none" next to the staff
 * schemes, because the same list with a staff secret adds the contacts.
 */
const exportRoute = publicRoute({
  operationId: 'exportOrganizations',
  tags: ['Organisations'],
  method: 'get',
  path: '/v1/{tenant}/exports/organizations',
  summary: 'The directory as CSV or XLSX, with the filters of the list',
  description:
    'Every organisation the same filters of `GET /organizations` find (no paging), one row each, with the columns the import reads (so a file exported here can be brought into another tenant). ' +
    'Without a bearer secret the file holds what the directory publishes; with a staff session or token of the tenant it adds the column `Ansprechpartner/in` with every contact person (those without consent to publication marked) and is never cached.',
  request: { params: TenantParam, query: OrganizationExportQuery },
  responses: {
    200: {
      description: 'The file (as attachment)',
      content: {
        'text/csv': { schema: z.string() },
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
    400: problem('A filter is malformed.'),
    401: problem('A bearer secret was sent, but it is unknown, expired or revoked.'),
    403: problem('The secret belongs to another tenant.'),
    404: problem('No such tenant.'),
  },
});

export const exportOrganizations = { ...exportRoute, security: [{}, ...STAFF_SECURITY] };

export const exportRoutes = { exportOrganizations };
