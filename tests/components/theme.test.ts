/// <reference types="mocha" />
/**
 * The theming contract in a real browser: a host page's `--tk-*` properties
 * reach every widget's shadow DOM, links take the primary colour unless the
 * page sets a link colour, and chips follow the theme's radius (pills only
 * while the page sets none). The list itself is checked in tests/theme.
 */
import { expect } from '@open-wc/testing';
import { mockApi, renderBooking, shadow, waitFor } from './room-booking/support.js';
import { mockApi as mockDirectory, renderDirectory, settled } from './support.js';

const colorOf = (element: Element) => getComputedStyle(element).color;

describe('theming contract', () => {
  afterEach(() => document.documentElement.removeAttribute('style'));

  it('chips of the room booking are pills by default and follow --tk-radius once a theme sets it', async () => {
    await mockApi();
    const element = await renderBooking();
    const chip = await waitFor(() => shadow(element).querySelector('.chip.preset'), 'the preset chips');
    expect(getComputedStyle(chip).borderTopLeftRadius).to.equal('999px');
    document.documentElement.style.setProperty('--tk-radius', '0px');
    expect(getComputedStyle(chip).borderTopLeftRadius).to.equal('0px');
    document.documentElement.style.setProperty('--tk-radius-chip', '4px');
    expect(getComputedStyle(chip).borderTopLeftRadius, '--tk-radius-chip wins').to.equal('4px');
  });

  it('links follow --tk-color-primary unless --tk-color-link is set', async () => {
    await mockDirectory();
    const element = await renderDirectory();
    await settled(element);
    shadow(element).querySelector<HTMLButtonElement>('.card-open')!.click();
    const link = await waitFor(() => shadow(element).querySelector('dialog a[href]'), "a link in an organisation's details");
    document.documentElement.style.setProperty('--tk-color-primary', 'rgb(120, 0, 60)');
    expect(colorOf(link)).to.equal('rgb(120, 0, 60)');
    document.documentElement.style.setProperty('--tk-color-link', 'rgb(0, 90, 30)');
    expect(colorOf(link)).to.equal('rgb(0, 90, 30)');
  });
});
