/** Writes packages/contract/openapi.json and the SDK's generated types from the route definitions. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildOpenApiDocument } from '@teilhabe/contract';

const documentPath = fileURLToPath(new URL('../packages/contract/openapi.json', import.meta.url));
const typesPath = fileURLToPath(new URL('../packages/sdk/src/generated/openapi.ts', import.meta.url));

const document = buildOpenApiDocument();
writeFileSync(documentPath, `${JSON.stringify(document, null, 2)}\n`);
// Fields with a default are optional in requests, as the document says.
const ast = await openapiTS(structuredClone(document) as never, { defaultNonNullable: false });
writeFileSync(typesPath, `/* Generated from packages/contract/openapi.json by \`npm run openapi\`. Do not edit. */\n${astToString(ast)}`);
console.log(`wrote ${documentPath}\nwrote ${typesPath}`);
