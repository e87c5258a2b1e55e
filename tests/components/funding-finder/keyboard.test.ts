/// <reference types="mocha" />
/**
 * Keyboard only, real key presses: completes the questionnaire (choices with
 * Space, "Weiß ich nicht" and "Weiter" with Enter, focus on each new step's
 * heading), reaches a result and opens it, goes back to the list.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mockApi, renderFinder, shadow, stepReady, tabUntil, waitFor } from './support.js';

describe('keyboard only', function () {
  this.timeout(60_000);
  beforeEach(() => mockApi());

  it('completes the questionnaire and opens a result', async () => {
    const start = await fixture<HTMLButtonElement>(html`<button>Vor dem Widget</button>`);
    const element = await renderFinder();
    await stepReady(element);
    const root = shadow(element);
    start.focus();

    // Step 1: a radio, chosen with Space, then "Weiter".
    await tabUntil(root, (el) => el.matches('input[name="step-applicantKind"]'), 'the first choice');
    while (!root.activeElement!.matches('#step-applicantKind-migrant-organization')) await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Space' });
    await tabUntil(root, (el) => el.matches('#step-next'), 'Weiter');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => root.activeElement?.matches('#step-heading') && root.activeElement.textContent!.includes('Schritt 2 von 6'), 'focus on the heading of step 2');

    // Step 2: "Weiß ich nicht".
    await tabUntil(root, (el) => el.matches('#step-unknown'), 'Weiß ich nicht');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => root.activeElement?.textContent?.includes('Schritt 3 von 6'), 'step 3');

    // Step 3: a topic checkbox.
    await tabUntil(root, (el) => el.matches('#step-topics-culture'), 'the culture topic');
    await sendKeys({ press: 'Space' });
    await tabUntil(root, (el) => el.matches('#step-next'), 'Weiter');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => root.activeElement?.textContent?.includes('Schritt 4 von 6'), 'step 4');

    // Step 4: money.
    await tabUntil(root, (el) => el.matches('#step-needs-money'), 'money');
    await sendKeys({ press: 'Space' });
    await tabUntil(root, (el) => el.matches('#step-next'), 'Weiter');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => root.activeElement?.textContent?.includes('Schritt 5 von 6'), 'step 5');

    // Step 5: a wrong amount first: the error summary takes focus, the text stays.
    await tabUntil(root, (el) => el.matches('#step-amountEur'), 'the amount');
    await sendKeys({ type: 'viel' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => root.activeElement?.matches('#step-error-summary'), 'the error summary');
    expect(root.querySelector<HTMLInputElement>('#step-amountEur')!.value).to.equal('viel');
    expect(root.querySelector('#step-amountEur')!.getAttribute('aria-invalid')).to.equal('true');
    await tabUntil(root, (el) => el.matches('#step-amountEur'), 'the amount again');
    await sendKeys({ press: 'End' });
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '1500' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => root.activeElement?.textContent?.includes('Schritt 6 von 6'), 'step 6');

    // Step 6: "Weiß ich nicht" → the ranked list, focus on its heading.
    await tabUntil(root, (el) => el.matches('#step-unknown'), 'Weiß ich nicht');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => root.activeElement?.matches('#results-heading') && root.querySelector('article[data-fit]'), 'the ranked list');
    await waitFor(() => root.querySelector('[role="status"]')!.textContent!.includes('Passt:'), 'the result summary announced');

    // Open the first result.
    const first = await tabUntil(root, (el) => el.matches('.card-open'), 'the first result');
    const id = (first as HTMLElement).dataset['open']!;
    await sendKeys({ press: 'Enter' });
    await waitFor(() => root.activeElement?.matches('#detail-heading') && root.querySelector('.detail-section'), 'the detail with focus on its heading');
    const mail = await tabUntil(root, (el) => el.matches('a[href^="mailto:"], .back'), 'a link in the detail');
    expect(mail).to.exist;

    // Back to the list: focus returns to the result.
    root.querySelector<HTMLButtonElement>('.back')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => (root.activeElement as HTMLElement | null)?.dataset['open'] === id, 'focus back on the result');
  });
});
