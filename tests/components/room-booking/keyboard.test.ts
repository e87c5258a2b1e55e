/// <reference types="mocha" />
/**
 * A keyboard-only reader (real key presses, msw): finds an evening room with
 * the preset, opens its week, picks a free time with the arrow keys, fills in
 * the request and sends it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { bookingLog, roomScenarios } from '@teilhabe/mocks';
import { fillValidRequest, mockApi, renderBooking, shadow, tabUntil, waitFor } from './support.js';

describe('room booking with the keyboard only', function () {
  this.timeout(90_000);
  beforeEach(() => mockApi(roomScenarios.rooms()));

  it('finds an evening room and sends a valid request', async () => {
    const start = await fixture<HTMLButtonElement>(html`<button>Vor dem Widget</button>`);
    const element = await renderBooking();
    const root = shadow(element);
    await waitFor(() => root.querySelector('.room-card'), 'the first rooms');
    start.focus();

    const preset = await tabUntil(root, (el) => el.matches('.preset'), 'the evening preset');
    expect(preset.textContent).to.contain('Abends');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => preset.getAttribute('aria-pressed') === 'true', 'the preset to be on');
    await waitFor(() => root.querySelector<HTMLInputElement>('#search-timeFrom')?.value === '18:00', 'the time window from 18:00');
    await waitFor(() => root.querySelector('.room-card') && !root.querySelector('[aria-busy="true"]'), 'evening rooms');

    const open = await tabUntil(root, (el) => el.matches('.room-open'), 'a room');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => root.activeElement?.id === 'room-title', 'focus on the room title');
    expect(open.getAttribute('data-room-id')).to.be.a('string');
    await waitFor(() => root.querySelector('.week-grid, .week-body .state'), 'the week');

    // Weekends and short notice can leave the current week without a free time.
    for (let week = 0; week < 3 && !root.querySelector('.slot.free'); week++) {
      await tabUntil(root, (el) => el.textContent?.includes('Nächste Woche') ?? false, 'next week');
      await sendKeys({ press: 'Enter' });
      await waitFor(() => !root.querySelector('.week-body[aria-busy="true"]'), 'the next week');
    }
    const slot = await tabUntil(root, (el) => el.matches('.slot.free'), 'a free time');
    const free = root.querySelectorAll('.week-grid .slot.free');
    if (free.length > 1) {
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowUp' });
      expect(root.activeElement).to.equal(slot, 'the arrow keys move between free times');
    }
    await sendKeys({ press: 'Enter' });
    await waitFor(() => root.activeElement?.id === 'form-start', 'focus on the start time');
    expect(root.querySelector<HTMLInputElement>('#form-date')!.value).to.match(/^\d{4}-\d{2}-\d{2}$/);

    await tabUntil(root, (el) => el.id === 'form-name', 'the name field');
    await sendKeys({ type: 'Maryam Beispiel' });
    await tabUntil(root, (el) => el.id === 'form-email', 'the e-mail field');
    await sendKeys({ type: 'maryam@example.org' });
    await tabUntil(root, (el) => el.id === 'form-purpose', 'the purpose');
    await sendKeys({ type: 'Vorstandssitzung am Abend' });
    await tabUntil(root, (el) => el.id === 'form-attendees', 'the number of people');
    await sendKeys({ type: '8' });
    await tabUntil(root, (el) => el.id === 'form-isPublic-yes', 'the public question');
    await sendKeys({ press: 'ArrowDown' });
    expect(root.querySelector<HTMLInputElement>('#form-isPublic-no')!.checked).to.equal(true);
    await tabUntil(root, (el) => el.id === 'form-acceptHouseRules', 'the house rules');
    await sendKeys({ press: 'Space' });
    const before = bookingLog.length;
    await tabUntil(root, (el) => el.matches('button[type="submit"]'), 'the submit button');
    await sendKeys({ press: 'Enter' });

    await waitFor(() => root.activeElement?.id === 'success-title', 'focus on the confirmation', 15_000);
    expect(root.querySelector('#success-title')!.textContent).to.match(/Gebucht|Anfrage eingegangen/);
    expect(root.querySelector('[part="manage-link"]')!.getAttribute('href')).to.contain('token=');
    expect(root.querySelector('a[download]')!.getAttribute('href')).to.match(/^blob:/);
    expect(bookingLog.length - before).to.equal(1);
  });

  it('a double click sends one request with one idempotency key', async () => {
    const element = await renderBooking({}, 'room="rathaus-sitzungszimmer"');
    const root = await fillValidRequest(element);
    const before = bookingLog.length;
    const button = root.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    button.click();
    button.click();
    await waitFor(() => root.querySelector('.success'), 'the confirmation');
    expect(bookingLog.length - before).to.equal(1);
  });

  it('sent empty: the error summary takes focus and links to the fields; nothing is cleared', async () => {
    const element = await renderBooking({}, 'room="rathaus-sitzungszimmer"');
    const root = shadow(element);
    await waitFor(() => root.querySelector('#form-date'), 'the form');
    const email = root.querySelector<HTMLInputElement>('#form-email')!;
    email.value = 'kein-at-zeichen';
    email.dispatchEvent(new Event('input'));
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitFor(() => root.activeElement?.matches('.error-summary'), 'focus on the error summary');
    const links = [...root.querySelectorAll('.error-summary a')].map((a) => a.textContent!.trim());
    expect(links.some((text) => text.startsWith('E-Mail-Adresse: Geben Sie die E-Mail-Adresse in der richtigen Form an'))).to.equal(true);
    expect(email.value).to.equal('kein-at-zeichen');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(email.getAttribute('aria-describedby')).to.contain('form-email-error');
    (root.querySelector('.error-summary a[href="#form-email"]') as HTMLAnchorElement).click();
    expect(root.activeElement).to.equal(email);
  });
});
