/**
 * The record a row makes: a new one from the row alone, or the existing one
 * with the row merged in. Merge rule: a non-empty cell replaces the stored
 * e-mail, phone, website or address part; an empty cell never erases;
 * lists (types, languages, topics, offers, areas, umbrellas) are joined; a new
 * contact person is added. The name and the texts stay as stored: the
 * duplicate was found by them, and the office's texts are usually the
 * better ones.
 */
import type { RowFields } from './row-record.js';

type Stored = Record<string, unknown>;

const join = (a: unknown, b: string[] | undefined) => [...new Set([...((a as string[] | undefined) ?? []), ...(b ?? [])])];

/** Street, PLZ and town belong together; a town alone only sets the area. */
function addressFrom(fields: RowFields, stored: Stored | null): unknown {
  const parts = { street: fields.street, postalCode: fields.postalCode, city: fields.city, area: fields.area };
  const given = Object.fromEntries(Object.entries(parts).filter(([, value]) => value !== undefined));
  if (Object.keys(given).length === 0) return stored;
  if (!stored && fields.street === undefined && fields.postalCode === undefined) return null;
  const address: Record<string, unknown> = { ...stored, ...given };
  // Coordinates belong to the old street; a new street has none until someone places it.
  if (stored && fields.street !== undefined && fields.street !== stored.street) {
    delete address.latitude;
    delete address.longitude;
  }
  return address;
}

function contactsFrom(fields: RowFields, stored: unknown): unknown[] {
  const contacts: unknown[] = [...((stored as unknown[] | undefined) ?? [])];
  const name = fields.contactName;
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  // Imported people are not published: a list does not record their consent.
  if (name && !contacts.some((contact) => same((contact as { name: string }).name, name))) contacts.push({ name, publicationConsent: false, topics: [], languages: [] });
  return contacts;
}

export function newRecordFrom(id: string, fields: RowFields, defaultType: string | undefined): Stored {
  const text = fields.shortDescription ?? fields.name ?? '';
  return {
    id,
    name: fields.name ?? '',
    shortDescription: { de: text },
    description: { de: text },
    types: fields.types ?? (defaultType ? [defaultType] : []),
    topics: fields.topics ?? [],
    languages: fields.languages ?? [],
    areas: fields.areas ?? [],
    offers: fields.offers ?? [],
    address: addressFrom(fields, null),
    contacts: contactsFrom(fields, []),
    website: fields.website ?? null,
    email: fields.email ?? null,
    phone: fields.phone ?? null,
    umbrellaIds: fields.umbrellaIds?.filter((umbrella) => umbrella !== id) ?? [],
    verifiedAt: null,
  };
}

export function mergeIntoExisting(stored: Stored, fields: RowFields): Stored {
  const id = stored.id as string;
  return {
    ...stored,
    types: join(stored.types, fields.types),
    topics: join(stored.topics, fields.topics),
    languages: join(stored.languages, fields.languages),
    areas: join(stored.areas, fields.areas),
    offers: join(stored.offers, fields.offers),
    address: addressFrom(fields, (stored.address as Stored | null) ?? null),
    contacts: contactsFrom(fields, stored.contacts),
    website: fields.website ?? stored.website ?? null,
    email: fields.email ?? stored.email ?? null,
    phone: fields.phone ?? stored.phone ?? null,
    umbrellaIds: join(stored.umbrellaIds, fields.umbrellaIds).filter((umbrella) => umbrella !== id),
  };
}
