/**
 * Where the app keeps the session secret: the tab's `sessionStorage`, one
 * entry per tenant, so closing the tab forgets it and no other tab or site
 * sees it. The tenant id is no secret and is remembered in `localStorage`, so
 * a link from an office mail (which names no tenant) opens the right one.
 */
const sessionKey = (tenant: string) => `tk-office:session:${tenant}`;
const TENANT_KEY = 'tk-office:tenant';

export const sessionStore = {
  read(tenant: string): string | undefined {
    return safely(() => sessionStorage.getItem(sessionKey(tenant)) ?? undefined);
  },
  write(tenant: string, secret: string): void {
    safely(() => sessionStorage.setItem(sessionKey(tenant), secret));
    safely(() => localStorage.setItem(TENANT_KEY, tenant));
  },
  clear(tenant: string): void {
    safely(() => sessionStorage.removeItem(sessionKey(tenant)));
  },
  lastTenant(): string | undefined {
    return safely(() => localStorage.getItem(TENANT_KEY) ?? undefined);
  },
};

/** Storage can be switched off (privacy settings); the app then works for the page's lifetime only. */
function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
