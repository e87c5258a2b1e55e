/** How many records use a term, in words: "3 Organisationen, 2 Veranstaltungen". */
import { msg, str } from '@lit/localize';
import type { TermUsage } from '@teilhabe/sdk';
import { formatList, formatNumber } from '../shared/from-components.js';
import { activeOfficeLocale } from '../localization/index.js';

type Kind = Exclude<keyof TermUsage, 'total'>;

function countOf(kind: Kind, count: number): string {
  const n = formatNumber(count, activeOfficeLocale());
  const one = count === 1;
  switch (kind) {
    case 'organizations':
      return one ? msg('1 Organisation', { id: 'taxonomies.usage.organizations.one' }) : msg(str`${n} Organisationen`, { id: 'taxonomies.usage.organizations.other' });
    case 'events':
      return one ? msg('1 Veranstaltung', { id: 'taxonomies.usage.events.one' }) : msg(str`${n} Veranstaltungen`, { id: 'taxonomies.usage.events.other' });
    case 'venues':
      return one ? msg('1 Ort', { id: 'taxonomies.usage.venues.one' }) : msg(str`${n} Orte`, { id: 'taxonomies.usage.venues.other' });
    case 'rooms':
      return one ? msg('1 Raum', { id: 'taxonomies.usage.rooms.one' }) : msg(str`${n} Räume`, { id: 'taxonomies.usage.rooms.other' });
    case 'fundingPrograms':
      return one ? msg('1 Förderprogramm', { id: 'taxonomies.usage.funding.one' }) : msg(str`${n} Förderprogramme`, { id: 'taxonomies.usage.funding.other' });
    case 'eventSources':
      return one ? msg('1 Kalender-Import', { id: 'taxonomies.usage.sources.one' }) : msg(str`${n} Kalender-Importe`, { id: 'taxonomies.usage.sources.other' });
  }
}

const KINDS: readonly Kind[] = ['organizations', 'events', 'venues', 'rooms', 'fundingPrograms', 'eventSources'];

export function usageText(usage: TermUsage): string {
  if (usage.total === 0) return msg('Von keinem Eintrag verwendet', { id: 'taxonomies.usage.none' });
  const parts = KINDS.filter((kind) => usage[kind] > 0).map((kind) => countOf(kind, usage[kind]));
  return msg(str`Verwendet von ${formatList(parts, activeOfficeLocale())}`, { id: 'taxonomies.usage.some' });
}
