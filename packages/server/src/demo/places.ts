/**
 * Geography of the fictional district: postal code, town name and an
 * approximate centre for each area code (around 50.8 N, 6.5 E).
 */
import type { Address } from '@teilhabe/contract';

export const AREA_CODES = [
  'musterstadt',
  'neuhausen',
  'lindenberg',
  'bergheim-ost',
  'auental',
  'kirchdorf',
  'waldbach',
  'rosenthal',
] as const;
export type AreaCode = (typeof AREA_CODES)[number];

export const AREAS: Record<AreaCode, { postalCode: string; city: string; latitude: number; longitude: number }> = {
  musterstadt: { postalCode: '52349', city: 'Musterstadt', latitude: 50.8003, longitude: 6.4821 },
  neuhausen: { postalCode: '52353', city: 'Neuhausen', latitude: 50.8224, longitude: 6.4517 },
  lindenberg: { postalCode: '52372', city: 'Lindenberg', latitude: 50.7762, longitude: 6.5304 },
  'bergheim-ost': { postalCode: '52379', city: 'Bergheim-Ost', latitude: 50.8451, longitude: 6.5452 },
  auental: { postalCode: '52382', city: 'Auental', latitude: 50.7598, longitude: 6.4603 },
  kirchdorf: { postalCode: '52385', city: 'Kirchdorf', latitude: 50.7351, longitude: 6.5058 },
  waldbach: { postalCode: '52391', city: 'Waldbach', latitude: 50.7905, longitude: 6.5897 },
  rosenthal: { postalCode: '52396', city: 'Rosenthal', latitude: 50.8502, longitude: 6.4208 },
};

/**
 * An address in an area. `n` shifts the point a little, deterministically,
 * so that markers of one town do not sit on top of each other.
 */
export function address(area: AreaCode, street: string, n = 0): Address {
  const a = AREAS[area];
  const dLat = (((n * 37) % 41) - 20) / 4000;
  const dLon = (((n * 53) % 43) - 21) / 3000;
  return {
    street,
    postalCode: a.postalCode,
    city: a.city,
    area,
    latitude: Math.round((a.latitude + dLat) * 10000) / 10000,
    longitude: Math.round((a.longitude + dLon) * 10000) / 10000,
  };
}
