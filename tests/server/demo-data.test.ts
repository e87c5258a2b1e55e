/**
 * The musterkreis demo data: every record validates against the contract,
 * references resolve, taxonomies are complete in all seven locales, dates are
 * in Berlin local time, exception dates hit real occurrences, and the
 * benchmark generator produces valid records too.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TZDate } from '@date-fns/tz';
import * as rruleModule from 'rrule';
import {
  COOPERATION_FORMS,
  EventInput,
  FundingProgramInput,
  LOCALES,
  OrganizationInput,
  PROVIDER_LEVELS,
  RoomInput,
  TAXONOMY_NAMES,
  TaxonomyTermInput,
  VenueInput,
  type EventRecord,
  type FundingProgramRecord,
  type LocalizedTextInput,
  type OrganizationRecord,
  type RoomRecord,
  type TaxonomyName,
} from '@teilhabe/contract';
import {
  demoBookings,
  demoDataset,
  demoEvents,
  demoFundingPrograms,
  demoOrganizations,
  demoRooms,
  demoTaxonomies,
  demoTenant,
  demoVenues,
  generateScaledDataset,
} from '../../packages/server/src/demo/index.js';

const rrule = (rruleModule as unknown as { default?: typeof rruleModule }).default ?? rruleModule;

const TODAY = new Date();
/** Days around the clock changes, Christmas and summer, so that date arithmetic is exercised. */
const OTHER_DAYS = ['2026-03-20T08:00:00Z', '2026-10-10T08:00:00Z', '2026-12-20T08:00:00Z', '2027-06-15T22:30:00Z'].map((s) => new Date(s));

const codes = (name: TaxonomyName) => new Set(demoTaxonomies[name].map((t) => t.code));
const organizations: OrganizationRecord[] = demoOrganizations.map((o) => OrganizationInput.parse(o));
const rooms: RoomRecord[] = demoRooms.map((r) => RoomInput.parse(r));
const programs: FundingProgramRecord[] = demoFundingPrograms.map((p) => FundingProgramInput.parse(p));
const orgIds = new Set(organizations.map((o) => o.id));
const roomIds = new Set(rooms.map((r) => r.id));

function assertCodes(kind: TaxonomyName, used: Iterable<string>, where: string) {
  const known = codes(kind);
  for (const code of used) assert.ok(known.has(code), `${where}: unknown ${kind} code "${code}"`);
}

function assertUnique(ids: string[], what: string) {
  const seen = new Set<string>();
  for (const id of ids) {
    assert.ok(!seen.has(id), `duplicate ${what} id ${id}`);
    seen.add(id);
  }
}

/** The only German text of a record, i.e. no other locale filled in. */
const onlyGerman = (text: LocalizedTextInput) => Object.keys(text).every((k) => k === 'de');

/** Berlin offset (+01:00 / +02:00) valid at an instant. */
function berlinOffset(instant: Date): string {
  return new TZDate(instant.getTime(), 'Europe/Berlin').toISOString().slice(-6);
}

