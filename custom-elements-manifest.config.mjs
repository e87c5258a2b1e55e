/**
 * Custom Elements Manifest of the widgets, from their JSDoc (`@summary @attr
 * @fires @slot @csspart`) and the theming contract (`theme/custom-properties.json`). `npm run analyze` writes
 * packages/components/custom-elements.json; Storybook's docs read it.
 */
import { readFileSync } from 'node:fs';

// The theming contract is written once (theme/custom-properties.json) and given to every widget here,
// instead of a copy of @cssprop lines in each widget's JSDoc.
const theme = JSON.parse(readFileSync(new URL('packages/components/src/theme/custom-properties.json', import.meta.url), 'utf8'));
const cssPropertiesOf = (tagName) =>
  [...theme.shared, ...(theme.widgets[tagName] ?? [])].map(({ name, description, default: byDefault }) => ({ name, description, default: byDefault }));

export default {
  // The chassis holds the attributes every widget has; the widgets inherit them in the manifest.
  globs: ['packages/components/src/**/*.component.ts', 'packages/components/src/shared/widget-element.ts'],
  exclude: ['**/generated/**'],
  outdir: 'packages/components',
  litelement: true,
  // Leave the root package.json alone; packages/components/package.json points at the manifest.
  packagejson: false,
  plugins: [
    {
      name: 'teilhabe-tag-names',
      // The class modules have no side effects; tie each class to the tag its define module registers.
      analyzePhase({ ts, node, moduleDoc }) {
        if (node.kind !== ts.SyntaxKind.ClassDeclaration || !node.name || !node.name.getText().startsWith('Tk')) return;
        const tag = node.name.getText().replace(/^Tk/, 'tk').replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
        const declaration = moduleDoc.declarations?.find((d) => d.name === node.name.getText());
        if (declaration) {
          declaration.tagName = tag;
          declaration.customElement = true;
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            // The chassis' typed emit() dispatches whatever it is given; the events are those documented with @fires.
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.description);
            if (!declaration.tagName) continue;
            module.exports = [
              ...(module.exports ?? []).filter((e) => e.kind !== 'custom-element-definition'),
              { kind: 'custom-element-definition', name: declaration.tagName, declaration: { name: declaration.name, module: module.path } },
            ];
            declaration.cssProperties = cssPropertiesOf(declaration.tagName);
            // Private state and internals are not API.
            declaration.members = (declaration.members ?? []).filter((m) => m.privacy !== 'private' && !m.name.startsWith('#'));
          }
        }
      },
    },
  ],
};
