/// <reference types="mocha" />
/** Reflow at 320 CSS pixels (WCAG 1.4.10): the records list, the organisation form with its language columns, the 412 comparison and the freshness list. */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { clickButton, deepQuery, deepQueryAll, fill, overflowingElements, renderOffice, waitFor } from './support.js';

describe('office records at 320 px', function () {
  this.timeout(30_000);
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 1280, height: 800 }));

  it('shows the list, the form, the comparison and the freshness list without sideways scrolling', async () => {
    await renderOffice({ signedIn: true, route: 'records/organizations', recordConflict: true });
    await waitFor(() => deepQueryAll('.record-list li').length === 2, 'the list');
    expect(overflowingElements()).to.deep.equal([]);
    (deepQuery<HTMLAnchorElement>('.record-list a')!).click();
    await waitFor(() => deepQuery<HTMLInputElement>('#name')?.value, 'the form');
    expect(overflowingElements()).to.deep.equal([]);
    await fill('#description-tr', 'Benim metnim');
    await clickButton('Speichern');
    await waitFor(() => deepQuery('#conflict-title'), 'the comparison');
    expect(overflowingElements()).to.deep.equal([]);
  });

  it('shows the freshness list without sideways scrolling', async () => {
    await renderOffice({ signedIn: true, route: 'freshness' });
    await waitFor(() => deepQueryAll('.stale-list li').length === 2, 'the stale records');
    expect(overflowingElements()).to.deep.equal([]);
  });
});
