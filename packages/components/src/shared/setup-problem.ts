/**
 * A widget set up wrongly must not stay silent: no `api-base`, one that is
 * not a URL, no `tenant`, a tenant the server does not know, or an API that
 * cannot be reached. The reader sees a localized message; the web team gets
 * one `console.error` per problem that names the attribute to fix.
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { isNetworkError, isNotFound, isProblemOfType, isTimeoutError } from '@teilhabe/sdk';

export type SetupProblem =
  | { kind: 'missing-api-base' }
  | { kind: 'invalid-api-base'; apiBase: string }
  | { kind: 'missing-tenant' }
  | { kind: 'unknown-tenant'; tenant: string };

function isUrl(value: string): boolean {
  try {
    const url = new URL(value.trim(), document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** What is wrong with `api-base` and `tenant` before any request, if anything. */
export function checkAttributes(apiBase: string, tenant: string): SetupProblem | undefined {
  if (!apiBase.trim()) return { kind: 'missing-api-base' };
  if (!isUrl(apiBase)) return { kind: 'invalid-api-base', apiBase };
  if (!tenant.trim()) return { kind: 'missing-tenant' };
  return undefined;
}

function consoleText(tag: string, problem: SetupProblem | { kind: 'unreachable'; apiBase: string }): string {
  switch (problem.kind) {
    case 'missing-api-base':
      return `<${tag}>: the api-base attribute is missing. Set it to the URL of the Teilhabe-Kit data API, e.g. api-base="https://daten.musterkreis.de".`;
    case 'invalid-api-base':
      return `<${tag}>: the api-base attribute "${problem.apiBase}" is not an http(s) URL. Set it to the URL of the Teilhabe-Kit data API.`;
    case 'missing-tenant':
      return `<${tag}>: the tenant attribute is missing. Set it to the id of the municipality or district, e.g. tenant="musterkreis" (see /v1/tenants).`;
    case 'unknown-tenant':
      return `<${tag}>: the API does not know the tenant "${problem.tenant}". Check the tenant attribute against /v1/tenants of the API.`;
    case 'unreachable':
      return `<${tag}>: the data API at api-base="${problem.apiBase}" could not be reached. Check the api-base attribute and that the API allows this page's origin (CORS).`;
  }
}

/** Tracks a widget's setup problem and reports each one once on the console. */
export class SetupDiagnosis {
  problem: SetupProblem | undefined;
  private readonly reported = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly tag: string,
  ) {
  }

  /** Checks the attributes (nothing to check when the host app passes its own `api`). */
  check(hasOwnApi: boolean, apiBase: string, tenant: string): void {
    const problem = hasOwnApi ? undefined : checkAttributes(apiBase, tenant);
    this.problem = problem;
    if (problem) this.report(problem);
  }

  /** Hears the outcome of each request: `undefined` on success. */
  failed(error: unknown, apiBase: string, tenant: string): void {
    if (error === undefined) {
      if (this.problem?.kind === 'unknown-tenant') this.problem = undefined;
      return;
    }
    if (isNotFound(error) && isProblemOfType(error, 'unknown-tenant')) {
      this.problem = { kind: 'unknown-tenant', tenant };
      this.report(this.problem);
      this.host.requestUpdate();
    } else if ((isNetworkError(error) || isTimeoutError(error)) && navigator.onLine !== false) {
      this.report({ kind: 'unreachable', apiBase });
    }
  }

  private report(problem: SetupProblem | { kind: 'unreachable'; apiBase: string }): void {
    if (this.reported.has(problem.kind)) return;
    this.reported.add(problem.kind);
    console.error(consoleText(this.tag, problem));
  }
}

function hintOf(problem: SetupProblem): string {
  switch (problem.kind) {
    case 'missing-api-base':
      return msg('Es fehlt die Adresse der Daten (Attribut api-base).', { id: 'setup.missing-api-base' });
    case 'invalid-api-base':
      return msg('Die Adresse der Daten (Attribut api-base) ist keine Web-Adresse.', { id: 'setup.invalid-api-base' });
    case 'missing-tenant':
      return msg('Es fehlt die Angabe der Gemeinde oder des Landkreises (Attribut tenant).', { id: 'setup.missing-tenant' });
    case 'unknown-tenant': {
      const tenant = problem.tenant;
      return msg(str`Der Datendienst kennt die Gemeinde oder den Landkreis „${tenant}“ nicht (Attribut tenant).`, { id: 'setup.unknown-tenant' });
    }
  }
}

/** The message in place of the widget's content; the retry helps after a fix on the server side. */
export function setupState(problem: SetupProblem, onRetry: () => void): TemplateResult {
  return html`<div class="state state-error setup-problem" part="state state-error" role="status">
    <p class="state-title">${msg('Dieser Bereich kann gerade nicht angezeigt werden.', { id: 'setup.title' })}</p>
    <p>${hintOf(problem)}</p>
    <p>${msg('Die Redaktion dieser Seite kann das beheben.', { id: 'setup.who' })}</p>
    ${problem.kind === 'unknown-tenant'
      ? html`<button type="button" class="button" part="button" @click=${onRetry}>${msg('Erneut versuchen', { id: 'state.retry' })}</button>`
      : ''}
  </div>`;
}
