/// <reference types="mocha" />
/** The chassis on its own: the tenant's time zone, relative api-base, the live announcer. */
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { WidgetElement, resolveApiBase } from '../../packages/components/src/shared/widget-element.js';
import type { TaxonomyTerm } from '@teilhabe/sdk';
import { waitFor } from './widget-harness.js';

interface ProbeApi {
  getTaxonomy(name: string): Promise<TaxonomyTerm[]>;
  getTimeZone?(options: { signal?: AbortSignal }): Promise<string | undefined>;
}

class TkChassisProbe extends WidgetElement<ProbeApi> {
  protected readonly taxonomies = [];
  protected createApi(): ProbeApi {
    return { getTaxonomy: async () => [] };
  }
  protected localeChanged(): void {}
  zone(): string {
    return this.timeZone;
  }
  say(text: string): void {
    this.announcer.announce(text);
  }
  spoken(): string {
    return this.announcer.message;
  }
  protected override render() {
    return this.frame('Probe', () => litHtml`<p>ok</p>`);
  }
}
customElements.define('tk-chassis-probe', TkChassisProbe);

describe('the widget chassis', () => {
  it("takes the tenant's time zone from the data calls, Europe/Berlin until then", async () => {
    const element = await fixture<TkChassisProbe>(html`<tk-chassis-probe></tk-chassis-probe>`);
    expect(element.zone()).to.equal('Europe/Berlin');
    element.api = { getTaxonomy: async () => [], getTimeZone: async () => 'Pacific/Auckland' };
    await waitFor(() => element.zone() === 'Pacific/Auckland', 'the tenant zone');
  });

  it('keeps Europe/Berlin when the tenant list cannot be loaded', async () => {
    const element = await fixture<TkChassisProbe>(html`<tk-chassis-probe></tk-chassis-probe>`);
    let asked = false;
    element.api = {
      getTaxonomy: async () => [],
      getTimeZone: async () => {
        asked = true;
        throw new Error('offline');
      },
    };
    await waitFor(() => asked, 'the request');
    await element.updateComplete;
    expect(element.zone()).to.equal('Europe/Berlin');
  });

  it('resolves a relative api-base against the page and refuses other schemes', () => {
    expect(resolveApiBase('/')).to.equal(location.origin);
    expect(resolveApiBase('/daten/')).to.equal(`${location.origin}/daten`);
    expect(resolveApiBase('https://daten.example/')).to.equal('https://daten.example');
    expect(resolveApiBase('javascript:alert(1)')).to.equal(undefined);
    expect(resolveApiBase('  ')).to.equal(undefined);
  });

  it('announces an unchanged message again', async () => {
    const element = await fixture<TkChassisProbe>(html`<tk-chassis-probe></tk-chassis-probe>`);
    element.say('3 Räume gefunden');
    const first = element.spoken();
    element.say('3 Räume gefunden');
    expect(element.spoken()).to.not.equal(first);
    expect(element.spoken().trim()).to.equal('3 Räume gefunden');
  });
});
