/** Staff for tests, made the way an office makes them: invited by an admin, password set through the link, signed in. */
import assert from 'node:assert/strict';
import type { StaffRole, StaffSession } from '@teilhabe/contract';
import { createApiToken } from '../../packages/server/src/http/auth.js';
import { json, type TestApi } from './test-api.js';

export const GOOD_PASSWORD = 'Blaue Tinte auf dem Rathausdach 7';

let counter = 0;

export async function tokenWith(api: TestApi, roles: StaffRole[]) {
  return (await createApiToken(api.database.db, api.tenant, `test-token-${roles.join('-')}-${++counter}`, roles)).token;
}

export const bearer = (secret: string, init: RequestInit = {}): RequestInit => ({
  ...init,
  headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${secret}`, ...(init.headers as Record<string, string>) },
});

/** Invites a person through the API and sets the password through the one-time link. */
export async function inviteWithPassword(api: TestApi, roles: StaffRole[], password = GOOD_PASSWORD) {
  const admin = await tokenWith(api, ['admin']);
  const email = `person-${++counter}-${Date.now()}@stadt.example`;
  const invited = await api.request(`/v1/${api.tenant}/staff`, bearer(admin, { method: 'POST', body: JSON.stringify({ email, name: `Person ${counter}`, roles }) }));
  assert.equal(invited.status, 201, await invited.clone().text());
  const { data, setPasswordUrl } = await json(invited);
  const token = new URL(setPasswordUrl).hash.replace('#token=', '');
  const set = await api.request(`/v1/${api.tenant}/auth/password`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token, password }) });
  assert.equal(set.status, 204, await set.clone().text());
  return { id: data.id as string, email, password };
}

export async function signIn(api: TestApi, email: string, password: string) {
  return api.request(`/v1/${api.tenant}/auth/sign-in`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) });
}

export async function sessionFor(api: TestApi, roles: StaffRole[]) {
  const person = await inviteWithPassword(api, roles);
  const response = await signIn(api, person.email, person.password);
  assert.equal(response.status, 200, await response.clone().text());
  const session = (await json(response)) as StaffSession;
  return { ...person, secret: session.token!, session };
}
