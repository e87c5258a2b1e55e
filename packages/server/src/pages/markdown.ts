/**
 * The small part of Markdown the server's pages need: the API reference's
 * descriptions (code spans, emphasis, links, paragraphs) and the CMS guides
 * (headings, lists, fenced code, tables). Everything is escaped first; links
 * keep only http(s), root-relative, fragment and relative targets.
 */
import { escapeHtml } from './html.js';

const SAFE_LINK = /^(?:https?:\/\/|\/|#|\.{0,2}\/?[\w.-]+(?:\/[\w.-]*)*(?:#[\w-]*)?$)/;

/** Code spans, `**strong**`, `*em*` and `[text](target)` on one line of text. */
export function renderInline(text: string): string {
  // Code spans first, held aside, so emphasis may wrap them and never reaches into them.
  const spans: string[] = [];
  const held = text.replace(/`([^`]+)`/g, (_all, code: string) => `\u0000${spans.push(`<code>${escapeHtml(code)}</code>`) - 1}\u0000`);
  return renderEmphasisAndLinks(held).replace(/\u0000(\d+)\u0000/g, (_all, index: string) => spans[Number(index)]!);
}

function renderEmphasisAndLinks(text: string): string {
  return escapeHtml(text)
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (all, label: string, target: string) => {
      const href = target.replace(/&amp;/g, '&');
      return SAFE_LINK.test(href) && !/^javascript:/i.test(href) ? `<a href="${escapeHtml(href)}">${label}</a>` : all;
    })
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[\s(])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>');
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function headingSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[`*]/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

/** Block-level Markdown: headings, paragraphs, lists, fenced code, tables. */
export function renderMarkdown(source: string): string {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  const out: string[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index]!;
    const fence = /^(\s*)```(\w*)\s*$/.exec(line);
    if (fence) {
      const indent = fence[1]!.length;
      const code: string[] = [];
      index += 1;
      while (index < lines.length && !/^\s*```\s*$/.test(lines[index]!)) code.push(lines[index++]!.slice(indent));
      index += 1;
      out.push(`<pre><code${fence[2] ? ` class="language-${escapeHtml(fence[2])}"` : ''}>${escapeHtml(code.join('\n'))}</code></pre>`);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const level = heading[1]!.length;
      out.push(`<h${level} id="${escapeHtml(headingSlug(heading[2]!))}">${renderInline(heading[2]!)}</h${level}>`);
      index += 1;
      continue;
    }
    if (/^\|/.test(line)) {
      const rows: string[] = [];
      while (index < lines.length && /^\|/.test(lines[index]!)) rows.push(lines[index++]!);
      out.push(renderTable(rows));
      continue;
    }
    const listItem = /^(\s*)([-*]|\d+\.)\s+/;
    if (listItem.test(line)) {
      const ordered = /^\s*\d+\./.test(line);
      const items: string[] = [];
      while (index < lines.length && lines[index]!.trim() !== '' && !/^\s*```/.test(lines[index]!)) {
        const current = lines[index]!;
        if (listItem.test(current)) items.push(current.replace(listItem, ''));
        else items[items.length - 1] += ` ${current.trim()}`;
        index += 1;
      }
      const tag = ordered ? 'ol' : 'ul';
      out.push(`<${tag}>${items.map((item) => `<li>${renderInline(item)}</li>`).join('')}</${tag}>`);
      while (index < lines.length && lines[index]!.trim() === '' && listItem.test(lines[index + 1] ?? '') && /^\s*\d+\./.test(lines[index + 1]!) === ordered) index += 1;
      continue;
    }
    if (line.trim() === '') {
      index += 1;
      continue;
    }
    const paragraph: string[] = [];
    while (index < lines.length && lines[index]!.trim() !== '' && !/^(#{1,6}\s|\s*```|\|)/.test(lines[index]!) && !listItem.test(lines[index]!)) paragraph.push(lines[index++]!.trim());
    out.push(`<p>${renderInline(paragraph.join(' '))}</p>`);
  }
  return out.join('\n');
}

function renderTable(rows: string[]): string {
  const cells = (row: string) => row.replace(/^\|/, '').replace(/\|\s*$/, '').split('|').map((cell) => cell.trim());
  const [head, , ...body] = rows;
  const headers = cells(head ?? '');
  const headRow = `<tr>${headers.map((cell) => `<th scope="col">${renderInline(cell)}</th>`).join('')}</tr>`;
  const bodyRows = body.map((row) => `<tr>${cells(row).map((cell, i) => `<td data-label="${escapeHtml(headers[i] ?? '')}">${renderInline(cell)}</td>`).join('')}</tr>`);
  return `<table class="reflow"><thead>${headRow}</thead><tbody>${bodyRows.join('')}</tbody></table>`;
}
