/**
 * `<tk-office-start>`: the office's day at a glance. The requests that wait
 * (oldest first, with how long), the mails that could not be sent (with
 * "send again" for who may) and the latest changes of the audit trail, each
 * linking to where the work is. The three load on their own, so one failing
 * part leaves the others usable.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { AuditEntry, OutboxMail, StaffBooking, StaffRole, TeilhabeClient } from '@teilhabe/sdk';
import { baseStyles, formatNumber, tokens } from '../shared/from-components.js';
import { officeStyles } from '../shared/office.styles.js';
import { formatTimeRange } from '../shared/booking-format.js';
import { meaningOf } from '../shared/api-errors.js';
import { activeOfficeLocale } from '../localization/index.js';
import { navigate, router } from '../shell/router.js';
import { changeLabel } from './audit-labels.js';
import { formatMoment } from './moment-format.js';

/** How many of the oldest requests and of the latest changes the page lists. */
const LISTED_REQUESTS = 5;
const LISTED_CHANGES = 8;

type Part<T> = { phase: 'loading' } | { phase: 'failed' } | { phase: 'ready'; value: T };
interface Waiting {
  total: number;
  oldest: StaffBooking[];
}
type MailNotice = { id: string; kind: 'queued' | 'gone' | 'failed' };

@localized()
export class TkOfficeStart extends LitElement {
  static override styles = [
    tokens,
    baseStyles,
    officeStyles,
    css`
      .work-list {
        display: grid;
        gap: var(--_space-s);
        padding: 0;
        list-style: none;
      }
      .work-list > li {
        padding-block: var(--_space-s);
        border-block-end: 1px solid var(--_color-border-subtle);
      }
      .work-list p {
        margin: 0;
      }
      .meta {
        font-size: var(--_font-size-small);
      }
      section + section {
        margin-block-start: var(--_space-l);
      }
    `,
  ];

  @property({ attribute: false }) client: TeilhabeClient | undefined;
  /** The signed-in person's name, for the greeting. */
  @property({ attribute: false }) staffName = '';
  /** The signed-in person's roles: the outbox is for `bookings` and `admin`. */
  @property({ attribute: false }) roles: readonly StaffRole[] = [];

  @state() private waiting: Part<Waiting> = { phase: 'loading' };
  @state() private mails: Part<OutboxMail[]> = { phase: 'loading' };
  @state() private changes: Part<AuditEntry[]> = { phase: 'loading' };
  @state() private mailNotice: MailNotice | undefined;
  @state() private retrying: string | undefined;

  private get seesOutbox() {
    return this.roles.includes('bookings') || this.roles.includes('admin');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadWaiting();
    void this.loadChanges();
    if (this.seesOutbox) void this.loadMails();
  }

  private async load<T>(set: (part: Part<T>) => void, fetch: (client: TeilhabeClient) => Promise<T>) {
    if (!this.client) return;
    set({ phase: 'loading' });
    try {
      set({ phase: 'ready', value: await fetch(this.client) });
    } catch {
      set({ phase: 'failed' });
    }
  }

  private loadWaiting() {
    return this.load<Waiting>(
      (part) => (this.waiting = part),
      async (client) => {
        const page = await client.bookings.queue({
          status: 'requested',
          sort: 'arrival',
          limit: LISTED_REQUESTS,
        });
        return { total: page.meta.total, oldest: page.data };
      },
    );
  }

  private loadMails() {
    return this.load<OutboxMail[]>(
      (part) => (this.mails = part),
      async (client) => (await client.outbox.list({ status: 'failed' })).data,
    );
  }

  private loadChanges() {
    return this.load<AuditEntry[]>(
      (part) => (this.changes = part),
      async (client) => (await client.audit.list({ limit: LISTED_CHANGES })).data,
    );
  }

