/** Which form each kind of record has; the chassis draws any of them. */
import type { RecordCollection } from '@teilhabe/sdk';
import { finalizeFunding, fundingGroups } from './funding-fields.js';
import { finalizeOrganization, organizationGroups } from './organization-fields.js';
import type { FieldGroup, RecordData } from './record-fields.js';

export interface RecordFormDefinition {
  groups: () => FieldGroup[];
  /** The record keeps per-locale machine-translation marks (`machineTranslated`). */
  machineTranslated: boolean;
  /** The record as it is sent: empty parts removed the way the API expects. */
  finalize: (data: RecordData) => RecordData;
}

const FORMS: Partial<Record<RecordCollection, RecordFormDefinition>> = {
  organizations: { groups: organizationGroups, machineTranslated: true, finalize: finalizeOrganization },
  'funding-programs': { groups: fundingGroups, machineTranslated: true, finalize: finalizeFunding },
};

export const formFor = (collection: RecordCollection): RecordFormDefinition | undefined => FORMS[collection];
