import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { debounce } from './debounce.js';
import { focusNextChipOrSearch, type ActiveFilter } from './filter-chips.js';
import { FilterSelectionController } from './filter-selection.js';
import type { FocusController } from './focus-controller.js';
import type { FilterState } from './url-state.js';

type Host = ReactiveControllerHost & { renderRoot: ParentNode };

export interface SearchFiltersOptions {
  /** How long typing must pause (ms) before the search counts as changed. */
  delay: number;
  /** The widget's focus controller: clearing everything puts focus on the search field. */
  focus: FocusController;
  /**
   * The search or the filters changed, once per change: the widget writes the
   * URL (typing replaces the entry, a filter choice adds one the back button
   * undoes), fires `tk-filter-change` and loads.
   */
  onChange: (typing: boolean) => void;
}

/**
 * The search text and the filters of a listing widget (the directory, the
 * calendar) and the reader's ways of changing them: typing (debounced),
 * checking a filter, removing a chip (focus moves to the next chip or the
 * search field), removing all. One place for these, so each widget's
 * `tk-filter-change` fires for exactly the same acts.
 */
export class SearchFiltersController<Key extends string> implements ReactiveController {
  /** What the reader typed into the search field. */
  text = '';
  readonly selection: FilterSelectionController<Key>;
  private readonly typed: ReturnType<typeof debounce<[]>>;

  constructor(
    private readonly host: Host,
    keys: readonly Key[],
    private readonly options: SearchFiltersOptions,
  ) {
    host.addController(this);
    this.selection = new FilterSelectionController(host, keys);
    this.typed = debounce(() => options.onChange(true), options.delay);
  }

  get selected(): Record<Key, string[]> {
    return this.selection.selected;
  }

  /** Search text or any filter chosen (the empty state then offers to remove them). */
  hasAny(): boolean {
    return this.text !== '' || this.selection.hasAny();
  }

  input(value: string): void {
    this.text = value;
    this.host.requestUpdate();
    this.typed();
  }

  toggle(key: Key, code: string, checked: boolean): void {
    this.selection.toggle(key, code, checked);
    this.changed();
  }

  /** A chip was activated: its filter goes, focus stays in the widget. */
  remove(filter: ActiveFilter): void {
    this.toggle(filter.key as Key, filter.code, false);
    void this.host.updateComplete.then(() => focusNextChipOrSearch(this.host.renderRoot));
  }

  /** "Alle Filter entfernen": the search text goes too. */
  clear(): void {
    this.selection.clear();
    this.text = '';
    this.changed();
    this.options.focus.request('input[type="search"]');
  }

  /** The search and filters as URL parameters (`q` and one per filter key). */
  urlState(): FilterState {
    return { q: this.text ? [this.text] : [], ...this.selection.selected };
  }

  restore(saved: FilterState): void {
    this.text = saved['q']?.join(',') ?? '';
    this.selection.restore(saved);
  }

  hostDisconnected(): void {
    this.typed.cancel();
  }

  /** A choice replaces any search still waiting for the typing to pause: one change, not two. */
  private changed(): void {
    this.typed.cancel();
    this.options.onChange(false);
  }
}
