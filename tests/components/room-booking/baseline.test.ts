/// <reference types="mocha" />
/** The baseline suite for <tk-room-booking> (it keeps nothing in the URL and fires no tk-filter-change). */
import { bookingHandlers, roomFixtures, roomHandlers, roomScenarios } from '@teilhabe/mocks';
import '../../../packages/components/src/room-booking/define.js';
import { runWidgetBaselineSuite } from '../baseline-suite.js';

const API = '*/v1/:tenant';
const hostileRoom = { ...roomFixtures[0]!, id: 'hostile-room', name: '<img src=x onerror="window.__tkInjected=true">Raum' };

runWidgetBaselineSuite({
  tag: 'tk-room-booking',
  scenarios: {
    handlers: roomScenarios.rooms,
    ready: (root) => root.querySelector('.room-card'),
    title: { de: 'Raum finden und anfragen', en: 'Find and request a room' },
    requests: [
      { name: 'the rooms', path: `${API}/rooms`, failed: (root) => root.querySelector('.results-area .state-error'), recovered: (root) => root.querySelector('.room-card') },
      {
        name: 'the taxonomies',
        path: `${API}/taxonomies/:name`,
        failed: (root) => root.querySelector('.taxonomy-notice'),
        recovered: (root) => !root.querySelector('.taxonomy-notice') && root.querySelector('.room-card'),
      },
      {
        name: 'the week of a room',
        path: `${API}/rooms/:id/availability`,
        trigger: async (root) => root.querySelector<HTMLButtonElement>('.room-open')!.click(),
        failed: (root) => root.querySelector('.week-body .state-error'),
        recovered: (root) => root.querySelector('.week-grid'),
      },
    ],
    hostile: { handlers: () => [...roomHandlers({ rooms: [hostileRoom, ...roomFixtures] }), ...bookingHandlers('accept')], shownAsText: (root) => root.textContent?.includes('<img src=x') },
  },
});
