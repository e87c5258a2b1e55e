/**
 * `<tk-office-recurrence>`: when an event repeats, in plain words (weekly on
 * chosen weekdays, monthly on the n-th weekday, every n days; until a date or
 * n times), its exception dates, and a preview of the next dates, expanded by
 * the server's own rules (`@teilhabe/server/domain`), in the tenant's zone.
 * It draws into the form's shadow root (no shadow root of its own), so the
 * form's styles and the error summary's links reach it.
 */
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { RecurrenceError, occurrencesBetween, validateSchedule } from '@teilhabe/server/domain';
import { activeOfficeLocale } from '../localization/index.js';
import { weekdayName } from './opening-hours-editor.js';
import type { RecordData } from './record-fields.js';
import { WEEKDAY_CODES, defaultWords, ruleOf, wordsOf, type Ending, type Pattern, type RecurrenceWords } from './recurrence-rule.js';
import { dateText, instantText, parseDateText, wallParts } from './wall-dates.js';

export interface RecurrenceValue {
  rrule: string;
  exdates: string[];
}

const PREVIEW_COUNT = 5;
const YEAR_MS = 366 * 86_400_000;

/** The server's reason a rule yields nothing, in words the office can act on. */
function ruleProblem(error: RecurrenceError): string {
  switch (error.code) {
    case 'start_not_in_rule':
      return msg('Der Beginn der Veranstaltung ist kein Termin dieser Regel. Wählen Sie den Wochentag des Beginns mit aus oder ändern Sie den Beginn.', { id: 'records.recurrence.start-not-in-rule' });
    case 'no_dates':
      return msg('Diese Regel ergibt keine Termine. Prüfen Sie das Ende der Wiederholung.', { id: 'records.recurrence.no-dates' });
    case 'count_too_large':
      return msg('Eine Reihe hat höchstens 1000 Termine. Wählen Sie ein Enddatum oder kein Ende.', { id: 'records.recurrence.count-too-large' });
    case 'until_too_far':
      return msg('Das Ende liegt mehr als zehn Jahre nach dem Beginn. Wählen Sie ein früheres Ende oder kein Ende.', { id: 'records.recurrence.until-too-far' });
    default:
      return msg('Diese Regel kann nicht gelesen werden. Prüfen Sie die Angaben.', { id: 'records.recurrence.invalid' });
  }
}

const ordinalName = (ordinal: number) => {
  switch (ordinal) {
    case 1:
      return msg('ersten', { id: 'records.recurrence.ordinal.1' });
    case 2:
      return msg('zweiten', { id: 'records.recurrence.ordinal.2' });
    case 3:
      return msg('dritten', { id: 'records.recurrence.ordinal.3' });
    case 4:
      return msg('vierten', { id: 'records.recurrence.ordinal.4' });
    default:
      return msg('letzten', { id: 'records.recurrence.ordinal.last' });
  }
};

@localized()
export class TkOfficeRecurrence extends LitElement {
  /** The event as it is being edited: start, end, allDay and recurrence. */
  @property({ attribute: false }) event: RecordData = {};
  @property({ attribute: false }) timeZone = 'Europe/Berlin';
  /** The id the error summary links to (the first control). */
  @property({ attribute: false }) fieldId = 'recurrence';
  @property({ attribute: false }) invalid = false;
  @property({ attribute: false }) changed: (value: RecurrenceValue | null) => void = () => undefined;

