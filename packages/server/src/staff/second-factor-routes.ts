/** HTTP for the second factor: authenticator app, passkeys, recovery codes. The rules live in `second-factor.ts`. */
import { routes } from '@teilhabe/contract';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import type { Context } from 'hono';
import type { AppDependencies } from '../app-dependencies.js';
import { auditActorOf } from '../audit/audit-log.js';
import { clientAddress } from '../http/client-address.js';
import type { AppEnv } from '../http/env.js';
import { relyingParty } from './passkeys.js';
import * as secondFactor from './second-factor.js';

const PRIVATE = { 'Cache-Control': 'private, no-store' };

export function registerSecondFactorRoutes(app: OpenAPIHono<AppEnv>, dependencies: AppDependencies) {
  const { db, now } = dependencies;
  const factors = (c: Context<AppEnv>): secondFactor.FactorContext => ({
    db,
    tenant: c.get('tenant'),
    actor: c.get('actor')!,
    audit: auditActorOf(c),
    now: now(),
    address: clientAddress(c),
  });
  const rp = (c: Context<AppEnv>) => relyingParty(dependencies.publicBaseUrl ?? new URL(c.req.url).origin, `Teilhabe-Kit ${c.get('tenant').name}`);

  app.openapi(routes.getSecondFactors, async (c) => c.json({ data: await secondFactor.describeSecondFactors(factors(c)) }, 200, PRIVATE));

  app.openapi(routes.startTotpEnrollment, async (c) => c.json(await secondFactor.startTotpEnrollment(factors(c)), 201, PRIVATE));

  app.openapi(routes.confirmTotpEnrollment, async (c) => c.json(await secondFactor.confirmTotpEnrollment(factors(c), c.req.valid('json').code), 200, PRIVATE));

  app.openapi(routes.removeTotp, async (c) => c.json(await secondFactor.removeTotp(factors(c)), 200, PRIVATE));

  app.openapi(routes.verifyTotp, async (c) => c.json(await secondFactor.verifyTotp(factors(c), c.req.valid('json').code), 200, PRIVATE));

  app.openapi(routes.useRecoveryCode, async (c) => c.json(await secondFactor.useRecoveryCode(factors(c), c.req.valid('json').code), 200, PRIVATE));

  app.openapi(routes.regenerateRecoveryCodes, async (c) => c.json(await secondFactor.regenerateRecoveryCodes(factors(c)), 200, PRIVATE));

  app.openapi(routes.passkeyRegistrationOptions, async (c) => c.json(await secondFactor.passkeyRegistrationOptions(factors(c), rp(c)), 200, PRIVATE));

  app.openapi(routes.registerPasskey, async (c) => {
    const { response, label } = c.req.valid('json');
    // The contract checks the envelope; SimpleWebAuthn checks every field inside it.
    return c.json(await secondFactor.registerPasskey(factors(c), rp(c), response as unknown as RegistrationResponseJSON, label), 201, PRIVATE);
  });

  app.openapi(routes.removePasskey, async (c) => c.json(await secondFactor.removePasskey(factors(c), c.req.valid('param').id), 200, PRIVATE));

  app.openapi(routes.passkeyAuthenticationOptions, async (c) => c.json(await secondFactor.passkeyAuthenticationOptions(factors(c), rp(c)), 200, PRIVATE));

  app.openapi(routes.verifyPasskey, async (c) => {
    const { response } = c.req.valid('json');
    return c.json(await secondFactor.verifyPasskey(factors(c), rp(c), response as unknown as AuthenticationResponseJSON), 200, PRIVATE);
  });
}
