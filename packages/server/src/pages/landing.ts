import { API_VERSION } from '@teilhabe/contract';
import { escapeHtml, page } from './html.js';

export function landingPage(tenants: Array<{ id: string; name: string }>, hasDemo: boolean) {
  const tenantLinks = tenants
    .map((t) => `<li><a href="/v1/${escapeHtml(t.id)}/organizations">${escapeHtml(t.name)}</a> <code>${escapeHtml(t.id)}</code></li>`)
    .join('');
  return page(
    'Teilhabe-Kit data API',
    `<h1>Teilhabe-Kit data API <small>v${API_VERSION}</small></h1>
<p>Directory of migrant organisations, rooms and bookings, events and funding programmes, for municipal integration work.</p>
<ul class="links">
${hasDemo ? '<li><a href="/demo/">Demo website with the widgets</a> (Integration im Landkreis Musterkreis)</li>' : ''}
<li><a href="/reference">API reference</a> (readable, generated from the OpenAPI document)</li>
<li><a href="/v1/openapi.json">OpenAPI 3.1 document</a></li>
<li><a href="/v1/tenants">Tenants</a></li>
</ul>
<h2>Tenants</h2>
<ul>${tenantLinks || '<li>None yet: run <code>teilhabe-server seed</code>.</li>'}</ul>
<h2>Problem types</h2>
<p>Errors are RFC 9457 <code>application/problem+json</code>. Their <code>type</code> is one of:
<code>/problems/validation</code>, <code>/problems/malformed-body</code>, <code>/problems/not-found</code>, <code>/problems/unknown-tenant</code>,
<code>/problems/unauthorized</code>, <code>/problems/forbidden</code>, <code>/problems/booking-conflict</code>, <code>/problems/booking-rules</code>,
<code>/problems/booking-not-pending</code>, <code>/problems/idempotency-key-reused</code>, <code>/problems/request-in-progress</code>,
<code>/problems/rate-limited</code>, <code>/problems/room-in-use</code>, <code>/problems/body-too-large</code>, <code>/problems/rule-too-complex</code>,
<code>/problems/proposal-decided</code>, <code>/problems/no-free-id</code>,
<code>/problems/internal</code>.</p>`,
  );
}
