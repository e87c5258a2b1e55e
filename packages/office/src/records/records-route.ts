/** The screens under `records/`: `records` and `records/<kind>` list, `records/<kind>/<id>` is a record's form. */
import { html } from 'lit';
import type { TeilhabeClient } from '@teilhabe/sdk';
import { isRecordCollection } from './collections.js';

export function recordsScreen(client: TeilhabeClient | undefined, route: string) {
  const [, kind, id] = route.split('/');
  const collection = isRecordCollection(kind) ? kind : 'organizations';
  return id
    ? html`<tk-office-record-form .client=${client} .collection=${collection} .recordId=${decodeURIComponent(id)}></tk-office-record-form>`
    : html`<tk-office-records .client=${client} .collection=${collection}></tk-office-records>`;
}
