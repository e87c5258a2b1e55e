/**
 * The remembered zone offsets (time/offsets.ts) give exactly what TZDate
 * gives, also around clock changes, in zones with half- and quarter-hour
 * offsets and changes, and for historical offsets with seconds.
 */
import { TZDate } from '@date-fns/tz';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { instantOfWall, wallOf } from '../../packages/server/src/resources/events/time.js';
import { localDateOf, localTimeOf, toZonedIso, zonedInstant } from '../../packages/server/src/time/zoned.js';

const ZONES = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham', 'UTC'];
const pad = (value: number) => String(value).padStart(2, '0');

/** The conversions as they were computed with TZDate alone. */
const reference = {
  wallOf: (instant: Date, zone: string) => {
    const l = new TZDate(instant.getTime(), zone);
    return Date.UTC(l.getFullYear(), l.getMonth(), l.getDate(), l.getHours(), l.getMinutes(), l.getSeconds(), l.getMilliseconds());
  },
  instantOfWall: (w: Date, zone: string) =>
    new TZDate(w.getUTCFullYear(), w.getUTCMonth(), w.getUTCDate(), w.getUTCHours(), w.getUTCMinutes(), w.getUTCSeconds(), w.getUTCMilliseconds(), zone).getTime(),
  localDate: (instant: Date, zone: string) => {
    const z = new TZDate(instant.getTime(), zone);
    return `${z.getFullYear()}-${pad(z.getMonth() + 1)}-${pad(z.getDate())}`;
  },
  localTime: (instant: Date, zone: string) => {
    const z = new TZDate(instant.getTime(), zone);
    return `${pad(z.getHours())}:${pad(z.getMinutes())}`;
  },
  iso: (instant: Date, zone: string) => {
    const z = new TZDate(instant.getTime(), zone);
    const offset = -z.getTimezoneOffset();
    const abs = Math.abs(offset);
    return `${reference.localDate(instant, zone)}T${reference.localTime(instant, zone)}:${pad(z.getSeconds())}${offset >= 0 ? '+' : '-'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  },
  zonedInstant: (date: string, time: string, zone: string) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const [h, mi] = time.split(':').map(Number) as [number, number];
    return h === 24 ? new TZDate(y, m - 1, d + 1, 0, 0, zone).getTime() : new TZDate(y, m - 1, d, h, mi, zone).getTime();
  },
};

function* instants(from: number, to: number, step: number) {
  for (let t = from; t < to; t += step) yield new Date(t);
}

describe('zone offsets remembered per day', () => {
  // The spring and autumn changes of both hemispheres (2026), every 20 minutes and 7 seconds; 1880s offsets with seconds; a decade every 29 hours.
  const spans: Array<[number, number, number]> = [
    [Date.UTC(2026, 2, 25), Date.UTC(2026, 3, 8), 20 * 60_000 + 7000],
    [Date.UTC(2026, 8, 24), Date.UTC(2026, 10, 5), 20 * 60_000 + 7000],
    [Date.UTC(1880, 0, 1), Date.UTC(1895, 0, 1), 71 * 3_600_000 + 13_007],
    [Date.UTC(2020, 0, 1), Date.UTC(2030, 0, 1), 29 * 3_600_000 + 17 * 60_000],
  ];

  for (const zone of ZONES) {
    it(`agree with TZDate in ${zone}`, () => {
      for (const [from, to, step] of spans) {
        for (const instant of instants(from, to, step)) {
          const at = `${zone} ${instant.toISOString()}`;
          assert.equal(wallOf(instant, zone).getTime(), reference.wallOf(instant, zone), `wallOf ${at}`);
          // The instant's UTC fields read as a wall time: in the gaps and repeated hours too.
          assert.equal(instantOfWall(instant, zone).getTime(), reference.instantOfWall(instant, zone), `instantOfWall ${at}`);
          assert.equal(localDateOf(instant, zone), reference.localDate(instant, zone), `localDateOf ${at}`);
          assert.equal(localTimeOf(instant, zone), reference.localTime(instant, zone), `localTimeOf ${at}`);
          assert.equal(toZonedIso(instant, zone), reference.iso(instant, zone), `toZonedIso ${at}`);
          const date = instant.toISOString().slice(0, 10);
          const time = instant.toISOString().slice(11, 16);
          assert.equal(zonedInstant(date, time, zone).getTime(), reference.zonedInstant(date, time, zone), `zonedInstant ${date} ${time} ${zone}`);
          assert.equal(zonedInstant(date, '24:00', zone).getTime(), reference.zonedInstant(date, '24:00', zone), `zonedInstant ${date} 24:00 ${zone}`);
        }
      }
    });
  }
});
