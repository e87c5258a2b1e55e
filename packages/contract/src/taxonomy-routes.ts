/**
 * The office's side of the taxonomies (areas among them): every term with
 * its labels in every locale, how many records use it, and writes of one
 * term. A term that records still use cannot be removed (409 term-in-use),
 * so no organisation, event, room or programme is left with a code no
 * filter knows.
 */
import { z } from '@hono/zod-openapi';
import { staffRoute } from './access.js';
import { Locale, LocalizedTextInput, MachineTranslatedInput, Problem, TaxonomyCode, TenantParam } from './common.js';
import { VersionConflictProblem } from './office.js';
import { TaxonomyName } from './taxonomies.js';

/** The labels of one term as the office writes them; the code is the path's. */
export const TaxonomyTermWrite = z
  .object({ label: LocalizedTextInput, machineTranslated: MachineTranslatedInput })
  .strict()
  .openapi('TaxonomyTermWrite');
export type TaxonomyTermWrite = z.infer<typeof TaxonomyTermWrite>;

/** Where a term's code is used, per kind of record. */
export const TermUsage = z
  .object({
    total: z.number().int(),
    organizations: z.number().int(),
    events: z.number().int(),
    venues: z.number().int(),
    rooms: z.number().int(),
    fundingPrograms: z.number().int(),
    eventSources: z.number().int(),
  })
  .openapi('TermUsage');
export type TermUsage = z.infer<typeof TermUsage>;

export const StoredTaxonomyTerm = z
  .object({
    code: TaxonomyCode,
    label: LocalizedTextInput,
    machineTranslated: z.array(Locale),
    version: z.number().int().openapi({ description: 'Send it as `If-Match` with the next write of the term.' }),
    usage: TermUsage,
  })
  .openapi('StoredTaxonomyTerm');
export type StoredTaxonomyTerm = z.infer<typeof StoredTaxonomyTerm>;

export const TermInUseProblem = Problem.extend({ usage: TermUsage }).openapi('TermInUseProblem');

export const TERM_ROLE = 'editor' as const;

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: Problem } } });
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

const TaxonomyParams = TenantParam.extend({ name: TaxonomyName.openapi({ param: { name: 'name', in: 'path' } }) });
const TermParams = TaxonomyParams.extend({ code: TaxonomyCode.openapi({ param: { name: 'code', in: 'path' } }) });

const IfMatch = z.object({
  'if-match': z.string().max(100).optional().openapi({ description: 'The term\'s `version` as `"<version>"`; a stale one is answered 412.' }),
});
const PutHeaders = IfMatch.extend({
  'if-none-match': z.enum(['*']).optional().openapi({ description: 'Send `*` to create only: a term with this code answers 412 instead of being replaced.' }),
});

const versionConflict = {
  description: 'The term changed since the version sent in `If-Match` (or exists already under `If-None-Match: *`); `current` holds it as it is now.',
  content: { 'application/problem+json': { schema: VersionConflictProblem } },
};

export const listTaxonomyTerms = staffRoute([], {
  operationId: 'listTaxonomyTerms',
  tags: ['Taxonomies'],
  method: 'get',
  path: '/v1/{tenant}/taxonomies/{name}/terms',
  summary: 'The terms of a taxonomy as stored: labels in every locale, version and how many records use each',
  request: { params: TaxonomyParams },
  responses: { 200: json(z.object({ data: z.array(StoredTaxonomyTerm) }).openapi('StoredTaxonomyTermList'), 'Every term in display order'), 400: problem('No such taxonomy.'), 404: problem('No such tenant.') },
});

export const putTaxonomyTerm = staffRoute([TERM_ROLE], {
  operationId: 'putTaxonomyTerm',
  tags: ['Taxonomies'],
  method: 'put',
  path: '/v1/{tenant}/taxonomies/{name}/terms/{code}',
  summary: 'Create a term (added at the end) or replace its labels in every locale',
  description: 'The code of a term never changes: records refer to it. To rename a term, change its labels.',
  request: { params: TermParams, headers: PutHeaders, body: { required: true, content: { 'application/json': { schema: TaxonomyTermWrite } } } },
  responses: {
    200: json(z.object({ data: StoredTaxonomyTerm }).openapi('TaxonomyTermWritten'), 'Stored; `ETag` is the new version'),
    400: problem('The body or the code is invalid; `errors` names each bad field.'),
    404: problem('No such tenant.'),
    412: versionConflict,
    413: problem('The body is larger than the server accepts.'),
  },
});

export const deleteTaxonomyTerm = staffRoute([TERM_ROLE], {
  operationId: 'deleteTaxonomyTerm',
  tags: ['Taxonomies'],
  method: 'delete',
  path: '/v1/{tenant}/taxonomies/{name}/terms/{code}',
  summary: 'Remove a term that no record uses',
  request: { params: TermParams, headers: IfMatch },
  responses: {
    204: { description: 'Removed' },
    400: problem('The code is invalid.'),
    404: problem('No such tenant or term.'),
    409: { description: 'Records still use the term (`usage` counts them per kind); change them first.', content: { 'application/problem+json': { schema: TermInUseProblem } } },
    412: versionConflict,
  },
});

export const taxonomyTermRoutes = { listTaxonomyTerms, putTaxonomyTerm, deleteTaxonomyTerm };
