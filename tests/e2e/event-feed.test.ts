/**
 * The iCalendar feeds the event calendar links to ("Zum Kalender hinzufügen",
 * "Kalender abonnieren"), read by a third-party parser (ical.js) over real
 * HTTP: the series of one event and a filtered feed expand to exactly the
 * occurrences `GET /events` lists for the same window, exception dates included.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ICAL from 'ical.js';
import { startLiveServer, type LiveServer } from '../support/live-server.js';

interface Occurrence {
  eventId: string;
  start: string;
  end: string;
  allDay: boolean;
  status: string;
}

const DAY = 86_400_000;
const berlinDate = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(iso));

/** One key per occurrence: all-day ones by their Berlin date, the others by their instant. */
const key = (eventId: string, start: string, allDay: boolean) => `${eventId}|${allDay ? berlinDate(start) : new Date(start).toISOString()}`;

describe('event feeds parsed with ical.js', () => {
  let server: LiveServer;
  let api: string;
  before(async () => {
    server = await startLiveServer();
    api = `${server.baseUrl}/v1/${server.tenant}`;
  });
  after(async () => {
    await server?.close();
  });

  /** Every occurrence of the list for a window, page by page. */
  async function listed(from: Date, to: Date, filters = ''): Promise<Occurrence[]> {
    const all: Occurrence[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `${api}/events?from=${from.toISOString()}&to=${to.toISOString()}&limit=100${filters}${cursor ? `&cursor=${cursor}` : ''}`;
      const response: Response = await fetch(url);
      assert.equal(response.status, 200, url);
      const page = (await response.json()) as { data: Occurrence[]; meta: { nextCursor: string | null } };
      all.push(...page.data);
      cursor = page.meta.nextCursor;
    } while (cursor);
    return all;
  }

  /** Occurrences of every VEVENT of a feed starting in [from, to), expanded by ical.js (RRULE and EXDATE). */
  async function expandedFeed(url: string, from: Date, to: Date): Promise<{ keys: string[]; calendar: ICAL.Component }> {
    const response = await fetch(url);
    assert.equal(response.status, 200, url);
    assert.match(response.headers.get('content-type') ?? '', /text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const keys: string[] = [];
    for (const component of calendar.getAllSubcomponents('vevent')) {
      const event = new ICAL.Event(component);
      const eventId = event.uid.split('@')[0]!;
      const iterator = event.iterator();
      for (let next = iterator.next(); next; next = iterator.next()) {
        const start = event.getOccurrenceDetails(next).startDate;
        const instant = start.isDate ? new Date(`${start.toString()}T12:00:00Z`) : start.toJSDate();
        if (instant >= to) break;
        if (instant < from) continue;
        keys.push(start.isDate ? `${eventId}|${start.toString()}` : key(eventId, instant.toISOString(), false));
      }
    }
    return { keys: keys.sort(), calendar };
  }

  function window(days: number): { from: Date; to: Date; fromDay: string; toDay: string } {
    const today = berlinDate(new Date().toISOString());
    // Berlin midnight of today (the offset is +01:00 or +02:00).
    const guess = new Date(`${today}T00:00:00+01:00`);
    const from = berlinDate(new Date(guess.getTime() - 3_600_000).toISOString()) === today ? new Date(guess.getTime() - 3_600_000) : guess;
    const to = new Date(from.getTime() + days * DAY);
    return { from, to, fromDay: today, toDay: berlinDate(new Date(to.getTime() + DAY).toISOString()) };
  }

  test('the .ics of a weekly series has the same dates as the list, and leaves out its exception date', async () => {
    const id = 'deutschkurs-fuer-frauen';
    const event = (await (await fetch(`${api}/events/${id}?locale=de`)).json()) as { data: { recurrence: { rrule: string; exdates: string[] } } };
    const exdates = event.data.recurrence.exdates;
    assert.ok(exdates.length > 0, 'the demo series has an exception date');

    const { from, to, fromDay, toDay } = window(120);
    const occurrences = (await listed(from, to)).filter((o) => o.eventId === id);
    assert.ok(occurrences.length >= 10, `the series has dates in the window (${occurrences.length})`);
    const { keys, calendar } = await expandedFeed(`${api}/events.ics?event=${id}&locale=de&from=${fromDay}&to=${toDay}`, from, to);

    assert.equal(calendar.getAllSubcomponents('vevent').length, 1, 'one VEVENT for the series');
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    assert.ok(vevent.getFirstPropertyValue('rrule'), 'the series stays a series (RRULE)');
    assert.ok(vevent.getAllProperties('exdate').length > 0, 'EXDATE is written');
    assert.deepEqual(keys, occurrences.map((o) => key(o.eventId, o.start, o.allDay)).sort());
    for (const exdate of exdates) {
      assert.ok(Date.parse(exdate) >= from.getTime() && Date.parse(exdate) < to.getTime(), 'the exception date lies in the window');
      const excluded = key(id, exdate, false);
      assert.ok(!keys.includes(excluded), `ical.js leaves out the exception date ${exdate}`);
      assert.ok(!occurrences.some((o) => key(o.eventId, o.start, o.allDay) === excluded), `the list leaves out ${exdate}`);
    }
  });

  test('a filtered, localized feed (the subscribe link) expands to the occurrences of the filtered list', async () => {
    const { from, to, fromDay, toDay } = window(90);
    const filters = '&topic=society-politics,youth-education&locale=en';
    const occurrences = await listed(from, to, filters);
    assert.ok(occurrences.length > 5, `the filter matches events (${occurrences.length})`);
    const { keys, calendar } = await expandedFeed(`${api}/events.ics?from=${fromDay}&to=${toDay}${filters}`, from, to);
    // Occurrences that began before the window (multi-day) are listed but start outside it.
    const normalized = occurrences
      .filter((o) => Date.parse(o.start) >= from.getTime())
      .map((o) => (o.allDay ? `${o.eventId}|${berlinDate(o.start)}` : key(o.eventId, o.start, false)))
      .sort();
    assert.deepEqual(keys, normalized);
    // The feed is in the requested language.
    assert.match(String(calendar.getFirstPropertyValue('x-wr-calname') ?? calendar.getFirstPropertyValue('name') ?? ''), /Events/);
  });
});
