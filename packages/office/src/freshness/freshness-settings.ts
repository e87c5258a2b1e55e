/**
 * When a record counts as stale: not confirmed for a year. The tenant
 * settings have no such setting yet, so the office uses the year the issue
 * names; a setting would replace this one constant.
 */
export const STALE_AFTER_DAYS = 365;

export function staleSince(now = new Date()): string {
  return new Date(now.getTime() - STALE_AFTER_DAYS * 86_400_000).toISOString();
}
