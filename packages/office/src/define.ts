/** Registers the office app's elements (each only if its tag is free). */
import { TkOfficeApp } from './shell/office-app.js';
import { TkOfficeStart } from './start/start-page.js';
import { TkOfficeSignIn } from './sign-in/sign-in.js';
import { TkOfficeSetPassword } from './sign-in/set-password.js';
import { TkOfficeQueue } from './queue/booking-queue.js';
import { TkOfficeDecision } from './queue/decision.js';
import { TkOfficeDeclineCompeting } from './queue/decline-competing.js';
import { TkOfficeRoomTimeline } from './queue/room-timeline.js';
import { TkOfficeRecords } from './records/records-list.js';
import { TkOfficeRecordForm } from './records/record-form.js';
import { TkOfficeRecordHistory } from './records/record-history.js';
import { TkOfficeFreshness } from './freshness/stale-records.js';
import { TkOfficeStaleSummary } from './freshness/stale-summary.js';
import { TkOfficeReview } from './review/review-queue.js';
import { TkOfficeImport } from './import/organization-import.js';
import { TkOfficeStaff } from './staff/staff-list.js';
import { TkOfficeStaffInvite } from './staff/staff-invite.js';
import { TkOfficeStaffMember } from './staff/staff-member.js';
import { TkOfficeTokens } from './staff/tokens.js';
import { TkOfficeAccount } from './account/account-page.js';
import { TkOfficeTotpSetup } from './account/totp-setup.js';
import { TkOfficePasskeys } from './account/passkeys.js';
import { TkOfficeTaxonomies } from './taxonomies/taxonomy-list.js';
import { TkOfficeTaxonomyTerms } from './taxonomies/term-list.js';
import { TkOfficeTermForm } from './taxonomies/term-form.js';
import { TkOfficeEventSources } from './event-sources/source-list.js';
import { TkOfficeEventSourceForm } from './event-sources/source-form.js';

const elements: Record<string, CustomElementConstructor> = {
  'tk-office-app': TkOfficeApp,
  'tk-office-start': TkOfficeStart,
  'tk-office-sign-in': TkOfficeSignIn,
  'tk-office-set-password': TkOfficeSetPassword,
  'tk-office-queue': TkOfficeQueue,
  'tk-office-decision': TkOfficeDecision,
  'tk-office-decline-competing': TkOfficeDeclineCompeting,
  'tk-office-room-timeline': TkOfficeRoomTimeline,
  'tk-office-records': TkOfficeRecords,
  'tk-office-record-form': TkOfficeRecordForm,
  'tk-office-record-history': TkOfficeRecordHistory,
  'tk-office-freshness': TkOfficeFreshness,
  'tk-office-stale-summary': TkOfficeStaleSummary,
  'tk-office-review': TkOfficeReview,
  'tk-office-import': TkOfficeImport,
  'tk-office-staff': TkOfficeStaff,
  'tk-office-staff-invite': TkOfficeStaffInvite,
  'tk-office-staff-member': TkOfficeStaffMember,
  'tk-office-tokens': TkOfficeTokens,
  'tk-office-account': TkOfficeAccount,
  'tk-office-totp-setup': TkOfficeTotpSetup,
  'tk-office-passkeys': TkOfficePasskeys,
  'tk-office-taxonomies': TkOfficeTaxonomies,
  'tk-office-taxonomy-terms': TkOfficeTaxonomyTerms,
  'tk-office-term-form': TkOfficeTermForm,
  'tk-office-event-sources': TkOfficeEventSources,
  'tk-office-event-source-form': TkOfficeEventSourceForm,
};

for (const [tag, element] of Object.entries(elements)) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

declare global {
  interface HTMLElementTagNameMap {
    'tk-office-app': TkOfficeApp;
    'tk-office-start': TkOfficeStart;
    'tk-office-sign-in': TkOfficeSignIn;
    'tk-office-set-password': TkOfficeSetPassword;
    'tk-office-queue': TkOfficeQueue;
    'tk-office-decision': TkOfficeDecision;
    'tk-office-decline-competing': TkOfficeDeclineCompeting;
    'tk-office-room-timeline': TkOfficeRoomTimeline;
    'tk-office-records': TkOfficeRecords;
    'tk-office-record-form': TkOfficeRecordForm;
    'tk-office-record-history': TkOfficeRecordHistory;
    'tk-office-freshness': TkOfficeFreshness;
    'tk-office-stale-summary': TkOfficeStaleSummary;
    'tk-office-review': TkOfficeReview;
    'tk-office-import': TkOfficeImport;
    'tk-office-staff': TkOfficeStaff;
    'tk-office-staff-invite': TkOfficeStaffInvite;
    'tk-office-staff-member': TkOfficeStaffMember;
    'tk-office-tokens': TkOfficeTokens;
    'tk-office-account': TkOfficeAccount;
    'tk-office-totp-setup': TkOfficeTotpSetup;
    'tk-office-passkeys': TkOfficePasskeys;
    'tk-office-taxonomies': TkOfficeTaxonomies;
    'tk-office-taxonomy-terms': TkOfficeTaxonomyTerms;
    'tk-office-term-form': TkOfficeTermForm;
    'tk-office-event-sources': TkOfficeEventSources;
    'tk-office-event-source-form': TkOfficeEventSourceForm;
  }
}
