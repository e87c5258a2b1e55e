/// <reference types="mocha" />
/** Pins the public API of every widget as documented in the generated Custom Elements Manifest. */
import { expect } from '@open-wc/testing';

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
  slots?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

/** The attributes every widget has (documented once, on the chassis). */
const SHARED_ATTRIBUTES = ['api-base', 'tenant', 'locale', 'heading-level', 'url-state', 'url-prefix'];

const API: Record<string, { attributes: string[]; events: string[]; cssParts: string[] }> = {
  'tk-mo-directory': {
    attributes: ['topic', 'area', 'type', 'language', 'page-size', 'view', 'map-url'],
    events: ['tk-select', 'tk-navigate', 'tk-filter-change'],
    cssParts: ['base', 'card', 'dialog', 'chip', 'status'],
  },
  'tk-event-calendar': {
    attributes: ['topic', 'organizer', 'language', 'area', 'format', 'view', 'initial-date', 'max-per-day', 'organizer-href'],
    events: ['tk-select', 'tk-navigate', 'tk-filter-change'],
    cssParts: ['base', 'toolbar', 'month-grid', 'dialog', 'status'],
  },
  'tk-room-booking': {
    attributes: ['room', 'area', 'min-capacity', 'organization'],
    events: ['tk-room-select', 'tk-booking-created'],
    cssParts: ['base', 'search', 'week-grid', 'form', 'success'],
  },
  'tk-funding-finder': {
    attributes: ['mode', 'kind', 'topic', 'provider-level'],
    events: ['tk-select'],
    cssParts: ['base', 'step', 'list', 'card', 'detail'],
  },
  'tk-submit': {
    attributes: ['kind', 'privacy-url'],
    events: ['tk-submitted'],
    cssParts: ['base', 'error-summary', 'button'],
  },
};

describe('custom elements manifest', () => {
  let declarations: Declaration[] = [];
  before(async () => {
    const manifest = (await (await fetch('/packages/components/custom-elements.json')).json()) as { modules: { declarations?: Declaration[] }[] };
    declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  });
  const names = (list: { name: string }[] | undefined) => (list ?? []).map((entry) => entry.name);

  it('has exactly the widgets listed here', () => {
    expect(declarations.map((d) => d.tagName).filter(Boolean).sort()).to.deep.equal(Object.keys(API).sort());
  });

  for (const [tag, api] of Object.entries(API)) {
    it(`documents the attributes, events, slots, parts and CSS properties of ${tag}`, () => {
      const widget = declarations.find((d) => d.tagName === tag);
      expect(widget, 'run npm run analyze').to.exist;
      expect(names(widget!.attributes)).to.include.members([...SHARED_ATTRIBUTES, ...api.attributes]);
      expect(names(widget!.events).sort()).to.deep.equal([...api.events].sort());
      expect(names(widget!.slots)).to.include.members(['heading', 'intro']);
      expect(names(widget!.cssParts)).to.include.members(api.cssParts);
      expect(names(widget!.cssProperties)).to.include.members(['--tk-color-primary', '--tk-font-family']);
    });
  }
});
