/**
 * Shared pieces of the SDK's msw tests: one msw server for the test file, a
 * client factory with fast backoff, and small fixtures that have the right
 * envelope shape (the SDK only checks structure, not every field).
 */
import { setupServer } from 'msw/node';
import { createClient, type ClientOptions } from '@teilhabe/sdk';

export const BASE = 'https://api.teilhabe.test';
export const TENANT = 'musterkreis';
/** Absolute URL of an API path of the test tenant, as msw handlers match it. */
export const api = (path: string) => `${BASE}/v1/${TENANT}${path}`;

export const server = setupServer();

/** A client against the msw server; backoff without jitter waits so tests stay fast. */
export function testClient(options: Partial<ClientOptions> = {}) {
  return createClient({
    baseUrl: BASE,
    tenant: TENANT,
    backoff: { baseDelayMs: 1, maxDelayMs: 5, random: () => 0.5 },
    ...options,
  });
}

export const translation = { locale: 'de', fallbacks: {}, machineTranslated: [] };

export function organizationSummary(id: string) {
  return {
    id,
    name: `Verein ${id}`,
    shortDescription: 'Kurzbeschreibung',
    types: ['association'],
    topics: ['youth-education'],
    languages: ['de', 'tr'],
    areas: ['musterstadt'],
    offers: [],
    updatedAt: '2026-01-01T10:00:00+01:00',
    verifiedAt: null,
    translation,
  };
}

export const listBody = (data: unknown[], nextCursor: string | null = null) => ({
  data,
  meta: { total: data.length, nextCursor, locale: 'de' },
});

export const bookingInput = {
  roomId: 'saal-1',
  start: '2026-03-02T18:00:00+01:00',
  end: '2026-03-02T20:00:00+01:00',
  purpose: 'Elternabend',
  expectedAttendees: 20,
  requester: { name: 'Ayşe Beispiel', email: 'ayse@example.org' },
  isPublic: false,
  acceptHouseRules: true as const,
};

export const bookingCreated = {
  data: {
    id: '5a0b1f8e-2c3d-4e5f-8a9b-0c1d2e3f4a5b',
    roomId: 'saal-1',
    roomName: 'Saal 1',
    venueName: 'Bürgerhaus',
    status: 'requested',
    start: bookingInput.start,
    end: bookingInput.end,
    recurrence: null,
    occurrences: [],
    purpose: 'Elternabend',
    expectedAttendees: 20,
    requester: bookingInput.requester,
    isPublic: false,
    createdAt: '2026-02-01T10:00:00+01:00',
    feeEurPerHour: 0,
  },
  manageUrl: 'https://api.teilhabe.test/buchung/secret',
  manageToken: 'secret-token-abcdefghijklmnop',
  emailNotifications: true,
};

/**
 * Runs `call` and measures it. The clock starts before the call does: a deadline is armed inside the
 * call, so a clock started after it would miss whatever time the machine took in between.
 */
export async function timed<T>(call: () => Promise<T>): Promise<{ ms: number; value?: T; error?: unknown }> {
  const started = performance.now();
  try {
    const value = await call();
    return { ms: performance.now() - started, value };
  } catch (error) {
    return { ms: performance.now() - started, error };
  }
}
