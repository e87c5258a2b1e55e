/**
 * The requests the API part times: four kinds, several variants each, over the scaled data.
 *
 * The anchor of each kind ("raw SQL" in latency.ts) is the SQL its own requests
 * ran: every statement one request of the variant sent (captured at
 * pg.Client#query in server-child.ts, background work left out), replayed one
 * after the other on the server's pool, rows parsed by pg (jsonb included). It
 * leaves out HTTP on both sides, routing, validation, query building, what the
 * route computes from the rows and the JSON of the answer. Per kind:
 *
 * - organisation search: the search, and its facet counts unless the same
 *   search was counted lately (the server's facet cache; then in neither);
 * - events window: every candidate event of the 31 days (the total counts all
 *   occurrences, not only the page) and the organiser and room names of the page;
 * - room availability: the room and its bookings in the 14 days;
 * - funding match: every programme of the tenant (the match scores them all,
 *   then words the reasons of the page of 20 the widget asks for) and the
 *   three taxonomies the reasons name.
 */
import http from 'node:http';

export interface ApiRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

export const TENANT = 'musterkreis';
const v1 = `/v1/${TENANT}`;
const DAY = 86_400_000;

/** Wall-clock time in Europe/Berlin as an ISO string with its offset, e.g. 2026-12-03T18:00:00+01:00. */
export function berlinIso(date: string, time: string): string {
  const probe = new Date(`${date}T12:00:00Z`);
  const name = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', timeZoneName: 'longOffset' }).formatToParts(probe).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+01:00';
  const offset = name === 'GMT' ? '+00:00' : name.slice(3);
  return `${date}T${time}:00${offset}`;
}

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

const ORGANIZATION_SEARCHES = [
  'q=kultur', 'q=hausaufg', 'q=Elternverein', 'q=frauen', 'q=sport', 'q=ukrain', 'q=Kulturverien', 'q=beratung&language=tr,ar',
  'topic=youth-education', 'language=ar', 'area=musterstadt', 'topic=youth-education&language=ar', 'offer=homework-help&area=neuhausen',
  'q=verein&topic=culture-intercultural', 'type=umbrella', '', 'locale=en&q=homework', 'locale=ar&topic=refugees',
];

const EVENT_FILTERS = ['', 'topic=youth-education', 'language=ar', 'area=musterstadt', 'q=deutschkurs', 'free=true', 'topic=sport&area=neuhausen', 'locale=en&language=tr'];

const ROOMS = ['rathaus-sitzungszimmer', 'stz-neuhausen-saal', 'iz-lindenberg-begegnungsraum', 'buergerhaus-kirchdorf-saal', 'gs-auental-klassenraum'];

const FUNDING_PROFILES = [
  { applicantKind: 'informal-group', needs: ['money'], amountEur: 1500 },
  { applicantKind: 'registered-association', area: 'musterstadt', topics: ['youth-education'], needs: ['money'], amountEur: 20_000 },
  { applicantKind: 'registered-association', topics: ['culture-intercultural', 'multilingualism'] },
  { needs: ['room', 'counselling'] },
  {},
];

export function requestKinds(now = new Date()): Record<'organisation search' | 'events window (31 days)' | 'room availability (14 days)' | 'funding match', ApiRequest[]> {
  const from = new Date(now.getTime() + DAY);
  const to = new Date(from.getTime() + 31 * DAY);
  const availabilityTo = new Date(from.getTime() + 14 * DAY);
  const q = (s: string) => encodeURIComponent(s);
  return {
    'organisation search': ORGANIZATION_SEARCHES.map((s) => ({ method: 'GET', path: `${v1}/organizations?${s}` })),
    'events window (31 days)': EVENT_FILTERS.map((s) => ({ method: 'GET', path: `${v1}/events?from=${q(from.toISOString())}&to=${q(to.toISOString())}&limit=50${s ? `&${s}` : ''}` })),
    'room availability (14 days)': ROOMS.map((room) => ({ method: 'GET', path: `${v1}/rooms/${room}/availability?from=${q(from.toISOString())}&to=${q(availabilityTo.toISOString())}` })),
    'funding match': FUNDING_PROFILES.map((body) => ({ method: 'POST', path: `${v1}/funding-programs/match?locale=de&limit=20`, body })),
  };
}

/**
 * The latency client: node:http with one kept-alive connection, the leanest
 * client Node has, so that the HTTP figure is the server's. undici's fetch,
 * used before, added 0.6–3 ms of its own (web streams; most for the funding
 * match's 47 kB), measured side by side against the same server.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

export function send(base: string, request: ApiRequest, headers: Record<string, string> = {}): Promise<{ status: number; bytes: number }> {
  const body = request.body === undefined ? undefined : JSON.stringify(request.body);
  const allHeaders = body === undefined ? headers : { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)), ...headers };
  return new Promise((resolve, reject) => {
    const outgoing = http.request(base + request.path, { method: request.method, agent, headers: allHeaders }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, bytes }));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}
