/// <reference types="mocha" />
/**
 * The event form on the records chassis, each state checked with axe: start
 * and end in the tenant's zone, the recurrence in plain words producing the
 * RRULE the API stores, exception dates, the preview of the next dates
 * (expanded by the server's rules), the API's refusal of a rule whose first
 * date is not the start, the 412 with both versions, the keyboard path of
 * making a weekly series with an exception, and reflow at 320 px.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { recordWriteLog } from '@teilhabe/mocks';
import { ruleOf, wordsOf } from '../../packages/office/src/records/recurrence-rule.js';
import { clickButton, deepActive, deepQuery, deepQueryAll, fill, overflowingElements, renderOffice, tabTo, textOf, waitFor } from './support.js';

const EVENT = 'records/events/elterncafe';

async function openEvent(options: Parameters<typeof renderOffice>[0] = {}) {
  const app = await renderOffice({ signedIn: true, route: EVENT, ...options });
  await waitFor(() => deepQuery<HTMLInputElement>('#start')?.value === '08.01.2030', 'the event form');
  await waitFor(() => deepQuery<HTMLSelectElement>('#format')?.tagName === 'SELECT', 'the event formats');
  return app;
}

const previewDates = () => deepQueryAll('.occurrences li').map((li) => textOf(li));

function choose(selector: string) {
  const input = deepQuery<HTMLInputElement>(selector)!;
  input.click();
}

describe('office app: event form', function () {
  this.timeout(30_000);
  beforeEach(() => {
    recordWriteLog.length = 0;
  });

  it('shows a one-off event with start and end in the tenant time zone, and no preview', async () => {
    const app = await openEvent();
    expect(textOf(deepQuery('h1'))).to.equal('Elterncafé');
    expect([deepQuery<HTMLInputElement>('#start-time')!.value, deepQuery<HTMLInputElement>('#end')!.value, deepQuery<HTMLInputElement>('#end-time')!.value]).to.deep.equal(['17:00', '08.01.2030', '19:00']);
    expect(deepQuery<HTMLInputElement>('#recurrence')!.checked, 'Einmalig').to.equal(true);
    expect(deepQuery('.occurrence-preview')).to.equal(null);
    expect(deepQuery<HTMLSelectElement>('#format')!.value).to.equal('parents-seminar');
    expect(textOf(deepQuery('#title-tr-state'))).to.equal('von Menschen übersetzt');
    await expect(app).to.be.accessible();
  });

  it('makes a monthly series on the n-th weekday and previews its dates; an end date and a count end it', async () => {
    const app = await openEvent();
    choose('#recurrence-monthly');
    await waitFor(() => deepQuery<HTMLSelectElement>('#recurrence-ordinal'), 'the monthly words');
    expect([deepQuery<HTMLSelectElement>('#recurrence-ordinal')!.value, deepQuery<HTMLSelectElement>('#recurrence-month-weekday')!.value], 'taken from the start, the second Tuesday').to.deep.equal(['2', 'TU']);
    await waitFor(() => previewDates().length === 5, 'five dates');
    expect(previewDates()).to.deep.equal([
      'Dienstag, 8. Januar 2030 um 17:00',
      'Dienstag, 12. Februar 2030 um 17:00',
      'Dienstag, 12. März 2030 um 17:00',
      'Dienstag, 9. April 2030 um 17:00',
      'Dienstag, 14. Mai 2030 um 17:00',
    ]);
    await expect(app).to.be.accessible();
    choose('#recurrence-end-count');
    await fill('#recurrence-count', '3');
    await waitFor(() => previewDates().length === 3, 'three dates');
    choose('#recurrence-end-until');
    await fill('#recurrence-until', '15.03.2030');
    await waitFor(() => previewDates().length === 3 && previewDates()[2]!.includes('12. März'), 'until mid-March');
    await clickButton('Speichern');
    await waitFor(() => deepQuery('.banner'), 'the saved banner');
    expect(recordWriteLog.at(-1)!.body.recurrence).to.deep.equal({ rrule: 'FREQ=MONTHLY;BYDAY=2TU;UNTIL=20300315', exdates: [] });
    expect(recordWriteLog.at(-1)!.body.location, 'no address typed is no address').to.deep.equal({ kind: 'room', roomId: 'begegnungsraum-nord' });
  });

  it("warns in the preview when the start is no date of the rule, and shows the API's refusal at the field", async () => {
    const app = await openEvent();
    choose('#recurrence-weekly');
    await waitFor(() => deepQuery('#recurrence-day-WE'), 'the weekdays');
    choose('#recurrence-day-WE');
    choose('#recurrence-day-TU');
    await waitFor(() => textOf(deepQuery('.occurrence-preview')).includes('kein Termin dieser Regel'), 'the warning in the preview');
    await fill('#end-time', '16:00');
    await clickButton('Speichern');
    const summary = await waitFor(() => deepQuery('.error-summary'), 'the error summary');
    expect(deepActive()).to.equal(summary);
    expect([...summary.querySelectorAll('a')].map((a) => [a.getAttribute('href'), textOf(a)])).to.deep.equal([
      ['#end', 'Geben Sie das Ende mit Datum und Uhrzeit an; es liegt nicht vor dem Beginn.'],
      ['#recurrence', 'Prüfen Sie die Wiederholung: der Beginn muss ihr erster Termin sein.'],
    ]);
    expect(deepQuery<HTMLInputElement>('#end-time')!.value, 'nothing cleared').to.equal('16:00');
    expect(deepQuery<HTMLInputElement>('#end')!.getAttribute('aria-invalid')).to.equal('true');
    expect(deepQuery<HTMLInputElement>('#recurrence-day-WE')!.checked, 'the rule as chosen stays').to.equal(true);
    (summary.querySelector('a[href="#recurrence"]') as HTMLElement).click();
    expect(deepActive()?.id).to.equal('recurrence');
    await expect(app).to.be.accessible();
  });

  it('keeps a rule the words cannot say as text', async () => {
    const words = wordsOf('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=6', '2030-01-08');
    expect(words).to.include({ pattern: 'weekly', interval: 2, ending: 'count', count: 6 });
    expect(ruleOf(words!)).to.equal('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=6');
    expect(wordsOf('FREQ=MONTHLY;BYMONTHDAY=8', '2030-01-08')).to.equal(undefined);
    expect(wordsOf('FREQ=YEARLY', '2030-01-08')).to.equal(undefined);
    const app = await openEvent();
    choose('#recurrence-daily');
    await waitFor(() => deepQuery('#recurrence-interval'), 'the daily words');
    await fill('#recurrence-interval', '3');
    await waitFor(() => previewDates()[1]?.startsWith('Freitag, 11. Januar 2030'), 'every third day');
    await expect(app).to.be.accessible();
  });

  it("previews the unsaved event with the calendar's detail template, per language, falling back to German", async () => {
    const app = await openEvent();
    await fill('#title-de', 'Elterncafé am Dienstag');
    const preview = await waitFor(() => deepQuery('tk-office-event-preview')?.shadowRoot, 'the preview');
    await waitFor(() => textOf(preview.querySelector('.detail-title')) === 'Elterncafé am Dienstag', 'the unsaved title');
    expect(textOf(preview.querySelector('.facts'))).not.to.contain('Regelmäßiger Termin');
    choose('#recurrence-weekly');
    await waitFor(() => textOf(preview.querySelector('.facts')).includes('Regelmäßiger Termin'), 'marked as a series');
    const select = preview.querySelector<HTMLSelectElement>('#preview-locale')!;
    select.value = 'tr';
    select.dispatchEvent(new Event('change'));
    await waitFor(() => textOf(preview.querySelector('.detail-title')) === 'Veli kafesi', 'the Turkish title');
    await waitFor(() => preview.querySelector('.detail-description')?.getAttribute('lang') === 'de', 'the description falls back to German, marked');
    await expect(app).to.be.accessible();
  });

  it('on a 412 shows both versions of the Turkish title and of the series', async () => {
    const app = await openEvent({ recordConflict: true });
    choose('#recurrence-weekly');
    await waitFor(() => previewDates().length === 5, 'the weekly preview');
    await fill('#title-tr', 'Ebeveyn kafesi');
    await clickButton('Speichern');
    await waitFor(() => deepQuery('#conflict-title'), 'the conflict view');
    const fields = deepQueryAll('.conflict-field');
    const byLegend = (legend: string) => fields.find((f) => textOf(f.querySelector('legend')) === legend)!;
    const title = byLegend('Titel – Türkisch');
    expect([textOf(title.querySelector('[id$="-mine-text"]')), textOf(title.querySelector('[id$="-theirs-text"]'))]).to.deep.equal(['Ebeveyn kafesi', 'Veliler kafesi']);
    const series = byLegend('Wiederholung');
    expect([textOf(series.querySelector('[id$="-mine-text"]')), textOf(series.querySelector('[id$="-theirs-text"]'))]).to.deep.equal(['FREQ=WEEKLY;BYDAY=TU', '(leer)']);
    await expect(app).to.be.accessible();
  });
});

describe('office app: event form with the keyboard only', function () {
  this.timeout(60_000);

  it('makes a weekly series on Tuesdays and Thursdays with one exception and sees the next dates', async () => {
    recordWriteLog.length = 0;
    await openEvent();
    deepQuery<HTMLElement>('h1')!.focus();
    await tabTo((el) => el.id === 'recurrence', 'the repetition', 150);
    await sendKeys({ press: 'ArrowDown' });
    await waitFor(() => deepQuery('#recurrence-day-TH'), 'the weekdays');
    expect(deepQuery<HTMLInputElement>('#recurrence-day-TU')!.checked, 'the weekday of the start is ticked').to.equal(true);
    await tabTo((el) => el.id === 'recurrence-day-TH', 'Thursday');
    await sendKeys({ press: 'Space' });
    await tabTo((el) => el.id === 'exdate-new', 'the exception date');
    await sendKeys({ type: '15.01.2030' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => deepQuery('#exdate-0-remove'), 'the exception listed');
    expect(textOf(deepQuery('.exdate'))).to.contain('Dienstag, 15. Januar 2030');
    expect(deepActive()?.id, 'the focus stays to add another').to.equal('exdate-new');
    await waitFor(() => previewDates().length === 5, 'five dates');
    expect(previewDates()).to.deep.equal([
      'Dienstag, 8. Januar 2030 um 17:00',
      'Donnerstag, 10. Januar 2030 um 17:00',
      'Donnerstag, 17. Januar 2030 um 17:00',
      'Dienstag, 22. Januar 2030 um 17:00',
      'Donnerstag, 24. Januar 2030 um 17:00',
    ]);
    await tabTo((el) => el.matches('button.save'), 'Speichern', 150);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => (deepActive()?.matches('.banner') ? deepActive() : null), 'focus on the saved banner');
    expect(recordWriteLog.at(-1)!.body.recurrence).to.deep.equal({ rrule: 'FREQ=WEEKLY;BYDAY=TU,TH', exdates: ['2030-01-15T17:00:00+01:00'] });
  });
});

describe('office event form at 320 px', function () {
  this.timeout(30_000);
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 1280, height: 800 }));

  it('shows the series, its exceptions and the preview without sideways scrolling', async () => {
    await openEvent();
    choose('#recurrence-weekly');
    await waitFor(() => previewDates().length === 5, 'the preview');
    await fill('#exdate-new', '15.01.2030');
    await clickButton('Ausnahme hinzufügen');
    await waitFor(() => deepQuery('#exdate-0-remove'), 'the exception');
    expect(overflowingElements()).to.deep.equal([]);
  });
});
