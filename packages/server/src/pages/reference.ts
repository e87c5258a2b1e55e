/** A readable API reference rendered on the server from the OpenAPI document: no script, no CDN. */
import { escapeHtml, page } from './html.js';
import { renderInline, renderMarkdown } from './markdown.js';

interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: Array<{ name: string; in: string; required?: boolean; description?: string; schema?: { type?: string; enum?: string[]; $ref?: string } }>;
  requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> };
  responses?: Record<string, { description?: string }>;
}

type Document = { info: { title: string; version: string; description?: string }; paths: Record<string, Record<string, Operation>> };

const refName = (ref?: string) => ref?.split('/').pop() ?? '';

export function referencePage(document: unknown) {
  const doc = document as Document;
  const byTag = new Map<string, Array<{ method: string; path: string; op: Operation }>>();
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const tag = op.tags?.[0] ?? 'Other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), { method, path, op }]);
    }
  }
  const toc = [...byTag.keys()].map((tag) => `<li><a href="#${escapeHtml(tag)}">${escapeHtml(tag)}</a></li>`).join('');
  const sections = [...byTag.entries()]
    .map(
      ([tag, operations]) => `<section id="${escapeHtml(tag)}"><h2>${escapeHtml(tag)}</h2>${operations.map(renderOperation).join('')}</section>`,
    )
    .join('');
  return page(
    `${doc.info.title}: reference`,
    `<h1>${escapeHtml(doc.info.title)} <small>v${escapeHtml(doc.info.version)}</small></h1>
${renderMarkdown(doc.info.description ?? '')}
<p><a href="/v1/openapi.json">OpenAPI 3.1 document</a> · <a href="/">Start</a></p>
<nav aria-label="Sections"><ul class="links">${toc}</ul></nav>
${sections}`,
  );
}

function renderOperation({ method, path, op }: { method: string; path: string; op: Operation }) {
  const params = (op.parameters ?? [])
    .map(
      (p) =>
        `<tr><td data-label="Name"><code>${escapeHtml(p.name)}</code></td><td data-label="In">${escapeHtml(p.in)}</td><td data-label="Required">${p.required ? 'yes' : 'no'}</td><td data-label="Type">${escapeHtml(
          p.schema?.enum ? p.schema.enum.join(' | ') : p.schema?.type ?? refName(p.schema?.$ref),
        )}</td><td data-label="Description">${renderInline(p.description ?? '')}</td></tr>`,
    )
    .join('');
  const body = op.requestBody?.content?.['application/json']?.schema?.$ref;
  const responses = Object.entries(op.responses ?? {})
    .map(([status, response]) => `<li><code>${escapeHtml(status)}</code> ${renderInline(response.description ?? '')}</li>`)
    .join('');
  return `<article id="${escapeHtml(op.operationId ?? '')}">
<h3><span class="method">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code></h3>
<p>${renderInline(op.summary ?? '')}${op.security?.length ? ' <strong>(editor token)</strong>' : ''}</p>
${op.description ? renderMarkdown(op.description) : ''}
${params ? `<table class="reflow"><caption>Parameters</caption><thead><tr><th>Name</th><th>In</th><th>Required</th><th>Type</th><th>Description</th></tr></thead><tbody>${params}</tbody></table>` : ''}
${body ? `<p>Body: <code>${escapeHtml(refName(body))}</code></p>` : ''}
<ul>${responses}</ul>
</article>`;
}
