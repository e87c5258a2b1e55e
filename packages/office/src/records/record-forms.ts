/** Which form each kind of record has; the chassis draws any of them. */
import type { RecordCollection, TaxonomyName } from '@teilhabe/sdk';
import { finalizeFunding, fundingGroups } from './funding-fields.js';
import { eventGroups, finalizeEvent } from './event-fields.js';
import { finalizeOrganization, organizationGroups } from './organization-fields.js';
import { finalizeRoom, roomGroups } from './room-fields.js';
import { finalizeVenue, venueGroups } from './venue-fields.js';
import type { FieldGroup, RecordData } from './record-fields.js';

export interface RecordFormDefinition {
  groups: () => FieldGroup[];
  /** The record keeps per-locale machine-translation marks (`machineTranslated`). */
  machineTranslated: boolean;
  /** The record as it is sent: empty parts removed the way the API expects. */
  finalize: (data: RecordData) => RecordData;
  /** Taxonomies whose terms the form offers as checkboxes. */
  taxonomies?: readonly TaxonomyName[];
}

const FORMS: Partial<Record<RecordCollection, RecordFormDefinition>> = {
  organizations: { groups: organizationGroups, machineTranslated: true, finalize: finalizeOrganization },
  venues: { groups: venueGroups, machineTranslated: false, finalize: finalizeVenue, taxonomies: ['areas'] },
  rooms: { groups: roomGroups, machineTranslated: true, finalize: finalizeRoom, taxonomies: ['equipment', 'accessibility'] },
  events: { groups: eventGroups, machineTranslated: true, finalize: finalizeEvent, taxonomies: ['event-formats', 'topics'] },
  'funding-programs': { groups: fundingGroups, machineTranslated: true, finalize: finalizeFunding },
};

export const formFor = (collection: RecordCollection): RecordFormDefinition | undefined => FORMS[collection];
