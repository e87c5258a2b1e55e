/// <reference types="mocha" />
/**
 * Reflow at 320 CSS pixels (WCAG 1.4.10): the queue with its filters and
 * cards, and the decision with its summary list, need no sideways scrolling.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { click, deepQuery, deepQueryAll, overflowingElements, renderOffice, waitFor } from './support.js';

describe('office app at 320 px', function () {
  this.timeout(30_000);
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 1280, height: 800 }));

  it('shows the queue and a decision without sideways scrolling', async () => {
    await renderOffice({ signedIn: true, route: 'bookings' });
    await waitFor(() => deepQueryAll('.request').length === 3, 'three requests');
    expect(overflowingElements()).to.deep.equal([]);
    await click('a.decide');
    await waitFor(() => deepQuery('tk-office-decision'), 'the decision');
    await click('#choice-declined');
    await waitFor(() => deepQuery('#reason'), 'the reason field');
    expect(overflowingElements()).to.deep.equal([]);
  });
});
