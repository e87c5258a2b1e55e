/**
 * msw's worker for Storybook, registered by an address relative to the
 * story frame: the built Storybook is served at /storybook/ (and the office's
 * at /storybook/office/), where an absolute /mockServiceWorker.js is not.
 */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { isCommonAssetRequest } from 'msw';

/** Storybook's own files, which no handler answers. */
const storybookFile = /\.mdx$|sb-common-assets|iframe\.html|sb-vite|@vite|\/virtual:|\.stories\./;

export async function relativeWorker(): Promise<SetupWorker> {
  const worker = setupWorker();
  await worker.start({
    quiet: true,
    serviceWorker: { url: new URL('mockServiceWorker.js', location.href).pathname },
    onUnhandledRequest(request, print) {
      if (isCommonAssetRequest(request) || storybookFile.test(request.url)) return;
      print.warning();
    },
  });
  return worker;
}