  private async retryMail(mail: OutboxMail) {
    if (!this.client || this.retrying) return;
    this.retrying = mail.id;
    try {
      await this.client.outbox.retry(mail.id);
      this.mailNotice = { id: mail.id, kind: 'queued' };
    } catch (error) {
      this.mailNotice = {
        id: mail.id,
        kind: meaningOf(error).status === 409 ? 'gone' : 'failed',
      };
    }
    this.retrying = undefined;
    if (this.mailNotice.kind !== 'failed') {
      const mails = this.mails.phase === 'ready' ? this.mails.value : [];
      this.mails = {
        phase: 'ready',
        value: mails.filter((m) => m.id !== mail.id),
      };
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#mail-notice')?.focus();
  }

  override render() {
    return html`
      <h1 tabindex="-1">${msg(str`Guten Tag, ${this.staffName}`, { id: 'start.title' })}</h1>
      ${this.renderWaiting()}
      <tk-office-stale-summary .client=${this.client}></tk-office-stale-summary>
      ${this.seesOutbox ? this.renderMails() : nothing} ${this.renderChanges()}
    `;
  }

  private renderWaiting() {
    const locale = activeOfficeLocale();
    const part = this.waiting;
    return html`<section aria-labelledby="waiting-title" class="card measure waiting">
      <h2 id="waiting-title">${msg('Buchungsanfragen', { id: 'queue.title' })}</h2>
      ${part.phase === 'failed'
        ? this.renderFailed(
            msg('Die Zahl der Anfragen konnte nicht geladen werden.', { id: 'start.error' }),
            () => this.loadWaiting(),
          )
        : part.phase === 'loading'
        ? html`<p role="status">${msg('Die Anfragen werden geladen …', { id: 'queue.loading' })}</p>`
        : html`<p class="waiting-count" role="status">
              ${part.value.total === 0
                ? msg('Zurzeit wartet keine Anfrage.', { id: 'start.none' })
                : part.value.total === 1
                ? msg('1 Anfrage wartet auf Ihre Entscheidung.', { id: 'start.one' })
                : msg(str`${formatNumber(part.value.total, locale)} Anfragen warten auf Ihre Entscheidung.`, { id: 'start.other' })}
            </p>
            ${part.value.oldest.length
              ? html`<h3>
                    ${msg('Die am längsten warten', { id: 'start.oldest-title' })}
                  </h3>
                  <ul class="work-list oldest">
                    ${part.value.oldest.map((b) => this.renderRequest(b, locale))}
                  </ul>`
              : nothing}`}
      <p>
        <a href=${router.href('bookings')} @click=${navigate('bookings')}>${msg('Zu den Buchungsanfragen', { id: 'start.to-queue' })}</a>
      </p>
    </section>`;
  }

  private renderRequest(booking: StaffBooking, locale: string) {
    const route = `bookings/${booking.id}`;
    const days = booking.waitingDays ?? 0;
    return html`<li>
      <p>
        <a href=${router.href(route)} @click=${navigate(route)}
          >${msg(str`Anfrage von ${booking.requester.name}`, { id: 'start.request-link' })}</a
        >
      </p>
      <p class="meta">${booking.roomName}, ${formatTimeRange(booking.start, booking.end, locale)}</p>
      <p class="meta waited">
        ${days === 0
          ? msg('Seit heute', { id: 'start.waited.today' })
          : days === 1
          ? msg('Wartet seit 1 Tag', { id: 'start.waited.one' })
          : msg(str`Wartet seit ${formatNumber(days, locale)} Tagen`, { id: 'start.waited.other' })}
        ${booking.overlaps.length
          ? html` · <span class="tag">${msg('Konkurrierende Anfrage', { id: 'start.competing' })}</span>`
          : nothing}
      </p>
    </li>`;
  }

  private renderMails() {
    const part = this.mails;
    return html`<section aria-labelledby="mails-title" class="card measure mails">
      <h2 id="mails-title">${msg('Mails, die nicht ankamen', { id: 'start.mails.title' })}</h2>
      ${this.renderMailNotice()}
      ${part.phase === 'failed'
        ? this.renderFailed(
            msg('Die Mails konnten nicht geladen werden.', { id: 'start.mails.error' }),
            () => this.loadMails(),
          )
        : part.phase === 'loading'
        ? html`<p role="status">${msg('Die Mails werden geladen …', { id: 'start.mails.loading' })}</p>`
        : part.value.length === 0
        ? html`<p class="mails-none">${msg('Alle Mails sind verschickt.', { id: 'start.mails.none' })}</p>`
        : html`<p>${msg('Der Server konnte diese Mails einen Tag lang nicht zustellen. Prüfen Sie die Adresse und senden Sie erneut.', { id: 'start.mails.hint' })}</p>
            <ul class="work-list failed-mails">
              ${part.value.map((m) => this.renderMail(m))}
            </ul>`}
    </section>`;
  }

  private renderMail(mail: OutboxMail) {
    const locale = activeOfficeLocale();
    const route = mail.bookingId ? `bookings/${mail.bookingId}` : undefined;
    const subjectId = `mail-${mail.id}`;
    return html`<li class="failed-mail">
      <p id=${subjectId}><strong>${mail.subject}</strong></p>
      <p class="meta">${msg(str`An ${mail.recipient}, ${formatMoment(mail.createdAt, locale)}`, { id: 'start.mails.to' })}</p>
      ${mail.lastError
        ? html`<p class="meta">
            ${msg(str`Antwort des Mail-Servers: ${mail.lastError}`, { id: 'start.mails.last-error' })}
          </p>`
        : nothing}
      <div class="button-row">
        <button type="button" class="button secondary retry" aria-describedby=${subjectId} ?disabled=${this.retrying === mail.id} @click=${() => this.retryMail(mail)}>
          ${msg('Erneut senden', { id: 'start.mails.retry' })}
        </button>
        ${route ? html`<a href=${router.href(route)} @click=${navigate(route)} aria-describedby=${subjectId}>${msg('Zur Buchung', { id: 'start.mails.to-booking' })}</a>` : nothing}
      </div>
    </li>`;
  }

  private renderMailNotice() {
    const notice = this.mailNotice;
    if (!notice) return nothing;
    const text =
      notice.kind === 'queued'
        ? msg('Die Mail ist wieder in der Warteschlange. Der Server versucht es einen Tag lang erneut.', { id: 'start.mails.queued' })
        : notice.kind === 'gone'
        ? msg('Diese Mail wartet nicht mehr: Sie wurde schon erneut in die Warteschlange gestellt.', { id: 'start.mails.gone' })
        : msg('Die Mail konnte nicht erneut in die Warteschlange gestellt werden. Versuchen Sie es später wieder.', { id: 'start.mails.retry-failed' });
    return html`<div class="banner" id="mail-notice" tabindex="-1" role=${notice.kind === 'failed' ? 'alert' : 'status'}>
      <p class="banner-title">${notice.kind === 'failed' ? msg('Nicht erledigt', { id: 'start.mails.not-done' }) : msg('Erledigt', { id: 'banner.done' })}</p>
      <div class="banner-body"><p>${text}</p></div>
    </div>`;
  }

  private renderChanges() {
    const part = this.changes;
    return html`<section aria-labelledby="changes-title" class="card measure changes">
      <h2 id="changes-title">${msg('Letzte Änderungen', { id: 'start.changes.title' })}</h2>
      ${part.phase === 'failed'
        ? this.renderFailed(
            msg('Die Änderungen konnten nicht geladen werden.', { id: 'start.changes.error' }),
            () => this.loadChanges(),
          )
        : part.phase === 'loading'
        ? html`<p role="status">
            ${msg('Die Änderungen werden geladen …', { id: 'start.changes.loading' })}
          </p>`
        : part.value.length === 0
        ? html`<p>${msg('Noch keine Änderungen.', { id: 'start.changes.none' })}</p>`
        : html`<ul class="work-list change-list">
            ${part.value.map((e) => this.renderChange(e))}
          </ul>`}
    </section>`;
  }

  private renderChange(entry: AuditEntry) {
    const locale = activeOfficeLocale();
    const what = changeLabel(entry);
    const route = routeOfRecord(entry);
    return html`<li class="change">
      <p>${route ? html`<a href=${router.href(route)} @click=${navigate(route)}>${what}</a>` : what}</p>
      <p class="meta">
        ${msg(str`${entry.actor.name}, ${formatMoment(entry.at, locale)}`, { id: 'start.changes.who-when' })}
      </p>
    </li>`;
  }

  private renderFailed(text: string, retry: () => unknown) {
    return html`<p>${text}</p>
      <p>
        <button type="button" class="button secondary" @click=${retry}>${msg('Erneut versuchen', { id: 'queue.retry' })}</button>
      </p>`;
  }
}

/** Where the office works on the record an audit entry names (records screens by collection). */
const RECORD_ROUTES: Partial<Record<AuditEntry['recordType'], string>> = {
  booking: 'bookings',
  organization: 'records/organizations',
  venue: 'records/venues',
  room: 'records/rooms',
  event: 'records/events',
  'funding-program': 'records/funding-programs',
};

function routeOfRecord(entry: AuditEntry): string | undefined {
  const base = RECORD_ROUTES[entry.recordType];
  return base && entry.operation !== 'delete' ? `${base}/${encodeURIComponent(entry.recordId)}` : undefined;
}
