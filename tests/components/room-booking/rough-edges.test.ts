/// <reference types="mocha" />
/**
 * Three rough edges a resident found: free times on the booking grid (not
 * "19:02 bis 20:00"), past days shown as past (not "zu kurzfristig"), and a
 * free time chosen after the evening search prefilling the evening (not
 * 08:00–10:00).
 */
import { expect } from '@open-wc/testing';
import { roomScenarios } from '@teilhabe/mocks';
import type { Availability } from '../../../packages/components/src/room-booking/booking-api.js';
import { weekSchedule, type Segment } from '../../../packages/components/src/room-booking/week-schedule.js';
import { minutesOf } from '../../../packages/components/src/shared/dates.js';
import { mockApi, renderBooking, shadow, tabUntil, waitFor } from './support.js';

const MONDAY = '2026-03-02';

function availability(busy: Availability['busy'] = []): Availability {
  const days = Array.from({ length: 7 }, (_, i) => `2026-03-0${2 + i}`);
  return {
    roomId: 'r',
    from: `${MONDAY}T00:00:00+01:00`,
    to: '2026-03-09T00:00:00+01:00',
    timeZone: 'Europe/Berlin',
    openingHours: days.map((date) => ({ date, opens: '08:00', closes: '22:00' })),
    busy,
    bookingPolicy: { needsApproval: true, minNoticeHours: 2, maxAdvanceDays: 180, maxDurationMinutes: 480, bufferMinutes: 0 },
  };
}

const at = (date: string, time: string) => ({ date, minutes: minutesOf(time) });
const kinds = (segments: Segment[]) => segments.map((s) => `${s.kind} ${s.start / 60}`);

describe('the week of a room', () => {
  it('puts free times on the quarter-hour grid when the notice ends at an odd minute', () => {
    const days = weekSchedule(availability(), MONDAY, { now: at('2026-03-04', '17:02'), earliest: at('2026-03-04', '19:02') });
    const wednesday = days[2]!.segments;
    const free = wednesday.find((segment) => segment.kind === 'free')!;
    expect(free.start).to.equal(minutesOf('19:15'));
    expect(free.end).to.equal(minutesOf('22:00'));
    expect(wednesday.find((segment) => segment.kind === 'too-soon')!.end).to.equal(minutesOf('19:15'), 'the cut-off minutes stay too soon');
    for (const day of days) for (const segment of day.segments) if (segment.kind === 'free') expect([segment.start % 15, segment.end % 15]).to.deep.equal([0, 0]);
  });

  it('puts free times on the grid around a booking that ends at an odd minute', () => {
    const busy = [{ start: '2026-03-05T09:00:00+01:00', end: '2026-03-05T10:05:00+01:00', kind: 'booked' as const }];
    const thursday = weekSchedule(availability(busy), MONDAY, { now: at('2026-03-01', '12:00'), earliest: at('2026-03-01', '14:00') })[3]!.segments;
    expect(thursday.map((s) => [s.kind, s.start, s.end])).to.deep.equal([
      ['free', minutesOf('08:00'), minutesOf('09:00')],
      ['booked', minutesOf('09:00'), minutesOf('10:15')],
      ['free', minutesOf('10:15'), minutesOf('22:00')],
    ]);
  });

  it('shows the days before today as past, not as too short notice', () => {
    const days = weekSchedule(availability(), MONDAY, { now: at('2026-03-04', '09:00'), earliest: at('2026-03-04', '11:00') });
    expect(kinds(days[0]!.segments)).to.deep.equal(['past 8']);
    expect(kinds(days[1]!.segments)).to.deep.equal(['past 8']);
    expect(kinds(days[2]!.segments)).to.deep.equal(['past 8', 'too-soon 9', 'free 11']);
    expect(kinds(days[3]!.segments)).to.deep.equal(['free 8']);
  });
});

describe('choosing a free time after the evening search', function () {
  this.timeout(60_000);
  beforeEach(() => mockApi(roomScenarios.rooms()));

  it('prefills the evening searched for', async () => {
    const element = await renderBooking();
    const root = shadow(element);
    await waitFor(() => root.querySelector('.room-card'), 'the first rooms');
    root.querySelector<HTMLButtonElement>('.preset')!.click();
    await waitFor(() => root.querySelector<HTMLInputElement>('#search-timeFrom')?.value === '18:00', 'the evening window');
    await waitFor(() => root.querySelector('.room-card') && !root.querySelector('[aria-busy="true"]'), 'evening rooms');
    root.querySelector<HTMLButtonElement>('.room-open')!.click();
    await waitFor(() => root.querySelector('.week-grid, .week-body .state'), 'the week');

    // A free time that starts before the evening and lasts into it: the case the prefill got wrong.
    const spanning = (): HTMLButtonElement | undefined =>
      [...root.querySelectorAll<HTMLButtonElement>('.week-grid .slot.free')].find((slot) => {
        const [from = '', to = ''] = slot.querySelector('[aria-hidden="true"]')!.textContent!.match(/\d{1,2}:\d{2}/g) ?? [];
        return minutesOf(from) < minutesOf('17:00') && minutesOf(to) > minutesOf('19:00');
      });
    for (let week = 0; week < 3 && !spanning(); week++) {
      const next = [...root.querySelectorAll<HTMLButtonElement>('.week-bar button')].find((button) => button.textContent!.includes('Nächste Woche'))!;
      next.click();
      await waitFor(() => !root.querySelector('.week-body[aria-busy="true"]') && root.querySelector('.week-grid'), 'the next week');
    }
    const slot = spanning();
    expect(slot, 'a free time from the day into the evening').to.exist;
    slot!.click();
    await waitFor(() => root.activeElement?.id === 'form-start', 'focus on the start time');
    expect(root.querySelector<HTMLInputElement>('#form-start')!.value).to.equal('18:00');
    expect(root.querySelector<HTMLInputElement>('#form-end')!.value).to.equal('20:00');
    // The keyboard still reaches the form's end time from here.
    await tabUntil(root, (el) => el.id === 'form-end', 'the end time');
  });
});
