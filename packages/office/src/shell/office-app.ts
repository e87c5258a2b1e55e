/**
 * `<tk-office-app>`: the integration office's app. Finds the tenant, takes a
 * session secret or a password-link secret out of the address bar, keeps the
 * session in the tab, and shows the screen of the route: sign-in while
 * nobody is signed in, else the start page or the booking requests.
 *
 * @attr api-base - Origin of the data API; default: this page's origin.
 * @attr tenant - The tenant; default: `?tenant=`, else the last one used here, else the only one on the server.
 * @attr base-path - Where the app lives; default `/office/`.
 * @attr routing - `path` (default) or `memory` (the route stays out of the address bar).
 */
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { createClient, type StaffSession, type TeilhabeClient, type Tenant } from '@teilhabe/sdk';
import { baseStyles, tokens } from '../shared/from-components.js';
import { officeStyles } from '../shared/office.styles.js';
import { sessionStore } from '../shared/session-store.js';
import { activeOfficeLocale, toOfficeLocale, useOfficeLocale, type OfficeLocale } from '../localization/index.js';
import type { SignedInDetail } from '../sign-in/sign-in.js';
import { navigate, router, type RoutingMode } from './router.js';
import { recordsScreen } from '../records/records-route.js';
import { mayImport } from '../import/access.js';
import { taxonomiesScreen } from '../taxonomies/taxonomies-route.js';

type Phase = 'starting' | 'choose-tenant' | 'signed-out' | 'signed-in' | 'unreachable';

@localized()
export class TkOfficeApp extends LitElement {
  static override styles = [
    tokens,
    baseStyles,
    officeStyles,
    css`
      .header {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: var(--_space-s) var(--_space-l);
        padding: var(--_space-s) var(--_space-m);
        background: var(--_color-primary);
        color: var(--_color-on-primary);
      }
      .header a,
      .header .link-button {
        color: var(--_color-on-primary);
      }
      .tenant-name {
        font-weight: 600;
        font-size: var(--_font-size-large);
      }
      .header-actions,
      .nav ul {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--_space-s) var(--_space-m);
      }
      .nav {
        padding-inline: var(--_space-m);
        border-block-end: 1px solid var(--_color-border-subtle);
      }
      .nav a {
        display: inline-flex;
        align-items: center;
        min-block-size: var(--_target-size);
      }
      .nav a[aria-current='page'] {
        font-weight: 700;
      }
      main {
        padding: var(--_space-l) var(--_space-m);
        max-inline-size: 64rem;
      }
    `,
  ];

  @property({ attribute: 'api-base' }) apiBase = '';
  @property() tenant = '';
  @property({ attribute: 'base-path' }) basePath = '/office/';
  @property() routing: RoutingMode = 'path';

