import type { ReactiveControllerHost } from 'lit';
import type { ActiveFilter } from './filter-chips.js';
import type { CodeLabel } from './taxonomy-labels.js';
import type { FilterState } from './url-state.js';

/**
 * The chosen codes of one filter after the reader checks or unchecks `code`.
 * A newly checked code goes last, so chips keep the order of choosing.
 */
export function withCodeChecked(codes: readonly string[], code: string, checked: boolean): string[] {
  const rest = codes.filter((value) => value !== code);
  return checked ? [...rest, code] : rest;
}

/**
 * What the reader chose in a widget's filters, one list of codes per filter
 * dimension. The host re-renders on every change; telling the page and the
 * URL about it is the widget's business.
 */
export class FilterSelectionController<Key extends string> {
  selected: Record<Key, string[]>;

  constructor(
    private readonly host: ReactiveControllerHost,
    readonly keys: readonly Key[],
  ) {
    this.selected = this.empty();
  }

  empty(): Record<Key, string[]> {
    return Object.fromEntries(this.keys.map((key) => [key, []])) as unknown as Record<Key, string[]>;
  }

  toggle(key: Key, code: string, checked: boolean): void {
    this.set({ ...this.selected, [key]: withCodeChecked(this.selected[key], code, checked) });
  }

  clear(): void {
    this.set(this.empty());
  }

  set(selected: Record<Key, string[]>): void {
    this.selected = selected;
    this.host.requestUpdate();
  }

  /** Takes the filters from a state read from the URL. */
  restore(saved: FilterState): void {
    const selected = this.empty();
    for (const key of this.keys) selected[key] = saved[key] ?? [];
    this.set(selected);
  }

  hasAny(): boolean {
    return this.keys.some((key) => this.selected[key].length > 0);
  }

  /** The chosen values as chips, labelled by `labelOf`. */
  active(labelOf: (key: Key, code: string) => CodeLabel): ActiveFilter[] {
    return this.keys.flatMap((key) => this.selected[key].map((code) => ({ key, code, ...labelOf(key, code) })));
  }
}
