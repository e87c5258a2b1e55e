/// <reference types="mocha" />
/**
 * Plurals by CLDR category with the real translations: Arabic (zero, one, two,
 * few, many, other) and Russian (one, few, many), where one/other was wrong.
 */
import { expect } from '@open-wc/testing';
import { msg } from '@lit/localize';
import { requestUiLocale, activeUiLocale } from '../../packages/components/src/localization/index.js';
import { plural } from '../../packages/components/src/shared/plural.js';
import { eventCount } from '../../packages/components/src/event-calendar/month-grid.js';
import { emptyForm, validateBooking } from '../../packages/components/src/room-booking/booking-form-model.js';

/** The message of an id in the active UI locale (the source text is never used: every id has a translation). */
const translated = (id: string) => msg('', { id });
/** A number as Arabic text shows it (Chromium's `ar` writes Latin digits, other engines Arabic-Indic). */
const ar = (n: number) => new Intl.NumberFormat('ar').format(n);

function attendeesError(capacity: number, locale: string): string {
  const room = { capacity, bookingPolicy: { maxAttendees: null, maxDurationMinutes: 240, minNoticeHours: 0, maxAdvanceDays: 90 } } as unknown as Parameters<typeof validateBooking>[1];
  return validateBooking({ ...emptyForm(), attendees: '100000' }, room, '2026-01-01', locale).attendees ?? '';
}

describe('plurals by CLDR category', () => {
  after(() => requestUiLocale('de'));

  it('Arabic: 0, 1, 2, 3, 11 and 100 each take their own form', async () => {
    await requestUiLocale('ar');
    expect(activeUiLocale()).to.equal('ar');
    const rooms = (n: number) => plural(n, 'ar', translated('rb.results'));
    expect([0, 1, 2, 3, 11, 100].map(rooms)).to.deep.equal([
      'لم يُعثر على أي قاعة',
      'تم العثور على قاعة واحدة',
      'تم العثور على قاعتين',
      `تم العثور على ${ar(3)} قاعات`,
      `تم العثور على ${ar(11)} قاعة`,
      `تم العثور على ${ar(100)} قاعة`,
    ]);
    expect([0, 1, 2, 3, 11, 100].map((n) => eventCount(n, 'ar'))).to.deep.equal(['لا توجد فعاليات', 'فعالية واحدة', 'فعاليتان', `${ar(3)} فعاليات`, `${ar(11)} فعاليةً`, `${ar(100)} فعالية`]);
    expect(attendeesError(2, 'ar')).to.equal('تتسع القاعة لشخصين على الأكثر.');
    expect(attendeesError(3, 'ar')).to.equal(`تتسع القاعة لـ ${ar(3)} أشخاص على الأكثر.`);
    expect(attendeesError(11, 'ar')).to.equal(`تتسع القاعة لـ ${ar(11)} شخصاً على الأكثر.`);
    expect(attendeesError(100, 'ar')).to.equal(`تتسع القاعة لـ ${ar(100)} شخص على الأكثر.`);
    const days = (n: number) => plural(n, 'ar', translated('rb.rule.max-advance-days'));
    expect(days(2)).to.equal('يمكنكم الطلب قبل يومين على الأكثر.');
    expect(days(30)).to.equal(`يمكنكم الطلب قبل ${ar(30)} يوماً على الأكثر.`);
  });

  it('Russian: 1, 2, 5 and 21 each take their own form', async () => {
    await requestUiLocale('ru');
    expect([1, 2, 5, 21].map((n) => eventCount(n, 'ru'))).to.deep.equal(['1 мероприятие', '2 мероприятия', '5 мероприятий', '21 мероприятие']);
    const days = (n: number) => plural(n, 'ru', translated('rb.rule.max-advance-days'));
    expect([1, 2, 5, 21].map(days)).to.deep.equal([
      'Запросить можно не более чем за 1 день.',
      'Запросить можно не более чем за 2 дня.',
      'Запросить можно не более чем за 5 дней.',
      'Запросить можно не более чем за 21 день.',
    ]);
    expect([1, 2, 5, 21].map((n) => attendeesError(n, 'ru'))).to.deep.equal([
      'Помещение вмещает не более 1 человека.',
      'Помещение вмещает не более 2 человек.',
      'Помещение вмещает не более 5 человек.',
      'Помещение вмещает не более 21 человека.',
    ]);
    expect(plural(3, 'ru', translated('rb.conflict.series-taken'), { total: '5' })).to.equal('3 из 5 дат уже заняты');
  });

  it('German: the source keeps one and other, and an exact zero', async () => {
    await requestUiLocale('de');
    expect([0, 1, 2].map((n) => eventCount(n, 'de'))).to.deep.equal(['keine Veranstaltung', '1 Veranstaltung', '2 Veranstaltungen']);
    expect(attendeesError(1, 'de')).to.equal('Der Raum hat Platz für höchstens 1 Person.');
  });
});
