/// <reference types="mocha" />
/** Pins the public API of <tk-mo-directory> as documented in the generated Custom Elements Manifest. */
import { expect } from '@open-wc/testing';

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
  slots?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

describe('custom elements manifest', () => {
  it('documents the attributes, events, slots, parts and CSS properties of tk-mo-directory', async () => {
    const manifest = (await (await fetch('/packages/components/custom-elements.json')).json()) as {
      modules: { declarations?: Declaration[] }[];
    };
    const directory = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === 'tk-mo-directory');
    expect(directory, 'run npm run analyze').to.exist;
    const names = (list: { name: string }[] | undefined) => (list ?? []).map((entry) => entry.name);
    expect(names(directory!.attributes)).to.include.members([
      'api-base', 'tenant', 'locale', 'topic', 'area', 'type', 'language', 'page-size', 'view', 'url-state', 'url-prefix', 'map-url', 'heading-level',
    ]);
    expect(names(directory!.events)).to.include.members(['tk-select', 'tk-navigate', 'tk-filter-change']);
    expect(names(directory!.slots)).to.include.members(['heading', 'intro']);
    expect(names(directory!.cssParts)).to.include.members(['base', 'card', 'dialog', 'chip', 'status']);
    expect(names(directory!.cssProperties)).to.include.members(['--tk-color-primary', '--tk-focus-color', '--tk-font-family']);
  });
});
