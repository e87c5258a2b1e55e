/**
 * Labels and choices of the calendar's filters. Topics, formats and areas
 * come from taxonomies; organisers and languages have none, so the calendar
 * offers those it has seen in the occurrences loaded so far.
 */
import type { CodeLabel, TaxonomyLabels } from '../shared/taxonomy-labels.js';
import type { EventOccurrence } from './calendar-api.js';
import { TAXONOMY_OF, type FilterKey } from './calendar-state.js';
import { builtInLabel } from './event-labels.js';

export class CalendarCodes {
  private readonly organizers = new Map<string, string>();
  private readonly languages = new Set<string>();

  /** Remembers the organisations and languages of loaded occurrences (they stay offered when the period moves on). */
  note(occurrences: readonly EventOccurrence[]): void {
    for (const occurrence of occurrences) {
      for (const organizer of occurrence.organizers) {
        if (organizer.kind === 'organization') this.organizers.set(organizer.id, organizer.name);
      }
      for (const language of occurrence.languages) this.languages.add(language);
    }
  }

  label(key: FilterKey, code: string, labels: TaxonomyLabels): CodeLabel {
    const builtIn = builtInLabel(key, code);
    if (builtIn) return { label: builtIn };
    if (key === 'language') return labels.label('languages', code);
    if (key === 'organizer') return { label: this.organizers.get(code) ?? code };
    return labels.label(TAXONOMY_OF[key] ?? '', code);
  }

  /** The codes offered for a filter, in display order. */
  options(key: FilterKey, labels: TaxonomyLabels): string[] {
    switch (key) {
      case 'free':
        return ['true'];
      case 'time':
        return ['evening', 'weekend'];
      case 'organizer':
        return ['office', ...[...this.organizers.keys()].sort((a, b) => (this.organizers.get(a) ?? a).localeCompare(this.organizers.get(b) ?? b))];
      case 'language':
        return [...this.languages].sort();
      default:
        return labels.codes(TAXONOMY_OF[key] ?? '');
    }
  }
}
