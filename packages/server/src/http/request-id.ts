import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './env.js';

/** Every response carries an `X-Request-Id`, also quoted in problem details and logs. */
export const requestId = createMiddleware<AppEnv>(async (c, next) => {
  const incoming = c.req.header('x-request-id');
  const id = incoming && /^[\w.-]{8,100}$/.test(incoming) ? incoming : crypto.randomUUID();
  c.set('requestId', id);
  await next();
  c.header('X-Request-Id', id);
});