  @state() private phase: Phase = 'starting';
  @state() private route = '';
  @state() private tenants: Tenant[] = [];
  @state() private session: StaffSession | undefined;
  @state() private linkToken: string | undefined;
  @state() private signedOutNotice: string | undefined;
  private client: TeilhabeClient | undefined;
  private unsubscribe: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    router.configure(this.routing, this.basePath);
    this.route = router.route;
    this.unsubscribe = router.subscribe((route) => this.routeChanged(route));
    addEventListener('popstate', router.handlePopState);
    void useOfficeLocale(toOfficeLocale(document.documentElement.lang));
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    removeEventListener('popstate', router.handlePopState);
  }

  private get baseUrl() {
    return this.apiBase || location.origin;
  }

  private async start() {
    const tenant = this.tenant || new URLSearchParams(location.search).get('tenant') || sessionStore.lastTenant() || (await this.onlyTenant());
    if (!tenant) return;
    this.tenant = tenant;
    this.client = createClient({ baseUrl: this.baseUrl, tenant, locale: 'de' });
    this.takeSecretsFromAddress(tenant);
    const secret = sessionStore.read(tenant);
    if (!secret) {
      this.phase = 'signed-out';
      return;
    }
    try {
      const session = await this.client.withToken(secret).auth.session();
      if (session.secondFactor === 'pending') throw new Error('second factor pending');
      this.signedIn(secret, session);
    } catch {
      sessionStore.clear(tenant);
      this.phase = 'signed-out';
    }
  }

  /** The tenant when the server holds just one; else the list to choose from. */
  private async onlyTenant(): Promise<string | undefined> {
    try {
      const { data } = await createClient({ baseUrl: this.baseUrl, tenant: '-' }).tenants.list();
      if (data.length === 1) return data[0]!.id;
      this.tenants = data;
      this.phase = 'choose-tenant';
    } catch {
      this.phase = 'unreachable';
    }
    return undefined;
  }

  /**
   * `#session=ses_…` (identity-provider sign-in) and `#token=…` (password
   * link) are secrets: read once, then removed from the address bar and history.
   */
  private takeSecretsFromAddress(tenant: string) {
    const hash = location.hash;
    if (!hash) return;
    const session = this.client!.signInMethods.sessionFromFragment(hash);
    if (session) sessionStore.write(tenant, session);
    const token = new URLSearchParams(hash.slice(1)).get('token');
    if (token) this.linkToken = token;
    if (session || token) history.replaceState(history.state, '', location.pathname + location.search);
  }

  private signedIn(secret: string, session: StaffSession) {
    sessionStore.write(this.tenant, secret);
    this.client = this.client!.withToken(secret);
    this.session = session;
    this.signedOutNotice = undefined;
    this.phase = 'signed-in';
    if (this.route === 'set-password') router.go('');
  }

  private routeChanged(route: string) {
    this.route = route;
    void this.updateComplete.then(() => this.focusScreen());
  }

  /** After a route change the new screen's heading takes the focus, as a page load would. */
  private focusScreen() {
    const screen = this.shadowRoot?.querySelector('main > *');
    const heading = screen?.shadowRoot?.querySelector<HTMLElement>('h1');
    heading?.focus();
  }

  private async signOut(everywhere: boolean) {
    const client = this.client;
    try {
      await (everywhere ? client?.auth.signOutEverywhere() : client?.auth.signOut());
    } catch {
      // The secret is forgotten here whatever the server said; an unknown session is as good as ended.
    }
    sessionStore.clear(this.tenant);
    this.session = undefined;
    this.client = createClient({ baseUrl: this.baseUrl, tenant: this.tenant, locale: 'de' });
    this.signedOutNotice = everywhere
      ? msg('Sie sind auf allen Geräten abgemeldet.', { id: 'shell.signed-out-everywhere' })
      : msg('Sie sind abgemeldet.', { id: 'shell.signed-out' });
    this.phase = 'signed-out';
  }

  private async switchLanguage(locale: OfficeLocale) {
    document.documentElement.lang = locale;
    await useOfficeLocale(locale);
  }

  override render() {
    return html`${this.renderHeader()}
      <main id="main">${this.renderScreen()}</main>`;
  }

  private renderHeader() {
    const other: OfficeLocale = activeOfficeLocale() === 'de' ? 'en' : 'de';
    const session = this.session;
    return html`<header class="header">
        <p class="tenant-name">${session?.tenant.name ?? msg('Integrationsbüro', { id: 'shell.office' })}</p>
        <div class="header-actions">
          ${session
            ? html`<p class="who">${msg(str`Angemeldet: ${session.staff.name}`, { id: 'shell.signed-in-as' })}</p>
                <button type="button" class="link-button sign-out" @click=${() => this.signOut(false)}>${msg('Abmelden', { id: 'shell.sign-out' })}</button>
                <button type="button" class="link-button sign-out-everywhere" @click=${() => this.signOut(true)}>${msg('Überall abmelden', { id: 'shell.sign-out-everywhere' })}</button>`
            : nothing}
          <button type="button" class="link-button language" lang=${other} @click=${() => this.switchLanguage(other)}>${other === 'en' ? 'English' : 'Deutsch'}</button>
        </div>
      </header>
      ${session
        ? html`<nav class="nav" aria-label=${msg('Bereiche', { id: 'shell.nav' })}>
            <ul>
              ${this.navLink('', msg('Übersicht', { id: 'shell.nav.start' }))}
              ${this.navLink('bookings', msg('Buchungsanfragen', { id: 'queue.title' }))}
              ${this.navLink('records', msg('Einträge', { id: 'records.nav' }))}
              ${this.navLink('taxonomies', msg('Kategorien und Gebiete', { id: 'shell.nav.taxonomies' }))}
              ${mayImport(session) ? this.navLink('event-sources', msg('Kalender-Importe', { id: 'sources.title' })) : nothing}
              ${this.navLink('freshness', msg('Lange nicht bestätigt', { id: 'freshness.title' }))}
              ${this.navLink('review', msg('Vorschläge', { id: 'shell.nav.review' }))}
              ${mayImport(session) ? this.navLink('import', msg('Liste importieren', { id: 'shell.nav.import' })) : nothing}
              ${this.navLink('account', msg('Mein Konto', { id: 'shell.nav.account' }))}
              ${session.staff.roles.includes('admin') ? html`${this.navLink('staff', msg('Personen', { id: 'shell.nav.staff' }))}${this.navLink('tokens', msg('Tokens', { id: 'shell.nav.tokens' }))}` : nothing}
            </ul>
          </nav>`
        : nothing}`;
  }

  private navLink(route: string, label: string) {
    const current = route === '' ? this.route === '' : this.route === route || this.route.startsWith(`${route}/`);
    return html`<li><a href=${router.href(route)} aria-current=${current ? 'page' : 'false'} @click=${navigate(route)}>${label}</a></li>`;
  }

  private renderScreen() {
    switch (this.phase) {
      case 'starting':
        return html`<p role="status">${msg('Die Office-App startet …', { id: 'shell.starting' })}</p>`;
      case 'unreachable':
        return html`<h1>${msg('Der Server ist nicht erreichbar', { id: 'shell.unreachable' })}</h1>
          <p>${msg('Prüfen Sie die Internetverbindung und laden Sie die Seite neu.', { id: 'shell.unreachable.hint' })}</p>`;
      case 'choose-tenant':
        return html`<h1>${msg('Welche Verwaltung?', { id: 'shell.choose-tenant' })}</h1>
          <ul class="measure">${this.tenants.map((t) => html`<li><a href="${this.basePath}?tenant=${encodeURIComponent(t.id)}">${t.name}</a></li>`)}</ul>`;
      case 'signed-out':
        if (this.route === 'set-password') {
          return html`<tk-office-set-password .client=${this.client} .linkToken=${this.linkToken} .signInHref=${`${this.basePath}?tenant=${encodeURIComponent(this.tenant)}`}></tk-office-set-password>`;
        }
        return html`${this.signedOutNotice
            ? html`<div class="banner" role="status"><p class="banner-title">${msg('Erledigt', { id: 'banner.done' })}</p><div class="banner-body"><p>${this.signedOutNotice}</p></div></div>`
            : nothing}
          <tk-office-sign-in .client=${this.client} @tk-signed-in=${(e: CustomEvent<SignedInDetail>) => this.signedIn(e.detail.secret, e.detail.session)}></tk-office-sign-in>`;
      case 'signed-in': {
        const [section, id] = this.route.split('/');
        if (section === 'bookings') return html`<tk-office-queue .client=${this.client} .bookingId=${id}></tk-office-queue>`;
        if (section === 'records') return recordsScreen(this.client, this.route);
        if (section === 'taxonomies') return taxonomiesScreen(this.client, this.route);
        if (section === 'event-sources' && mayImport(this.session)) return html`<tk-office-event-sources .client=${this.client}></tk-office-event-sources>`;
        if (section === 'freshness') return html`<tk-office-freshness .client=${this.client}></tk-office-freshness>`;
        if (section === 'review') return html`<tk-office-review .client=${this.client}></tk-office-review>`;
        if (section === 'import' && mayImport(this.session)) return html`<tk-office-import .client=${this.client}></tk-office-import>`;
        if (section === 'account') return html`<tk-office-account .client=${this.client} .email=${this.session?.staff.email ?? ''} @tk-sign-out-everywhere=${() => this.signOut(true)}></tk-office-account>`;
        if (section === 'staff' && this.session?.staff.roles.includes('admin')) return html`<tk-office-staff .client=${this.client} .currentStaffId=${this.session.staff.id} @tk-sign-out-everywhere=${() => this.signOut(true)}></tk-office-staff>`;
        if (section === 'tokens' && this.session?.staff.roles.includes('admin')) return html`<tk-office-tokens .client=${this.client}></tk-office-tokens>`;
        return html`<tk-office-start .client=${this.client} .staffName=${this.session?.staff.name ?? ''} .roles=${this.session?.staff.roles ?? []}></tk-office-start>`;
      }
    }
  }
}
