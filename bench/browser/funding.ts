/** The funding finder's figures; filled in once `<tk-funding-finder>` has landed. */
import type { Browser } from 'playwright-core';
import type { Profile } from '../lib/options.js';
import type { Report } from '../lib/report.js';

export async function funding(_browser: Browser, _origin: string, _profile: Profile, report: Report) {
  report.missing('browser', '<tk-funding-finder> 500 programmes: answer → ranked list', 'not built yet');
}
