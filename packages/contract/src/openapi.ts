import { OpenAPIHono } from '@hono/zod-openapi';
import { routes } from './routes.js';

export const API_VERSION = '1.0.0';

export const openApiConfig: Parameters<OpenAPIHono['getOpenAPI31Document']>[0] = {
  openapi: '3.1.0',
  info: {
    title: 'Teilhabe-Kit data API',
    version: API_VERSION,
    description:
      'Directory of migrant organisations, rooms and bookings, events and funding programmes of a municipality or district. ' +
      'Every human text is stored per locale; reads take `?locale=` or `Accept-Language` and fall back per field to German, ' +
      'and each record says in `translation` which fields fell back. Errors are RFC 9457 problem details.',
    license: { name: 'EUPL-1.2', url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12' },
  },
  servers: [{ url: '/', description: 'This server' }],
  tags: [
    { name: 'Tenants' },
    { name: 'Taxonomies' },
    { name: 'Organisations' },
    { name: 'Rooms' },
    { name: 'Bookings' },
    { name: 'Events' },
    { name: 'Funding' },
    { name: 'Sign-in', description: 'Staff sign in with e-mail and password (and a second factor) or their municipality\'s identity provider.' },
    { name: 'Settings' },
    { name: 'Staff' },
    { name: 'Tokens', description: 'Bearer tokens for programs such as imports; people sign in instead.' },
    { name: 'Audit' },
    { name: 'Records', description: 'Staff reads of records as stored, with their version for `If-Match`.' },
    { name: 'Outbox' },
    { name: 'Self-service', description: 'Organisations keep their entry right; anyone may propose an organisation or an event; the office reviews.' },
    { name: 'Imports', description: 'Bringing an office\'s existing lists in.' },
    { name: 'Event sources', description: 'Municipal calendars the server keeps the events in step with.' },
  ],
};

/** Builds the OpenAPI 3.1 document from the route definitions alone. */
export function buildOpenApiDocument() {
  const app = new OpenAPIHono();
  app.openAPIRegistry.registerComponent('securitySchemes', 'staffSession', {
    type: 'http',
    scheme: 'bearer',
    description: 'The session secret a person gets from `POST /v1/{tenant}/auth/sign-in` (`ses_…`).',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'apiToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'A token of a program (`tk_…`), created by an admin or with `teilhabe-server token create --role …`.',
  });
  for (const route of Object.values(routes)) app.openAPIRegistry.registerPath(route);
  return app.getOpenAPI31Document(openApiConfig);
}
