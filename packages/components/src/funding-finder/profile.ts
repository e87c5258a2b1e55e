/**
 * The applicant profile of the questionnaire. It lives in the widget's memory;
 * it is written to `localStorage` only after the reader ticks the consent box,
 * and "Meine Angaben löschen" removes it from both. It never goes into the URL.
 */
import type { ApplicantProfile } from './funding-api.js';

/** A profile field the questionnaire or an "unknown" verdict asks about. */
export type QuestionKey = 'applicantKind' | 'area' | 'topics' | 'needs' | 'amountEur' | 'neededBy' | 'nonProfit' | 'ownContributionPercent';

/** The steps of the guided questionnaire, in order. */
export const STEPS: readonly QuestionKey[] = ['applicantKind', 'area', 'topics', 'needs', 'amountEur', 'neededBy'];

export const SUPPORT_TYPES = ['money', 'room', 'counselling', 'qualification'] as const;
export type SupportType = (typeof SUPPORT_TYPES)[number];

/** Removes empty answers, so that "weiß ich nicht" is simply a missing field. */
export function cleanProfile(profile: ApplicantProfile): ApplicantProfile {
  const clean: ApplicantProfile = {};
  for (const [key, value] of Object.entries(profile) as [keyof ApplicantProfile, unknown][]) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    (clean as Record<string, unknown>)[key] = value;
  }
  return clean;
}

/** The profile without one answer ("weiß ich nicht"). */
export function withoutAnswer(profile: ApplicantProfile, key: QuestionKey): ApplicantProfile {
  const next = { ...profile };
  delete next[key];
  return next;
}

const storageKey = (tenant: string) => `tk-funding-profile:${tenant || 'default'}`;

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // blocked storage (privacy settings) behaves like no consent
  }
}

/** The profile saved with consent, if any. */
export function loadSavedProfile(tenant: string): ApplicantProfile | undefined {
  const raw = storage()?.getItem(storageKey(tenant));
  if (!raw) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    return value && typeof value === 'object' && !Array.isArray(value) ? cleanProfile(value as ApplicantProfile) : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the profile; only call this after the reader consented. */
export function saveProfile(tenant: string, profile: ApplicantProfile): void {
  try {
    storage()?.setItem(storageKey(tenant), JSON.stringify(cleanProfile(profile)));
  } catch {
    // Full or blocked storage: the profile stays in memory only.
  }
}

export function forgetSavedProfile(tenant: string): void {
  try {
    storage()?.removeItem(storageKey(tenant));
  } catch {
    // nothing stored
  }
}
