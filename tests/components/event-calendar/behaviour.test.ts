/// <reference types="mocha" />
/** Filters in the URL, chips, JSON-LD, status marked by text, fallback-language marking, hostile data. */
import { expect } from '@open-wc/testing';
import { renderCalendar, settled, shadow, useScenario, waitFor } from './support.js';

describe('event calendar behaviour', function () {
  this.timeout(60_000);
  afterEach(() => {
    const url = new URL(location.href);
    for (const name of [...url.searchParams.keys()]) if (name.startsWith('tk-cal-')) url.searchParams.delete(name);
    history.replaceState(null, '', url.href);
  });

  it('reflects a filter in the URL, shows a removable chip and filters by time of day', async () => {
    await useScenario('calendar');
    const element = await renderCalendar({}, 'url-state="query" view="list"');
    await settled(element);
    const root = shadow(element);
    const before = root.querySelectorAll('.event-item').length;
    expect(before).to.be.greaterThan(3);
    root.querySelector<HTMLElement>('[data-filter-key="time"] summary')!.click();
    root.querySelector<HTMLInputElement>('#filter-time-evening')!.click();
    await waitFor(() => new URL(location.href).searchParams.get('tk-cal-time') === 'evening', 'URL parameter');
    await waitFor(() => root.querySelectorAll('.event-item').length < before, 'fewer events');
    const chip = await waitFor(() => root.querySelector<HTMLButtonElement>('.chip'), 'chip');
    expect(chip.textContent).to.contain('Abends');
    chip.click();
    await waitFor(() => !new URL(location.href).searchParams.has('tk-cal-time'), 'parameter removed');
    await waitFor(() => root.querySelectorAll('.event-item').length === before, 'all events back');
  });

  it('writes schema.org Event JSON-LD of the visible events into the light DOM', async () => {
    await useScenario('calendar');
    const element = await renderCalendar({}, 'view="list"');
    await settled(element);
    const script = await waitFor(() => element.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]'), 'JSON-LD');
    const data = JSON.parse(script.textContent!) as { '@graph': Array<Record<string, unknown>> };
    expect(data['@graph'].length).to.be.greaterThan(3);
    expect(data['@graph'].every((event) => event['@type'] === 'Event')).to.equal(true);
    expect(data['@graph'].some((event) => event['eventStatus'] === 'https://schema.org/EventCancelled')).to.equal(true);
  });

  it('marks cancelled events by text and fallen-back titles by lang', async () => {
    await useScenario('calendar');
    const element = await renderCalendar({ locale: 'en' }, 'view="list"');
    await settled(element);
    const root = shadow(element);
    const cancelled = await waitFor(() => root.querySelector('.event-item.cancelled'), 'cancelled event');
    expect(cancelled.textContent).to.contain('Cancelled');
    // The Turkish parents' seminar has no English title: it is German, and says so.
    await waitFor(() => root.querySelector('.event-title[lang="de"]'), 'German title marked');
  });

  it('shows hostile data as text', async () => {
    await useScenario('hostile');
    const element = await renderCalendar({}, 'view="list"');
    await settled(element);
    const root = shadow(element);
    await waitFor(() => root.textContent!.includes('<img src=x onerror=alert(1)>Feier'), 'markup as text');
    expect(root.querySelector('img')).to.equal(null);
    expect([...root.querySelectorAll('a')].every((a) => !a.href.startsWith('javascript:'))).to.equal(true);
  });
});
