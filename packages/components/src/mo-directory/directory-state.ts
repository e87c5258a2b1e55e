/** The filter dimensions of the directory, as named in the API's query and facets. */
export const FILTER_KEYS = ['topic', 'type', 'language', 'area', 'offer'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Which taxonomy labels each filter's codes. */
export const TAXONOMY_OF: Record<FilterKey, 'topics' | 'organization-types' | 'languages' | 'areas' | 'offers'> = {
  topic: 'topics',
  type: 'organization-types',
  language: 'languages',
  area: 'areas',
  offer: 'offers',
};

/** What the reader searched and chose. Presets set by the host page are kept apart. */
export interface DirectoryState {
  q: string;
  filters: Record<FilterKey, string[]>;
}

export function emptyFilters(): Record<FilterKey, string[]> {
  return { topic: [], type: [], language: [], area: [], offer: [] };
}

/** Splits a preset attribute such as `topic="youth-education, sport"` into codes. */
export function parseCodes(value: string | undefined | null): string[] {
  return (value ?? '')
    .split(',')
    .map((code) => code.trim())
    .filter(Boolean);
}
