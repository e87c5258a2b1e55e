/** Rooms and requests with known rules, for the tests of bookings and their mails. */
import assert from 'node:assert/strict';
import type { TestApi } from './test-api.js';

export async function createTestRoom(api: TestApi, id: string, policy: Partial<Record<string, unknown>> = {}, contactEmail: string | null = 'raum@example.org') {
  const venues = await api.database.db.selectFrom('venues').select('id').where('tenant_id', '=', 'musterkreis').orderBy('id').limit(1).execute();
  const response = await api.request(
    `/v1/musterkreis/rooms/${id}`,
    api.asEditor({
      method: 'PUT',
      body: JSON.stringify({
        id,
        venueId: venues[0]!.id,
        name: `Testraum ${id}`,
        description: { de: 'Ein Raum für Tests.' },
        capacity: 30,
        openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '08:00', closes: '22:00' })),
        closures: [],
        bookingPolicy: { needsApproval: true, minNoticeHours: 0, maxAdvanceDays: 400, maxDurationMinutes: 240, bufferMinutes: 0, ...policy },
        fees: { standardEurPerHour: 25, rules: [] },
        houseRules: { de: 'Den Raum aufgeräumt verlassen.' },
        contactOffice: contactEmail ? { name: 'Integrationsbüro', email: contactEmail, phone: '+49 2421 000900' } : { name: 'Integrationsbüro' },
      }),
    }),
  );
  assert.equal(response.status, 200, await response.clone().text());
}

export const bookingRequest = (roomId: string, start: string, end: string, extra: Record<string, unknown> = {}) => ({
  roomId,
  start,
  end,
  purpose: 'Treffen des Vorstands',
  expectedAttendees: 12,
  requester: { name: 'Maryam Beispiel', email: 'maryam@example.org', phone: '+49 170 0000000', applicantKind: 'migrant-organization' },
  isPublic: false,
  acceptHouseRules: true,
  ...extra,
});

export function postBooking(api: Pick<TestApi, 'request'>, body: unknown, options: { key?: string; language?: string } = {}) {
  return api.request('/v1/musterkreis/bookings', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(options.key ? { 'Idempotency-Key': options.key } : {}),
      ...(options.language ? { 'Accept-Language': options.language } : {}),
    },
    body: JSON.stringify(body),
  });
}
