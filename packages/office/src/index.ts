/** @teilhabe/office: the integration office's app. Importing this entry registers nothing; `define.js` does. */
export { TkOfficeApp } from './shell/office-app.js';
export { TkOfficeStart } from './start/start-page.js';
export { TkOfficeSignIn, type SignedInDetail } from './sign-in/sign-in.js';
export { TkOfficeSetPassword } from './sign-in/set-password.js';
export { TkOfficeQueue } from './queue/booking-queue.js';
export { TkOfficeDecision, type DecidedDetail } from './queue/decision.js';
export { TkOfficeDeclineCompeting } from './queue/decline-competing.js';
export { TkOfficeRoomTimeline } from './queue/room-timeline.js';
export { TkOfficeStaff } from './staff/staff-list.js';
export { TkOfficeTokens } from './staff/tokens.js';
export { TkOfficeAccount } from './account/account-page.js';
export { TkOfficeTaxonomies } from './taxonomies/taxonomy-list.js';
export { TkOfficeTaxonomyTerms } from './taxonomies/term-list.js';
export { TkOfficeTermForm } from './taxonomies/term-form.js';
export { TkOfficeEventSources } from './event-sources/source-list.js';
export { router, type RoutingMode } from './shell/router.js';