/** Wall clock and ISO-with-offset of the occurrences of a rule that starts at `startIso` (Berlin wall time). */
function occurrencesOf(rule: string, startIso: string): string[] {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(startIso)!;
  const dtstart = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!));
  return rrule
    .rrulestr(rule, { dtstart })
    .all((_d, i) => i < 1000)
    .map((d) => {
      const z = new TZDate(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), 'Europe/Berlin');
      return z.toISOString().replace('.000', '');
    });
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const wallDate = (iso: string) => iso.slice(0, 10);
const wallTime = (iso: string) => iso.slice(11, 16);
function isoWeekdayOf(date: string): number {
  const d = new Date(`${date}T12:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** Checks that a slot lies within a room's opening hours and outside its closures. */
function assertRoomOpen(room: RoomRecord, startIso: string, endIso: string, what: string) {
  const date = wallDate(startIso);
  assert.equal(wallDate(endIso), date, `${what}: ends on another day`);
  const hours = room.openingHours.find((h) => h.weekday === isoWeekdayOf(date));
  assert.ok(hours, `${what}: ${room.id} is not open on ${date}`);
  assert.ok(minutesOf(wallTime(startIso)) >= minutesOf(hours.opens), `${what}: starts before ${room.id} opens (${startIso})`);
  assert.ok(minutesOf(wallTime(endIso)) <= minutesOf(hours.closes), `${what}: ends after ${room.id} closes (${endIso})`);
  for (const c of room.closures) assert.ok(date < c.from || date > c.to, `${what}: ${room.id} is closed on ${date}`);
}

/** All texts of a record as a flat list (for translation checks). */
function texts(record: Record<string, unknown>, fields: string[]): LocalizedTextInput[] {
  return fields.map((f) => record[f]).filter((v): v is LocalizedTextInput => typeof v === 'object' && v !== null && 'de' in v);
}

test('tenant', () => {
  assert.equal(demoTenant.id, 'musterkreis');
  assert.equal(demoTenant.name, 'Landkreis Musterkreis');
  assert.equal(demoTenant.timeZone, 'Europe/Berlin');
  assert.deepEqual(demoTenant.locales, [...LOCALES]);
});

test('taxonomies: every name, valid terms, all seven locales', () => {
  for (const name of TAXONOMY_NAMES) {
    const terms = demoTaxonomies[name];
    assert.ok(terms && terms.length > 0, `taxonomy ${name} is empty`);
    assertUnique(terms.map((t) => t.code), `${name} term`);
    for (const term of terms) {
      TaxonomyTermInput.parse(term);
      for (const locale of LOCALES) {
        const label = term.label[locale];
        assert.ok(label && label.trim().length > 0, `${name}/${term.code} has no ${locale} label`);
      }
    }
  }
  assert.equal(demoTaxonomies.topics.length, 16);
  assert.ok(codes('topics').has('youth-education'));
  assert.equal(demoTaxonomies['organization-types'].length, 14);
  assert.ok(codes('organization-types').has('umbrella'));
  assert.equal(demoTaxonomies.offers.length, 12);
  assert.equal(demoTaxonomies.equipment.length, 12);
  assert.equal(demoTaxonomies.accessibility.length, 7);
  assert.equal(demoTaxonomies['event-formats'].length, 9);
  assert.equal(demoTaxonomies['funding-kinds'].length, 9);
  assert.equal(demoTaxonomies['applicant-kinds'].length, 6);
  const areas = demoTaxonomies.areas.length;
  assert.ok(areas >= 6 && areas <= 8, `${areas} areas`);
  // Arabic, Farsi, Ukrainian and Russian labels are really written in their scripts
  // (a few international words such as "Wi-Fi" may stay in Latin letters).
  const scripts = { ar: /[\u0600-\u06FF]/, fa: /[\u0600-\u06FF]/, uk: /[\u0400-\u04FF]/, ru: /[\u0400-\u04FF]/ } as const;
  for (const name of TAXONOMY_NAMES) {
    if (name === 'areas') continue;
    for (const [locale, script] of Object.entries(scripts) as Array<[keyof typeof scripts, RegExp]>) {
      const latin = demoTaxonomies[name].filter((t) => !script.test(t.label[locale]!));
      assert.ok(latin.length <= 1, `${name}: ${locale} labels not in ${locale} script: ${latin.map((t) => t.code).join(', ')}`);
    }
  }
});

test('organisations: valid, counted, codes and umbrellas resolve', () => {
  assert.ok(organizations.length >= 42, `${organizations.length} organisations`);
  assertUnique(organizations.map((o) => o.id), 'organisation');
  for (const o of organizations) {
    assertCodes('organization-types', o.types, o.id);
    assertCodes('topics', o.topics, o.id);
    assertCodes('areas', o.areas, o.id);
    assertCodes('offers', o.offers, o.id);
    if (o.address?.area) assertCodes('areas', [o.address.area], `${o.id} address`);
    for (const c of o.contacts) assertCodes('topics', c.topics, `${o.id} contact ${c.name}`);
    for (const [locale, text] of Object.entries(o.shortDescription)) assert.ok(text!.length <= 200, `${o.id} shortDescription.${locale} is ${text!.length} chars`);
    const sentences = o.description.de.split(/(?<=[.!?])\s+/).filter(Boolean).length;
    assert.ok(sentences >= 2 && sentences <= 5, `${o.id}: ${sentences} sentences in description`);
    assert.ok(o.contacts.length >= 1 && o.contacts.length <= 3, `${o.id}: ${o.contacts.length} contacts`);
    for (const c of o.contacts) assert.ok(c.languages.length > 0 && c.topics.length > 0, `${o.id} contact ${c.name} without languages/topics`);
    assert.ok(o.officeHours.length > 0 || o.officeHoursNote !== null, `${o.id}: neither office hours nor a note`);
    if (o.address) {
      assert.ok(Math.abs(o.address.latitude! - 50.8) < 0.2 && Math.abs(o.address.longitude! - 6.5) < 0.2, `${o.id}: coordinates far away`);
    }
    for (const locale of o.machineTranslated) assert.ok(o.shortDescription[locale] || o.description[locale], `${o.id}: machine-translated ${locale} without text`);
  }
  // Coverage of the taxonomies.
  for (const type of codes('organization-types')) assert.ok(organizations.some((o) => o.types.includes(type)), `no organisation of type ${type}`);
  for (const area of codes('areas')) assert.ok(organizations.some((o) => o.areas.includes(area)), `no organisation in ${area}`);
  for (const offer of codes('offers')) assert.ok(organizations.some((o) => o.offers.includes(offer)), `no organisation offers ${offer}`);
  assert.ok(new Set(organizations.flatMap((o) => o.topics)).size >= 14);

  // Umbrellas: links point to existing umbrella organisations; one has 8+ members, a second exists, some are in both.
  const umbrellas = organizations.filter((o) => o.types.includes('umbrella'));
  assert.ok(umbrellas.length >= 2);
  for (const o of organizations) {
    for (const id of o.umbrellaIds) {
      assert.ok(orgIds.has(id), `${o.id} lists unknown umbrella ${id}`);
      assert.ok(umbrellas.some((u) => u.id === id), `${o.id} lists ${id}, which is not an umbrella`);
      assert.notEqual(id, o.id);
    }
  }
  const members = (id: string) => organizations.filter((o) => o.umbrellaIds.includes(id)).length;
  const sizes = umbrellas.map((u) => members(u.id)).sort((a, b) => b - a);
  assert.ok(sizes[0]! >= 8, `largest umbrella has ${sizes[0]} members`);
  assert.ok(sizes[1]! >= 2, `second umbrella has ${sizes[1]} members`);
  assert.ok(organizations.filter((o) => o.umbrellaIds.length >= 2).length >= 2, 'no organisation in both umbrellas');

  // Contacts without consent exist (and must never be published).
  const withoutConsent = organizations.flatMap((o) => o.contacts).filter((c) => !c.publicationConsent);
  assert.ok(withoutConsent.length >= 5, `${withoutConsent.length} contacts without consent`);
  const withConsent = organizations.flatMap((o) => o.contacts).filter((c) => c.publicationConsent);
  assert.ok(withConsent.length > withoutConsent.length * 3);

  // Flags, founding years, verification.
  assert.ok(organizations.some((o) => o.youthWelfareProvider));
  assert.ok(organizations.some((o) => !o.registeredAssociation));
  assert.ok(organizations.filter((o) => o.verifiedAt !== null).length > organizations.length * 0.75);
  assert.ok(organizations.filter((o) => o.foundedYear !== null).length === organizations.length);
  assert.ok(organizations.some((o) => o.officeHours.some((h) => h.weekday >= 6 || minutesOf(h.closes) >= 20 * 60)), 'no evening/weekend hours');

  // Translations vary on purpose.
  assert.ok(organizations.some((o) => onlyGerman(o.shortDescription) && onlyGerman(o.description)), 'no German-only organisation');
  assert.ok(organizations.filter((o) => o.description.en).length > organizations.length / 2, 'English for most');
  for (const locale of ['tr', 'ar', 'uk', 'fa', 'ru'] as const) {
    assert.ok(organizations.some((o) => o.description[locale]), `no organisation description in ${locale}`);
  }
  assert.ok(organizations.filter((o) => o.machineTranslated.length > 0).length >= 3, 'machine translations');
  assert.ok(new Set(organizations.flatMap((o) => o.languages)).size >= 18, 'spoken languages');
});

test('venues and rooms', () => {
  const venues = demoVenues.map((v) => VenueInput.parse(v));
  assert.equal(venues.length, 5);
  assert.equal(rooms.length, 12);
  assertUnique(venues.map((v) => v.id), 'venue');
  assertUnique(rooms.map((r) => r.id), 'room');
  const venueIds = new Set(venues.map((v) => v.id));
  for (const v of venues) if (v.address.area) assertCodes('areas', [v.address.area], v.id);
  for (const r of rooms) {
    assert.ok(venueIds.has(r.venueId), `${r.id}: unknown venue ${r.venueId}`);
    assert.ok(r.capacity >= 8 && r.capacity <= 150, `${r.id}: capacity ${r.capacity}`);
    assertCodes('equipment', r.equipment, r.id);
    assertCodes('accessibility', r.accessibility, r.id);
    for (const rule of r.fees.rules) assertCodes('applicant-kinds', rule.applicantKinds, `${r.id} fee rule`);
    const p = r.bookingPolicy;
    assert.ok(p.minNoticeHours >= 24 && p.minNoticeHours <= 72, `${r.id}: minNoticeHours`);
    assert.ok(p.maxAdvanceDays >= 90 && p.maxAdvanceDays <= 180, `${r.id}: maxAdvanceDays`);
    assert.ok(p.maxDurationMinutes >= 180 && p.maxDurationMinutes <= 720, `${r.id}: maxDurationMinutes`);
    assert.ok(p.bufferMinutes >= 0 && p.bufferMinutes <= 30, `${r.id}: bufferMinutes`);
    assert.ok(r.houseRules.en, `${r.id}: house rules without English`);
    for (const h of r.openingHours) assert.ok(minutesOf(h.opens) < minutesOf(h.closes), `${r.id}: opening hours`);
    for (const c of r.closures) assert.ok(c.from <= c.to && c.reason, `${r.id}: closure`);
    assert.ok(r.photos.length === 0);
  }
  assert.ok(rooms.filter((r) => !r.bookingPolicy.needsApproval).length >= 3);
  assert.ok(rooms.filter((r) => r.bookingPolicy.needsApproval).length > 6);
  assert.ok(rooms.filter((r) => r.openingHours.some((h) => h.closes === '22:00')).length >= 8, 'evenings until 22:00');
  assert.ok(rooms.filter((r) => r.openingHours.some((h) => h.weekday >= 6)).length >= 8, 'weekends');
  const school = rooms.find((r) => r.openingHours.length === 1 && r.openingHours[0]!.weekday === 6);
  assert.ok(school, 'a room open only on Saturday');
  assert.deepEqual(school.openingHours[0], { weekday: 6, opens: '08:00', closes: '14:00' });
  assert.ok(rooms.some((r) => r.closures.some((c) => c.from === '2026-12-24' && c.to === '2027-01-01')), 'Christmas closure');
  assert.ok(rooms.some((r) => r.fees.rules.some((f) => f.eurPerHour === 0)), 'free for some');
  assert.ok(rooms.some((r) => r.fees.rules.some((f) => f.eurPerHour > 0 && f.eurPerHour < r.fees.standardEurPerHour)), 'reduced for some');
  assert.ok(rooms.filter((r) => r.houseRules.tr || r.houseRules.ar).length >= 2);
});

function checkEvents(today: Date) {
  const label = today.toISOString().slice(0, 10);
  const events: EventRecord[] = demoEvents(today).map((e) => EventInput.parse(e));
  assert.ok(events.length >= 60, `${label}: ${events.length} events`);
  assertUnique(events.map((e) => e.id), 'event');
  const from = today.getTime() - 86_400_000;
  const to = today.getTime() + 93 * 86_400_000;
  const roomById = new Map(rooms.map((r) => [r.id, r]));
  /** Busy slots per room: [start, end, what]. */
  const busy = new Map<string, Array<[number, number, string]>>();

  for (const e of events) {
    const where = `${label} ${e.id}`;
    assertCodes('event-formats', [e.format], where);
    assertCodes('topics', e.topics, where);
    assertCodes('areas', e.areas, where);
    for (const o of e.organizers) if (o.kind === 'organization') assert.ok(orgIds.has(o.id), `${where}: unknown organiser ${o.id}`);
    const start = Date.parse(e.start);
    assert.ok(start >= from && start <= to, `${where}: starts ${e.start}, outside the three months after today`);
    // Local time with the offset valid on that day.
    assert.equal(e.start.slice(-6), berlinOffset(new Date(start)), `${where}: start offset`);
    assert.equal(e.end.slice(-6), berlinOffset(new Date(Date.parse(e.end))), `${where}: end offset`);
    const loc = e.location;
    if (loc.kind === 'room' || loc.kind === 'hybrid') assert.ok(loc.roomId && roomIds.has(loc.roomId), `${where}: unknown room ${loc.roomId}`);
    if (loc.kind === 'online' || loc.kind === 'hybrid') assert.match(loc.onlineUrl ?? '', /^https:\/\/[a-z.]*example\.org\//, `${where}: online URL`);
    if (loc.kind === 'address') assert.ok(loc.address, `${where}: address`);
    if (e.registration.deadline) assert.ok(Date.parse(e.registration.deadline) < start, `${where}: deadline after start`);
    if (!e.price.free) assert.ok((e.price.amountEur ?? 0) > 0, `${where}: price`);

    // Occurrences: the start is the first one, every exdate hits a real one.
    let starts = [e.start];
    if (e.recurrence) {
      const all = occurrencesOf(e.recurrence.rrule, e.start);
      assert.equal(all[0], e.start, `${where}: start is not the first occurrence of ${e.recurrence.rrule}`);
      for (const ex of e.recurrence.exdates) assert.ok(all.includes(ex), `${where}: exdate ${ex} is no occurrence of ${e.recurrence.rrule}`);
      assert.equal(new Set(e.recurrence.exdates).size, e.recurrence.exdates.length, `${where}: duplicate exdates`);
      assert.ok(all.length > e.recurrence.exdates.length);
      starts = all.filter((s) => !e.recurrence!.exdates.includes(s));
      for (const s of all) assert.ok(Date.parse(s) <= to, `${where}: occurrence ${s} later than three months`);
    }
    const durationMs = Date.parse(e.end) - start;
    if (loc.roomId && e.status === 'scheduled' && !e.allDay) {
      const room = roomById.get(loc.roomId)!;
      for (const s of starts) {
        const sMs = Date.parse(s);
        const end = new TZDate(sMs + durationMs, 'Europe/Berlin').toISOString().replace('.000', '');
        assertRoomOpen(room, s, end, where);
        const list = busy.get(room.id) ?? [];
        list.push([sMs, sMs + durationMs, e.id]);
        busy.set(room.id, list);
      }
    }
  }

  // Coverage.
  for (const format of codes('event-formats')) assert.ok(events.some((e) => e.format === format), `${label}: no event of format ${format}`);
  for (const form of COOPERATION_FORMS) assert.ok(events.some((e) => e.cooperation === form), `${label}: no event with cooperation ${form}`);
  assert.ok(events.filter((e) => e.status === 'cancelled').length >= 2, 'cancelled');
  assert.ok(events.filter((e) => e.status === 'postponed').length >= 2, 'postponed');
  assert.ok(events.filter((e) => e.location.kind === 'online').length >= 3, 'online');
  assert.ok(events.filter((e) => e.location.kind === 'hybrid').length >= 2, 'hybrid');
  assert.ok(events.filter((e) => e.location.kind === 'room').length >= 15, 'in rooms');
  assert.ok(events.filter((e) => e.location.kind === 'address').length >= 5, 'at addresses');
  const multiDay = events.filter((e) => e.allDay && Date.parse(e.end) - Date.parse(e.start) > 2 * 86_400_000);
  assert.ok(multiDay.length >= 1, 'a multi-day all-day event');
  for (const e of multiDay) {
    assert.equal(e.start.slice(11, 19), '00:00:00');
    assert.equal(e.end.slice(11, 19), '00:00:00');
  }
  const rules = events.flatMap((e) => (e.recurrence ? [e.recurrence.rrule] : []));
  assert.ok(rules.some((r) => r.startsWith('FREQ=WEEKLY') && r.includes('COUNT=')), 'weekly with COUNT');
  assert.ok(rules.some((r) => r.startsWith('FREQ=MONTHLY') && /BYDAY=\d/.test(r)), 'monthly by weekday');
  assert.ok(rules.some((r) => r.includes('UNTIL=')), 'UNTIL');
  assert.ok(events.filter((e) => (e.recurrence?.exdates.length ?? 0) > 0).length >= 3, 'exdates');
  assert.ok(events.some((e) => e.registration.required && e.registration.url));
  assert.ok(events.some((e) => e.registration.required && e.registration.email && e.registration.deadline && e.registration.capacity));
  assert.ok(events.some((e) => !e.price.free) && events.some((e) => e.price.free));
  assert.ok(events.some((e) => e.organizers.some((o) => o.kind === 'office')));
  assert.ok(events.filter((e) => e.organizers.filter((o) => o.kind === 'organization').length >= 4).length >= 1, 'an event of four organisations');
  assert.ok(new Set(events.flatMap((e) => e.topics)).size >= 14, 'topics');
  assert.ok(new Set(events.flatMap((e) => e.areas)).size === codes('areas').size, 'areas');
  assert.ok(new Set(events.flatMap((e) => e.languages)).size >= 12, 'languages');
  assert.ok(events.some((e) => texts(e, ['title', 'summary', 'description']).every(onlyGerman)), 'a German-only event');
  assert.ok(events.some((e) => LOCALES.every((l) => e.title[l])), 'an event titled in all locales');

  // Confirmed bookings: inside opening hours, clear of each other and of the room events (plus buffer).
  const bookings = demoBookings(today);
  assert.ok(bookings.length >= 8 && bookings.length <= 14, `${bookings.length} bookings`);
  for (const b of bookings) {
    const where = `${label} booking ${b.roomId} ${b.start}`;
    const room = roomById.get(b.roomId);
    assert.ok(room, `${where}: unknown room`);
    assert.ok(Date.parse(b.end) > Date.parse(b.start));
    assert.ok(Date.parse(b.start) > today.getTime() && Date.parse(b.start) < today.getTime() + 63 * 86_400_000, `${where}: not in the coming weeks`);
    assert.equal(b.start.slice(-6), berlinOffset(new Date(Date.parse(b.start))));
    assert.ok(b.purpose.length >= 3);
    assertRoomOpen(room, b.start, b.end, where);
    const list = busy.get(room.id) ?? [];
    list.push([Date.parse(b.start), Date.parse(b.end), `booking ${b.purpose}`]);
    busy.set(room.id, list);
  }
  for (const [id, list] of busy) {
    const buffer = roomById.get(id)!.bookingPolicy.bufferMinutes * 60_000;
    const sorted = [...list].sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < sorted.length; i++) {
      const [prevStart, prevEnd, prevWhat] = sorted[i - 1]!;
      const [start, , what] = sorted[i]!;
      assert.ok(start >= prevEnd + buffer, `${label}: ${id} double-booked: ${prevWhat} (${new Date(prevStart).toISOString()}) and ${what} (${new Date(start).toISOString()})`);
    }
  }
}

test('events and bookings relative to today', () => checkEvents(TODAY));

test('events and bookings around clock changes, Christmas and summer', () => {
  for (const day of OTHER_DAYS) checkEvents(day);
});

test('funding programmes', () => {
  assert.ok(programs.length >= 20, `${programs.length} programmes`);
  assertUnique(programs.map((p) => p.id), 'programme');
  for (const p of programs) {
    assertCodes('funding-kinds', p.kinds, p.id);
    assertCodes('topics', p.topics, p.id);
    assertCodes('applicant-kinds', p.eligibleApplicants, p.id);
    assertCodes('areas', p.requirements.seatInAreas, p.id);
    assert.ok(p.requirements.ownContributionPercent >= 0 && p.requirements.ownContributionPercent <= 20, `${p.id}: own contribution`);
    assert.ok(p.applicationSteps.length >= 1 && p.applicationSteps.length <= 6, `${p.id}: ${p.applicationSteps.length} steps`);
    assert.ok(p.requiredDocuments.length >= 1 && p.requiredDocuments.length <= 6, `${p.id}: ${p.requiredDocuments.length} documents`);
    for (const link of p.links) assert.match(link.url, /^https:\/\/[a-z0-9.-]*example\.de\//, `${p.id}: link ${link.url}`);
    assert.ok(p.office.email || p.office.phone, `${p.id}: office without contact`);
    if (p.amount?.minEur != null && p.amount.maxEur != null) assert.ok(p.amount.minEur <= p.amount.maxEur, `${p.id}: amount range`);
    if (p.kinds.includes('micro-grant') && !p.kinds.includes('project-grant') && p.amount?.maxEur != null) assert.ok(p.amount.maxEur <= 2000, `${p.id}: micro-grant too large`);
    if (p.amount?.maxEur != null) assert.ok(p.amount.maxEur <= 50000, `${p.id}: amount`);
  }
  assert.ok(programs.filter((p) => p.applicationSteps.length >= 3 && p.requiredDocuments.length >= 3).length >= programs.length - 2);
  for (const kind of codes('funding-kinds')) assert.ok(programs.some((p) => p.kinds.includes(kind)), `no programme of kind ${kind}`);
  for (const level of PROVIDER_LEVELS) assert.ok(programs.some((p) => p.provider.level === level), `no ${level} programme`);
  for (const support of ['money', 'room', 'counselling', 'qualification'] as const) assert.ok(programs.some((p) => p.supportTypes.includes(support)), `no ${support} support`);
  for (const status of ['open', 'upcoming', 'closed'] as const) assert.ok(programs.some((p) => p.status === status), `no ${status} programme`);
  assert.ok(programs.filter((p) => p.deadlines.kind === 'rolling').length >= 3, 'rolling');
  assert.ok(programs.some((p) => p.deadlines.kind === 'fixed'));
  assert.ok(programs.some((p) => p.deadlines.kind === 'yearly'));
  const nowDate = new Date().toISOString().slice(0, 10);
  assert.ok(programs.some((p) => p.deadlines.kind === 'fixed' && p.deadlines.dates.some((d) => d > nowDate)), 'an upcoming fixed deadline');
  assert.ok(programs.some((p) => p.amount === null), 'without amount');
  assert.ok(programs.some((p) => p.kinds.includes('micro-grant') && p.amount?.minEur === 500 && p.amount.maxEur === 2000), 'micro-grant 500–2,000');
  assert.ok(programs.some((p) => p.eligibleApplicants.includes('informal-group')), 'informal groups');
  assert.ok(programs.some((p) => p.eligibleApplicants.length === 1 && p.eligibleApplicants[0] === 'registered-association'), 'registered associations only');
  assert.ok(programs.some((p) => p.eligibleApplicants.includes('individual')), 'individuals');
  assert.ok(programs.some((p) => p.requirements.seatInAreas.length > 0), 'seat in the district');
  assert.ok(programs.some((p) => onlyGerman(p.title) && onlyGerman(p.summary)), 'a German-only programme');
  assert.ok(programs.filter((p) => p.summary.en).length > programs.length / 2, 'English for most');
  for (const locale of ['tr', 'ar', 'uk'] as const) assert.ok(programs.some((p) => p.title[locale]), `no programme in ${locale}`);
  assert.ok(programs.some((p) => p.machineTranslated.length > 0));
});

test('only fictional contact data: example domains and +49 2421 000… numbers', () => {
  const data = JSON.stringify(demoDataset(TODAY));
  for (const url of data.match(/https?:\/\/[^"\s]+/g) ?? []) {
    assert.match(new URL(url).hostname, /(^|\.)example\.(org|de)$/, url);
  }
  for (const email of data.match(/[\w.+-]+@[\w.-]+\.[a-z]+/g) ?? []) {
    assert.match(email, /@([\w-]+\.)*example\.(org|de)$/, email);
  }
  for (const phone of data.match(/"\+49 [0-9 ]+"/g) ?? []) assert.match(phone, /^"\+49 (2421|221) 000/, phone);
});

test('demoDataset bundles everything', () => {
  const d = demoDataset(TODAY);
  assert.equal(d.tenant, demoTenant);
  assert.equal(d.organizations.length, demoOrganizations.length);
  assert.equal(d.rooms.length, 12);
  assert.ok(d.events.length >= 60);
  assert.ok(d.bookings.length >= 8);
  assert.ok(d.fundingPrograms.length >= 20);
});

test('generateScaledDataset: deterministic, unique ids, valid records', () => {
  const options = { organizations: 1000, events: 200, fundingPrograms: 50, today: new Date('2026-11-22T10:00:00Z') };
  const d = generateScaledDataset(options);
  assert.equal(d.organizations.length, 1000);
  assert.equal(d.events.length, 200);
  assert.equal(d.fundingPrograms.length, 50);
  const orgs = d.organizations.map((o) => OrganizationInput.parse(o));
  const events = d.events.map((e) => EventInput.parse(e));
  const progs = d.fundingPrograms.map((p) => FundingProgramInput.parse(p));
  assertUnique(orgs.map((o) => o.id), 'generated organisation');
  assertUnique(events.map((e) => e.id), 'generated event');
  assertUnique(progs.map((p) => p.id), 'generated programme');
  const ids = new Set(orgs.map((o) => o.id));
  for (const o of orgs) {
    assertCodes('organization-types', o.types, o.id);
    assertCodes('topics', o.topics, o.id);
    assertCodes('areas', o.areas, o.id);
    assertCodes('offers', o.offers, o.id);
    for (const u of o.umbrellaIds) assert.ok(ids.has(u) && u !== o.id, `${o.id}: umbrella ${u}`);
  }
  assert.ok(orgs.some((o) => o.umbrellaIds.length > 0));
  for (const e of events) {
    assertCodes('event-formats', [e.format], e.id);
    assertCodes('topics', e.topics, e.id);
    for (const o of e.organizers) if (o.kind === 'organization') assert.ok(ids.has(o.id), `${e.id}: organiser ${o.id}`);
    if (e.location.roomId) assert.ok(roomIds.has(e.location.roomId));
    if (e.recurrence) {
      const all = occurrencesOf(e.recurrence.rrule, e.start);
      assert.equal(all[0], e.start, `${e.id}: start not in rule`);
      for (const ex of e.recurrence.exdates) assert.ok(all.includes(ex), `${e.id}: exdate ${ex}`);
    }
  }
  for (const p of progs) {
    assertCodes('funding-kinds', p.kinds, p.id);
    assertCodes('applicant-kinds', p.eligibleApplicants, p.id);
    assertCodes('areas', p.requirements.seatInAreas, p.id);
  }
  // Deterministic: the same options give the same data.
  assert.deepEqual(generateScaledDataset(options), d);
});

test('generateScaledDataset at benchmark size: ~50,000 occurrences', () => {
  const d = generateScaledDataset({ organizations: 10_000, events: 7_500, fundingPrograms: 500, today: new Date('2026-11-22T10:00:00Z') });
  assert.equal(d.organizations.length, 10_000);
  assertUnique(d.organizations.map((o) => o.id), 'generated organisation');
  assertUnique(d.events.map((e) => e.id), 'generated event');
  assertUnique(d.fundingPrograms.map((p) => p.id), 'generated programme');
  let occurrences = 0;
  for (const e of d.events) {
    if (!e.recurrence) occurrences += 1;
    else occurrences += Number(/COUNT=(\d+)/.exec(e.recurrence.rrule)![1]) - (e.recurrence.exdates?.length ?? 0);
  }
  assert.ok(occurrences > 40_000 && occurrences < 60_000, `${occurrences} occurrences`);
});
