/// <reference types="mocha" />
/**
 * Headings (WCAG 1.3.1) follow `heading-level`: for each level 2–5 the
 * widget's headings start at that level and never skip one, the visually
 * hidden "Aktive Filter" heading included. Covers the directory and the
 * calendar; dialogs start their own outline and are left out.
 */
import { expect } from '@open-wc/testing';
import { scenarios, eventScenarios } from '@teilhabe/mocks';
import '../../../packages/components/src/mo-directory/define.js';
import '../../../packages/components/src/event-calendar/define.js';
import { mockHandlers, renderWidget, shadow, waitFor } from '../widget-harness.js';

function headingLevels(root: ShadowRoot): number[] {
  return [...root.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')]
    .filter((heading) => !heading.closest('dialog'))
    .map((heading) => Number(heading.getAttribute('aria-level') ?? heading.tagName.slice(1)));
}

function skips(levels: number[]): string[] {
  return levels.flatMap((level, index) => (index > 0 && level > levels[index - 1]! + 1 ? [`${levels[index - 1]} → ${level}`] : []));
}

const widgets = [
  { tag: 'tk-mo-directory', handlers: () => scenarios.directory(), attributes: '', rendered: '.card-open' },
  { tag: 'tk-event-calendar', handlers: () => eventScenarios.calendar(), attributes: 'view="list"', rendered: '.event-item' },
];

describe('headings are relative to heading-level, without skipped levels', function () {
  this.timeout(30_000);
  for (const widget of widgets) {
    for (const level of [2, 3, 4, 5]) {
      it(`${widget.tag} at heading-level ${level}`, async () => {
        await mockHandlers(widget.handlers());
        const element = await renderWidget<HTMLElement>(widget.tag, { locale: 'de' }, `heading-level="${level}" ${widget.attributes}`, { withoutUrlState: true });
        await waitFor(() => shadow(element).querySelector(widget.rendered), `${widget.tag} to render`);
        (await waitFor(() => shadow(element).querySelector<HTMLInputElement>('.filter-option input'), 'a filter option')).click();
        await waitFor(() => shadow(element).querySelector('#chips-heading'), 'the active filter');
        await waitFor(() => shadow(element).querySelector(widget.rendered), `${widget.tag} to show results`);
        const levels = headingLevels(shadow(element));
        expect(levels[0], 'the first heading').to.equal(level);
        expect(Math.min(...levels), 'no heading above the widget').to.equal(level);
        expect(skips(levels), `skipped levels in ${levels.join(' ')}`).to.deep.equal([]);
      });
    }
  }
});
