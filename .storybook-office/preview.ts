import type { Preview } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { MOCK_SESSION_SECRET, officeHandlers } from '@teilhabe/mocks';
import type { OfficeStoryParameters } from '../stories/office/office-story.js';
import { relativeWorker } from '../stories/msw-worker.js';
import '../.storybook/preview.css';

const SESSION_KEY = 'tk-office:session:musterkreis';
const startMsw = mswLoader(relativeWorker);
const credentials = navigator.credentials as unknown as Record<string, unknown>;

/**
 * Before each story: the page's language (the app follows it), the session
 * in the tab, and fresh office mocks, so a story that decides or saves
 * starts from the fixtures again when it is opened again.
 */
async function officeLoader(context: Parameters<typeof startMsw>[0]) {
  const { signedIn, linkToken, ...options } = (context.parameters['office'] ?? {}) as OfficeStoryParameters;
  document.documentElement.lang = (context.globals['locale'] as string | undefined) ?? 'de';
  sessionStorage.clear();
  if (signedIn) sessionStorage.setItem(SESSION_KEY, MOCK_SESSION_SECRET);
  history.replaceState(history.state, '', `${location.pathname}${location.search}${linkToken ? `#token=${linkToken}` : ''}`);
  // A stand-in authenticator of an earlier story goes (a story's own loader sets one again).
  delete credentials['get'];
  await startMsw({ ...context, parameters: { ...context.parameters, msw: { handlers: officeHandlers(options) } } });
  return {};
}

const preview: Preview = {
  loaders: [officeLoader],
  globalTypes: {
    locale: {
      description: 'Sprache der Office-App',
      toolbar: {
        title: 'Sprache',
        icon: 'globe',
        items: [
          { value: 'de', title: 'Deutsch' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'de' },
  parameters: {
    layout: 'fullscreen',
    viewport: {
      options: {
        narrow: { name: 'Schmal (320 px)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
        tablet: { name: 'Tablet (768 px)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
        wide: { name: 'Breit (1280 px)', styles: { width: '1280px', height: '900px' }, type: 'desktop' },
      },
    },
  },
};

export default preview;
