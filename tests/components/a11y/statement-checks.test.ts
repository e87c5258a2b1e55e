/// <reference types="mocha" />
/**
 * The axe check the accessibility statement names ("axe-languages" in
 * scripts/accessibility/checks.ts), run as the list says: every widget it
 * names, in every UI language, with its results shown.
 */
import { expect } from '@open-wc/testing';
import { scenarios, eventScenarios, roomScenarios, fundingScenarios } from '@teilhabe/mocks';
import type { RequestHandler } from 'msw';
import '../../../packages/components/src/mo-directory/define.js';
import '../../../packages/components/src/event-calendar/define.js';
import '../../../packages/components/src/room-booking/define.js';
import '../../../packages/components/src/funding-finder/define.js';
import { activeUiLocale } from '../../../packages/components/src/localization/index.js';
import { AXE_LOCALES, CHECKS, type WidgetTag } from '../../../scripts/accessibility/checks.js';
import { mockHandlers, renderWidget, shadow, waitFor } from '../widget-harness.js';

const RENDER: Partial<Record<WidgetTag, { handlers: () => RequestHandler[]; attributes: string; rendered: string }>> = {
  'tk-mo-directory': { handlers: () => scenarios.directory(), attributes: '', rendered: '.card-open' },
  'tk-event-calendar': { handlers: () => eventScenarios.calendar(), attributes: 'view="list"', rendered: '.event-item' },
  'tk-room-booking': { handlers: () => roomScenarios.rooms(), attributes: '', rendered: '.room-card' },
  'tk-funding-finder': { handlers: () => fundingScenarios.funding(), attributes: '', rendered: '.choice input' },
};

const check = CHECKS.find((c) => c.id === 'axe-languages')!;

for (const tag of Object.keys(check.evidence) as WidgetTag[]) {
  describe(`${tag} passes axe in every UI language`, function () {
    this.timeout(60_000);
    const render = RENDER[tag];
    it('has a way to render it here', () => expect(render, `add ${tag} to RENDER`).to.not.equal(undefined));
    for (const locale of AXE_LOCALES) {
      it(`${tag} in ${locale}`, async () => {
        await mockHandlers(render!.handlers());
        const element = await renderWidget<HTMLElement>(tag, { locale }, render!.attributes, { withoutUrlState: true });
        await waitFor(() => activeUiLocale() === locale, `the UI in ${locale}`);
        await waitFor(() => shadow(element).querySelector(render!.rendered), `${tag} to render`);
        await expect(element).to.be.accessible();
      });
    }
  });
}
