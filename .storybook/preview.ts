import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import customElements from '../packages/components/custom-elements.json';
import { inPage } from '../stories/page-context.js';
import { relativeWorker } from '../stories/msw-worker.js';
import '../packages/components/src/theme/kern.css';
import './preview.css';

setCustomElementsManifest(customElements);

const preview: Preview = {
  loaders: [mswLoader(relativeWorker)],
  globalTypes: {
    locale: {
      description: 'Sprache der Seite (lang)',
      toolbar: {
        title: 'Sprache',
        icon: 'globe',
        items: [
          { value: 'de', title: 'Deutsch' },
          { value: 'en', title: 'English' },
          { value: 'tr', title: 'Türkçe' },
          { value: 'ar', title: 'العربية', right: 'RTL' },
          { value: 'uk', title: 'Українська' },
          { value: 'ru', title: 'Русский' },
          { value: 'fa', title: 'فارسی', right: 'RTL' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Standard' },
          { value: 'kern', title: 'KERN-Stil' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'de', theme: 'default' },
  // A story's own locale (the language stories set it) wins over the toolbar's, so docs pages show each story in its language.
  decorators: [
    (story, context) =>
      inPage(story() as never, { locale: (context.args['locale'] as string | undefined) || (context.globals['locale'] ?? 'de'), theme: context.globals['theme'] ?? 'default' }),
  ],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    msw: { handlers: [] },
    viewport: {
      options: {
        narrow: { name: 'Schmal (320 px)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
        phone: { name: 'Telefon (390 px)', styles: { width: '390px', height: '844px' }, type: 'mobile' },
        tablet: { name: 'Tablet (768 px)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
        wide: { name: 'Breit (1280 px)', styles: { width: '1280px', height: '900px' }, type: 'desktop' },
      },
    },
  },
};

export default preview;
