/**
 * Reflects a widget's filters in the page URL so that a CMS editor can link to
 * a filtered view and the back button restores it. Parameters carry a prefix
 * (default `tk-`) so they do not collide with the CMS's own parameters.
 */
export type FilterState = Record<string, string[]>;

/** Reads `?{prefix}{key}=a,b` (or repeated parameters) for each key. */
export function readUrlState(keys: readonly string[], prefix: string, search = location.search): FilterState {
  const params = new URLSearchParams(search);
  const state: FilterState = {};
  for (const key of keys) {
    state[key] = params
      .getAll(prefix + key)
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter(Boolean);
  }
  return state;
}

/** The current URL with the widget's parameters replaced by `state`; other parameters stay. */
export function urlWithState(state: FilterState, prefix: string, href = location.href): string {
  const url = new URL(href);
  for (const [key, values] of Object.entries(state)) {
    url.searchParams.delete(prefix + key);
    if (values.length > 0) url.searchParams.set(prefix + key, values.join(','));
  }
  return url.href;
}

/**
 * Writes `state` to the URL. `push` adds a history entry (a filter choice the
 * back button should undo); otherwise the entry is replaced (typing).
 */
export function writeUrlState(state: FilterState, prefix: string, push: boolean): void {
  const next = urlWithState(state, prefix);
  if (next === location.href) return;
  if (push) history.pushState(history.state, '', next);
  else history.replaceState(history.state, '', next);
}
