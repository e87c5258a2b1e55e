import { API_VERSION } from '@teilhabe/contract';
import { escapeHtml, page } from './html.js';

/** What the server holds besides the API: each link appears only when its part is there. */
export interface FrontDoor {
  hasDemo: boolean;
  hasEmbedBuilder?: boolean;
  hasGuides?: boolean;
  hasStorybook?: boolean;
  hasOffice?: boolean;
  /** The directory's versioned bundle and its hash, for the snippet; absent when the widgets are not built. */
  widget?: { origin: string; url: string; integrity: string; tenant: string };
}

function snippet(widget: NonNullable<FrontDoor['widget']>) {
  const code = `<script type="module" src="${widget.url}" integrity="${widget.integrity}" crossorigin="anonymous"></script>
<tk-mo-directory api-base="${widget.origin}" tenant="${widget.tenant}"></tk-mo-directory>`;
  return `<pre tabindex="0" aria-label="Snippet for the directory of migrant organisations"><code>${escapeHtml(code)}</code></pre>
<p>The host page's Content-Security-Policy adds <code>${escapeHtml(`script-src ${widget.origin}; connect-src ${widget.origin}`)}</code>. The version in the URL never changes; to update, change the version and the <code>integrity</code> together.</p>`;
}

export function landingPage(tenants: Array<{ id: string; name: string }>, door: FrontDoor) {
  const tenantLinks = tenants
    .map((t) => `<li><a href="/v1/${escapeHtml(t.id)}/organizations">${escapeHtml(t.name)}</a> <code>${escapeHtml(t.id)}</code></li>`)
    .join('');
  const doors = [
    door.hasEmbedBuilder && '<li><a href="/embed/"><strong>Embed builder</strong></a><br>Choose a widget, presets, language and colours; copy the snippet for HTML, TYPO3, WordPress, Drupal or Government Site Builder.</li>',
    door.hasGuides && '<li><a href="/docs/embedding/"><strong>CMS guides</strong></a><br>What each CMS does to a custom element and a module script, the policy to set, and how to update safely.</li>',
    door.hasStorybook && '<li><a href="/storybook/"><strong>Storybook</strong></a><br>Every widget in every state, with its attributes, events and CSS properties.</li>',
    '<li><a href="/reference"><strong>API reference</strong></a><br>The data API, readable; the <a href="/v1/openapi.json">OpenAPI 3.1 document</a> for code.</li>',
    door.hasOffice && '<li><a href="/office/"><strong>Office app</strong></a><br>For staff: bookings, records, translations and imports.</li>',
    door.hasDemo && '<li><a href="/demo/"><strong>Demo website</strong></a><br>All four widgets on a district website under a strict policy (Integration im Landkreis Musterkreis).</li>',
  ].filter(Boolean);
  return page(
    'Teilhabe-Kit',
    `<h1>Teilhabe-Kit <small>API v${API_VERSION}</small></h1>
<p>Accessible widgets and a data API for municipal integration work: a directory of migrant organisations, an event calendar, room booking and a funding finder, in seven languages, for any CMS. The widgets load from this server, make no third-party requests, set no cookies and run under a strict Content-Security-Policy.</p>
<h2>Put a widget on your website</h2>
${door.widget ? snippet(door.widget) : '<p>The widgets are not built on this server yet: run <code>npm run build</code>.</p>'}
<ul class="front-door">${doors.join('\n')}</ul>
<h2>The data API</h2>
<ul class="links">
<li><a href="/reference">API reference</a> (readable, generated from the OpenAPI document)</li>
<li><a href="/v1/openapi.json">OpenAPI 3.1 document</a></li>
<li><a href="/v1/tenants">Tenants</a></li>
</ul>
<h3>Tenants</h3>
<ul>${tenantLinks || '<li>None yet: run <code>teilhabe-server seed</code>.</li>'}</ul>
<h3>Problem types</h3>
<p>Errors are RFC 9457 <code>application/problem+json</code>. Their <code>type</code> is one of:
<code>/problems/validation</code>, <code>/problems/malformed-body</code>, <code>/problems/not-found</code>, <code>/problems/unknown-tenant</code>,
<code>/problems/unauthorized</code>, <code>/problems/forbidden</code>, <code>/problems/booking-conflict</code>, <code>/problems/booking-rules</code>,
<code>/problems/booking-not-pending</code>, <code>/problems/idempotency-key-reused</code>, <code>/problems/request-in-progress</code>,
<code>/problems/rate-limited</code>, <code>/problems/room-in-use</code>, <code>/problems/body-too-large</code>, <code>/problems/rule-too-complex</code>,
<code>/problems/proposal-decided</code>, <code>/problems/no-free-id</code>,
<code>/problems/internal</code>.</p>`,
  );
}