  @state() private exdateProblem = false;
  /**
   * What this editor last sent, until the form hands the event back: two
   * changes in a row (tick one day, untick another) build on each other.
   */
  private sent: RecurrenceValue | null | undefined;

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('event')) this.sent = undefined;
  }

  private emit(value: RecurrenceValue | null) {
    this.sent = value;
    this.changed(value);
  }

  protected override createRenderRoot() {
    return this;
  }

  private get recurrence(): RecurrenceValue | null {
    if (this.sent !== undefined) return this.sent;
    const value = this.event.recurrence as RecurrenceValue | null | undefined;
    return value ? { rrule: value.rrule, exdates: value.exdates ?? [] } : null;
  }

  private get startParts() {
    return typeof this.event.start === 'string' ? wallParts(this.event.start, this.timeZone) : undefined;
  }

  /** The start's wall date as `YYYY-MM-DD` (today when the start cannot be read yet). */
  private get startDate(): string {
    const parts = this.startParts;
    return (parts && parseDateText(parts.date)) ?? new Date().toISOString().slice(0, 10);
  }

  private setWords(words: RecurrenceWords) {
    this.emit({ rrule: ruleOf(words), exdates: this.recurrence?.exdates ?? [] });
  }

  /** Changes the words as they are now (not as they were drawn). */
  private edit(change: (words: RecurrenceWords) => RecurrenceWords) {
    const words = this.recurrence && wordsOf(this.recurrence.rrule, this.startDate);
    if (words) this.setWords(change(words));
  }

  private choosePattern(pattern: Pattern | 'once') {
    if (pattern === 'once') return this.emit(null);
    const current = this.recurrence && wordsOf(this.recurrence.rrule, this.startDate);
    const words = defaultWords(pattern, this.startDate);
    this.setWords(current ? { ...words, ending: current.ending, until: current.until, count: current.count } : words);
  }

  private addExdate() {
    const input = this.querySelector<HTMLInputElement>('#exdate-new')!;
    const date = parseDateText(input.value);
    const time = this.startParts?.time;
    const recurrence = this.recurrence;
    if (!date || !time || !recurrence) {
      this.exdateProblem = true;
      input.focus();
      return;
    }
    this.exdateProblem = false;
    const instant = instantText(date, this.event.allDay === true ? '00:00' : time, this.timeZone);
    if (!recurrence.exdates.some((d) => Date.parse(d) === Date.parse(instant))) this.emit({ ...recurrence, exdates: [...recurrence.exdates, instant].sort((a, b) => Date.parse(a) - Date.parse(b)) });
    input.value = '';
    input.focus();
  }

  private async removeExdate(index: number) {
    const recurrence = this.recurrence!;
    this.emit({ ...recurrence, exdates: recurrence.exdates.filter((_, i) => i !== index) });
    await (this.getRootNode() as ShadowRoot & { host: LitElement }).host.updateComplete;
    this.querySelector<HTMLElement>(recurrence.exdates.length > 1 ? `#exdate-${Math.max(0, index - 1)}-remove` : '#exdate-new')?.focus();
  }

  override render() {
    const recurrence = this.recurrence;
    const words = recurrence ? wordsOf(recurrence.rrule, this.startDate) : undefined;
    const pattern = recurrence ? (words?.pattern ?? 'text') : 'once';
    const invalid = this.invalid ? 'true' : 'false';
    const radio = (value: Pattern | 'once', label: string, first = false) =>
      html`<label class="radio"><input type="radio" name="recurrence-pattern" id=${first ? this.fieldId : `recurrence-${value}`} .checked=${pattern === value} aria-invalid=${invalid}
          @change=${() => this.choosePattern(value)} />${label}</label>`;
    return html`<fieldset class="wide recurrence">
      <legend>${msg('Wiederholung', { id: 'records.recurrence.legend' })}</legend>
      <div class="radios">
        ${radio('once', msg('Einmalig', { id: 'records.recurrence.once' }), true)}
        ${radio('weekly', msg('Jede Woche oder alle paar Wochen, an bestimmten Wochentagen', { id: 'records.recurrence.weekly' }))}
        ${radio('monthly', msg('Jeden Monat an einem bestimmten Wochentag, etwa am ersten Dienstag', { id: 'records.recurrence.monthly' }))}
        ${radio('daily', msg('Alle paar Tage', { id: 'records.recurrence.daily' }))}
      </div>
      ${pattern === 'text' ? this.renderRuleText(recurrence!) : words ? this.renderWords(words) : nothing}
      ${recurrence ? this.renderExdates(recurrence) : nothing}
    </fieldset>
    ${recurrence ? this.renderPreview(recurrence) : nothing}`;
  }

  /** A rule the words cannot say stays editable as it is. */
  private renderRuleText(recurrence: RecurrenceValue) {
    return html`<div class="field">
      <label class="label" for="recurrence-rrule">${msg('Regel (RRULE)', { id: 'records.recurrence.rrule' })}</label>
      <p class="field-hint" id="recurrence-rrule-hint">${msg('Diese Regel lässt sich hier nicht in Worten zeigen. Sie bleibt, wie sie ist, solange Sie sie nicht ändern.', { id: 'records.recurrence.rrule.hint' })}</p>
      <input class="input" id="recurrence-rrule" type="text" spellcheck="false" autocomplete="off" .value=${recurrence.rrule} aria-describedby="recurrence-rrule-hint"
        @input=${(e: Event) => this.emit({ ...recurrence, rrule: (e.target as HTMLInputElement).value.trim() })} />
    </div>`;
  }

  private renderWords(words: RecurrenceWords) {
    const number = (id: string, label: string, value: number, apply: (words: RecurrenceWords, n: number) => RecurrenceWords, hint?: string) => html`<div class="field">
      <label class="label" for=${id}>${label}</label>
      ${hint ? html`<p class="field-hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
      <input class="input short" id=${id} type="text" inputmode="numeric" autocomplete="off" .value=${String(value)} aria-describedby=${hint ? `${id}-hint` : nothing}
        @input=${(e: Event) => {
          const n = Number((e.target as HTMLInputElement).value.trim());
          if (Number.isInteger(n) && n >= 1) this.edit((current) => apply(current, n));
        }} />
    </div>`;
    return html`
      ${words.pattern === 'weekly'
        ? html`${number('recurrence-interval', msg('Alle wie viele Wochen', { id: 'records.recurrence.every-weeks' }), words.interval, (current, interval) => ({ ...current, interval }), msg('1 heißt jede Woche, 2 jede zweite.', { id: 'records.recurrence.every-weeks.hint' }))}
            <fieldset class="weekdays">
              <legend class="label">${msg('An diesen Wochentagen', { id: 'records.recurrence.weekdays' })}</legend>
              <div class="checkboxes">
                ${WEEKDAY_CODES.map(
                  (code, index) => html`<label class="checkbox"><input type="checkbox" id=${`recurrence-day-${code}`} .checked=${words.weekdays.includes(code)}
                      @change=${(e: Event) => {
                        const on = (e.target as HTMLInputElement).checked;
                        this.edit((current) => ({ ...current, weekdays: on ? [...current.weekdays, code] : current.weekdays.filter((d) => d !== code) }));
                      }} />${weekdayName(index + 1)}</label>`,
                )}
              </div>
            </fieldset>`
        : words.pattern === 'daily'
          ? number('recurrence-interval', msg('Alle wie viele Tage', { id: 'records.recurrence.every-days' }), words.interval, (current, interval) => ({ ...current, interval }))
          : html`<div class="field">
              <label class="label" for="recurrence-ordinal">${msg('Am wievielten Wochentag des Monats', { id: 'records.recurrence.ordinal' })}</label>
              <select class="input" id="recurrence-ordinal" @change=${(e: Event) => this.edit((current) => ({ ...current, ordinal: Number((e.target as HTMLSelectElement).value) }))}>
                ${[1, 2, 3, 4, -1].map((n) => html`<option value=${n} ?selected=${n === words.ordinal}>${msg(str`am ${ordinalName(n)}`, { id: 'records.recurrence.ordinal.option' })}</option>`)}
              </select>
            </div>
            <div class="field">
              <label class="label" for="recurrence-month-weekday">${msg('Wochentag', { id: 'records.recurrence.month-weekday' })}</label>
              <select class="input" id="recurrence-month-weekday" @change=${(e: Event) => this.edit((current) => ({ ...current, monthlyWeekday: (e.target as HTMLSelectElement).value as RecurrenceWords['monthlyWeekday'] }))}>
                ${WEEKDAY_CODES.map((code, index) => html`<option value=${code} ?selected=${code === words.monthlyWeekday}>${weekdayName(index + 1)}</option>`)}
              </select>
            </div>`}
      ${this.renderEnding(words)}
    `;
  }

  private renderEnding(words: RecurrenceWords) {
    const choose = (ending: Ending) => this.edit((current) => ({ ...current, ending, until: current.until || this.startDate }));
    const radio = (value: Ending, label: string) =>
      html`<label class="radio"><input type="radio" name="recurrence-ending" id=${`recurrence-end-${value}`} .checked=${words.ending === value} @change=${() => choose(value)} />${label}</label>`;
    return html`<fieldset class="ending">
      <legend class="label">${msg('Ende der Wiederholung', { id: 'records.recurrence.ending' })}</legend>
      <div class="radios">
        ${radio('never', msg('Ohne Ende', { id: 'records.recurrence.end.never' }))}
        ${radio('until', msg('Bis zu einem Datum', { id: 'records.recurrence.end.until' }))}
        ${radio('count', msg('Nach einer Zahl von Terminen', { id: 'records.recurrence.end.count' }))}
      </div>
      ${words.ending === 'until'
        ? html`<div class="field">
            <label class="label" for="recurrence-until">${msg('Letzter möglicher Tag', { id: 'records.recurrence.until' })}</label>
            <p class="field-hint" id="recurrence-until-hint">${msg('Ein Datum wie 31.03.2027; an diesem Tag findet die Veranstaltung noch statt.', { id: 'records.recurrence.until.hint' })}</p>
            <input class="input short-date" id="recurrence-until" type="text" inputmode="numeric" autocomplete="off" .value=${dateText(words.until)} aria-describedby="recurrence-until-hint"
              @input=${(e: Event) => {
                const date = parseDateText((e.target as HTMLInputElement).value);
                if (date) this.edit((current) => ({ ...current, until: date }));
              }} />
          </div>`
        : words.ending === 'count'
          ? html`<div class="field">
              <label class="label" for="recurrence-count">${msg('Zahl der Termine', { id: 'records.recurrence.count' })}</label>
              <input class="input short" id="recurrence-count" type="text" inputmode="numeric" autocomplete="off" .value=${String(words.count)}
                @input=${(e: Event) => {
                  const n = Number((e.target as HTMLInputElement).value.trim());
                  if (Number.isInteger(n) && n >= 1) this.edit((current) => ({ ...current, count: n }));
                }} />
            </div>`
          : nothing}
    </fieldset>`;
  }

  private renderExdates(recurrence: RecurrenceValue) {
    const locale = activeOfficeLocale();
    const shown = (instant: string) => new Date(instant).toLocaleDateString(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: this.timeZone });
    return html`<fieldset class="exdates">
      <legend class="label">${msg('Ausnahmen: an diesen Tagen fällt die Veranstaltung aus', { id: 'records.recurrence.exdates' })}</legend>
      ${recurrence.exdates.length === 0
        ? html`<p>${msg('Keine Ausnahmen.', { id: 'records.recurrence.exdates.none' })}</p>`
        : html`<ul class="editor-rows exdate-list">
            ${recurrence.exdates.map(
              (instant, index) => html`<li class="exdate">
                <span>${shown(instant)}</span>
                <button type="button" class="button secondary" id=${`exdate-${index}-remove`} @click=${() => this.removeExdate(index)}>${msg(str`Ausnahme am ${shown(instant)} entfernen`, { id: 'records.recurrence.exdate.remove' })}</button>
              </li>`,
            )}
          </ul>`}
      <div class="field ${this.exdateProblem ? 'has-error' : ''}">
        <label class="label" for="exdate-new">${msg('Tag, an dem sie ausfällt', { id: 'records.recurrence.exdate.new' })}</label>
        <p class="field-hint" id="exdate-new-hint">${msg('Ein Datum wie 24.12.2027.', { id: 'records.recurrence.exdate.hint' })}</p>
        ${this.exdateProblem
          ? html`<p class="field-error" id="exdate-new-error"><span class="visually-hidden">${msg('Fehler:', { id: 'form.error-prefix' })}</span> ${msg('Geben Sie den Tag als Datum wie 24.12.2027 an; der Beginn der Veranstaltung braucht eine Uhrzeit.', { id: 'records.recurrence.exdate.error' })}</p>`
          : nothing}
        <input class="input short-date" id="exdate-new" type="text" inputmode="numeric" autocomplete="off" aria-invalid=${this.exdateProblem ? 'true' : 'false'}
          aria-describedby=${this.exdateProblem ? 'exdate-new-hint exdate-new-error' : 'exdate-new-hint'}
          @keydown=${(e: KeyboardEvent) => {
            // Enter adds the date here; it must not submit the whole form.
            if (e.key === 'Enter') {
              e.preventDefault();
              this.addExdate();
            }
          }} />
      </div>
      <button type="button" class="button secondary" id="exdate-add" @click=${() => this.addExdate()}>${msg('Ausnahme hinzufügen', { id: 'records.recurrence.exdate.add' })}</button>
    </fieldset>`;
  }

  /** The next dates from today (or from the start, if it lies ahead), without the exceptions. */
  private renderPreview(recurrence: RecurrenceValue) {
    const locale = activeOfficeLocale();
    const start = new Date(String(this.event.start ?? ''));
    const end = new Date(String(this.event.end ?? ''));
    let content;
    if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) {
      content = html`<p>${msg('Die Vorschau erscheint, sobald Beginn und Ende vollständig sind.', { id: 'records.recurrence.preview.no-start' })}</p>`;
    } else {
      const schedule = { start, end, allDay: this.event.allDay === true, recurrence, timeZone: this.timeZone };
      try {
        validateSchedule(schedule);
        const from = new Date(Math.max(Date.now(), start.getTime()));
        const dates = occurrencesBetween(schedule, from, new Date(from.getTime() + 5 * YEAR_MS), { limit: PREVIEW_COUNT });
        const format = (d: Date) =>
          d.toLocaleString(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', ...(schedule.allDay ? {} : { hour: '2-digit', minute: '2-digit' }), timeZone: this.timeZone });
        content = dates.length
          ? html`<ol class="occurrences">${dates.map((d) => html`<li>${format(d.start)}</li>`)}</ol>`
          : html`<p>${msg('Nach heute gibt es keine Termine mehr.', { id: 'records.recurrence.preview.none' })}</p>`;
      } catch (error) {
        if (!(error instanceof RecurrenceError)) throw error;
        content = html`<p class="warning-text">${ruleProblem(error)}</p>`;
      }
    }
    return html`<section class="occurrence-preview" aria-labelledby="occurrences-title" aria-live="polite">
      <h3 id="occurrences-title">${msg('Die nächsten Termine', { id: 'records.recurrence.preview' })}</h3>
      ${content}
    </section>`;
  }
}

if (!customElements.get('tk-office-recurrence')) customElements.define('tk-office-recurrence', TkOfficeRecurrence);

declare global {
  interface HTMLElementTagNameMap {
    'tk-office-recurrence': TkOfficeRecurrence;
  }
}
