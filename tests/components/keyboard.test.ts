/// <reference types="mocha" />
/**
 * A keyboard-only reader (real key presses): finds an organisation, opens it,
 * reaches a contact link, closes the dialog with Escape and lands back on the card.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { cardNames, renderDirectory, settled, shadow, tabUntil, useScenario, waitFor } from './support.js';

function focused(root: ShadowRoot): Element | null {
  return root.activeElement;
}

describe('keyboard only', () => {
  beforeEach(() => useScenario('directory'));

  it('finds an organisation, opens it, reaches a contact link and closes the dialog with Escape', async () => {
    const start = await fixture<HTMLButtonElement>(html`<button>Vor dem Widget</button>`);
    const element = await renderDirectory();
    await settled(element);
    const root = shadow(element);
    start.focus();

    const search = await tabUntil(root, (el) => el.matches('input[type="search"]'), 'the search field');
    expect(search).to.exist;
    await sendKeys({ type: 'Anadolu' });
    await waitFor(() => cardNames(element).length === 1 && cardNames(element)[0]!.includes('Anadolu'), 'one result');
    await waitFor(() => root.querySelector('[role="status"]')!.textContent!.includes('1 Organisation gefunden'), 'count announced');

    const card = await tabUntil(root, (el) => el.matches('.card-open'), 'the result');
    expect(card.textContent).to.contain('Anadolu');
    await sendKeys({ press: 'Enter' });

    const dialog = root.querySelector('dialog')!;
    await waitFor(() => dialog.open && root.querySelector('.detail-section'), 'the detail dialog');
    expect(dialog.contains(focused(root))).to.equal(true, 'focus moves into the dialog');

    const mail = await tabUntil(root, (el) => el.matches('a[href^="mailto:"]'), 'a mailto link');
    expect(dialog.contains(mail)).to.equal(true);
    expect(mail.getAttribute('href')).to.match(/^mailto:/);

    await sendKeys({ press: 'Escape' });
    await waitFor(() => !dialog.open, 'the dialog to close');
    await waitFor(() => focused(root)?.matches('.card-open'), 'focus back on the card');
    expect(focused(root)!.textContent).to.contain('Anadolu');
  });

  it('keeps Tab inside the open dialog', async () => {
    const element = await renderDirectory();
    await settled(element);
    const root = shadow(element);
    root.querySelector<HTMLButtonElement>('.card-open')!.click();
    const dialog = root.querySelector('dialog')!;
    await waitFor(() => root.querySelector('.detail-section'), 'detail');
    for (let i = 0; i < 25; i++) {
      await sendKeys({ press: 'Tab' });
      const active = focused(root);
      // Focus may rest on the browser UI between wraps; it must never land on the page behind.
      if (active) expect(dialog.contains(active)).to.equal(true);
    }
    await sendKeys({ press: 'Escape' });
  });
});
