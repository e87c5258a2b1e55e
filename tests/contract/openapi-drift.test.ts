/** The committed OpenAPI document and the SDK's generated types must match the contract code. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildOpenApiDocument, routes } from '@teilhabe/contract';

const committedDocument = JSON.parse(readFileSync(new URL('../../packages/contract/openapi.json', import.meta.url), 'utf8'));
const committedTypes = readFileSync(new URL('../../packages/sdk/src/generated/openapi.ts', import.meta.url), 'utf8');

test('packages/contract/openapi.json is what the contract generates (run `npm run openapi` after changing it)', () => {
  assert.deepEqual(committedDocument, JSON.parse(JSON.stringify(buildOpenApiDocument())));
});

test('the SDK types are generated from the committed document', async () => {
  const generated = astToString(await openapiTS(structuredClone(committedDocument), { defaultNonNullable: false }));
  assert.ok(committedTypes.endsWith(generated), 'packages/sdk/src/generated/openapi.ts is stale: run `npm run openapi`');
});

test('every route of the contract is in the document with an operationId and problem responses', () => {
  const document = buildOpenApiDocument() as unknown as { paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>> };
  const operations = Object.values(document.paths).flatMap((methods) => Object.values(methods));
  assert.equal(operations.length, Object.keys(routes).length);
  for (const route of Object.values(routes)) {
    const path = route.path.replace(/{(\w+)}/g, '{$1}');
    const operation = document.paths[path]?.[route.method];
    assert.ok(operation, `${route.method.toUpperCase()} ${route.path} is missing`);
    assert.equal(operation.operationId, route.operationId);
    if (route.operationId !== 'listTenants') {
      assert.ok(Object.keys(operation.responses).some((status) => status.startsWith('4')), `${route.operationId} documents no 4xx problem`);
    }
  }
});

test('the document is OpenAPI 3.1 with bearer schemes for sessions and tokens', () => {
  const document = buildOpenApiDocument() as unknown as { openapi: string; components: { securitySchemes: Record<string, { scheme: string }> } };
  assert.equal(document.openapi, '3.1.0');
  assert.equal(document.components.securitySchemes.staffSession?.scheme, 'bearer');
  assert.equal(document.components.securitySchemes.apiToken?.scheme, 'bearer');
});

test('every operation states who may call it: security [] for public ones, roles for staff ones', () => {
  type Operation = { operationId: string; security?: unknown[]; description?: string; 'x-roles'?: string[] };
  const document = buildOpenApiDocument() as unknown as { paths: Record<string, Record<string, Operation>> };
  const operations = Object.values(document.paths).flatMap((path) => Object.values(path));
  for (const operation of operations) {
    assert.ok(Array.isArray(operation.security), `${operation.operationId} has no explicit security`);
    if (operation.security!.length === 0) {
      assert.equal(operation['x-roles'], undefined, `${operation.operationId} is public but names roles`);
    } else {
      assert.ok(Array.isArray(operation['x-roles']), `${operation.operationId} needs sign-in but names no roles`);
      assert.match(operation.description ?? '', /Needs (the role|a signed-in person)/, `${operation.operationId} does not say who may call it`);
    }
  }
  const staff = operations.filter((operation) => operation.security!.length > 0).map((operation) => operation.operationId);
  assert.ok(staff.includes('putOrganization') && staff.includes('decideBooking') && staff.includes('listStaff'));
});
