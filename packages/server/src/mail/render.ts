/**
 * One small document model for every mail, rendered twice: as plain text and
 * as HTML. The HTML loads nothing (no images, fonts or style sheets from
 * anywhere), has no tracking, and sets `lang` and `dir` of the mail's language.
 */
import { RTL_LOCALES, type Locale } from '@teilhabe/contract';
import { escapeHtml } from '../pages/html.js';

export type MailBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'facts'; rows: Array<[label: string, value: string]> }
  | { kind: 'link'; href: string }
  | { kind: 'quote'; text: string };

export interface MailDocument {
  language: Locale;
  title: string;
  blocks: MailBlock[];
  /** The municipality and its office: name first, then contact lines. */
  footer: { lead: string; lines: string[] };
}

export function renderText(doc: MailDocument): string {
  const parts = doc.blocks.map((block) => {
    switch (block.kind) {
      case 'paragraph':
        return block.text;
      case 'heading':
        return `${block.text}\n${'-'.repeat(Math.min(block.text.length, 60))}`;
      case 'list':
        return block.items.map((item) => `- ${item}`).join('\n');
      case 'facts':
        return block.rows.map(([label, value]) => `${label}: ${value}`).join('\n');
      case 'link':
        return block.href;
      case 'quote':
        return block.text
          .split('\n')
          .map((line) => `> ${line}`)
          .join('\n');
    }
  });
  return `${parts.join('\n\n')}\n\n-- \n${doc.footer.lead}\n${doc.footer.lines.join('\n')}\n`;
}

const paragraphs = (text: string) => escapeHtml(text).replace(/\n/g, '<br>');

export function renderHtml(doc: MailDocument): string {
  const dir = RTL_LOCALES.includes(doc.language) ? 'rtl' : 'ltr';
  const body = doc.blocks
    .map((block) => {
      switch (block.kind) {
        case 'paragraph':
          return `<p>${paragraphs(block.text)}</p>`;
        case 'heading':
          return `<h2 style="font-size:1.1em;margin:1.2em 0 0.4em">${escapeHtml(block.text)}</h2>`;
        case 'list':
          return `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
        case 'facts':
          return `<table role="presentation" style="border-collapse:collapse">${block.rows
            .map(([label, value]) => `<tr><th scope="row" style="text-align:start;padding:0.2em 1em 0.2em 0;vertical-align:top">${escapeHtml(label)}</th><td style="padding:0.2em 0">${paragraphs(value)}</td></tr>`)
            .join('')}</table>`;
        case 'link':
          return `<p><a href="${escapeHtml(block.href)}">${escapeHtml(block.href)}</a></p>`;
        case 'quote':
          return `<blockquote style="margin:0.5em 0;padding:0.5em 1em;border-inline-start:4px solid #767676">${paragraphs(block.text)}</blockquote>`;
      }
    })
    .join('\n');
  return `<!doctype html>
<html lang="${doc.language}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.title)}</title>
</head>
<body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1b1b1b;background:#ffffff;max-width:40em;margin:0 auto;padding:1em">
${body}
<hr style="margin-top:2em">
<p style="font-size:0.9em"><strong>${escapeHtml(doc.footer.lead)}</strong><br>${doc.footer.lines.map(escapeHtml).join('<br>')}</p>
</body>
</html>`;
}
