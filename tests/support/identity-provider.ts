/**
 * A local OpenID Connect provider (oidc-provider) on a loopback port, with
 * its built-in login form (any password; it reports no `amr`) and a few
 * known accounts. One client: the server under test, with its callback as
 * the redirect URI.
 */
import { createServer, type Server } from 'node:http';
import Provider from 'oidc-provider';
import { freePort } from './postgres-cluster.js';

export interface IdentityAccount {
  email: string;
  email_verified: boolean;
}

export interface IdentityProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

export async function startIdentityProvider(redirectUris: string[], accounts: Record<string, IdentityAccount>): Promise<IdentityProvider> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = 'teilhabe-office';
  const clientSecret = 'ein-langes-geheimnis-nur-fuer-tests-0123456789';
  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: redirectUris, response_types: ['code'], grant_types: ['authorization_code'], token_endpoint_auth_method: 'client_secret_post' }],
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    cookies: { keys: ['cookie-key-for-tests-only'] },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
    async findAccount(_context: unknown, id: string) {
      const account = accounts[id];
      if (!account) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, email: account.email, email_verified: account.email_verified }) };
    },
  });
  const server: Server = createServer(provider.callback());
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    issuer,
    clientId,
    clientSecret,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
