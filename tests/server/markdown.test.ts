/** The pages' Markdown: rendered where it is safe, escaped everywhere else. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headingSlug, renderInline, renderMarkdown } from '../../packages/server/src/pages/markdown.js';

test('code spans, emphasis and links are rendered; HTML in the text is escaped', () => {
  assert.equal(renderInline('Use `?locale=<x>` and **always** [the guide](typo3.md).'), 'Use <code>?locale=&lt;x&gt;</code> and <strong>always</strong> <a href="typo3.md">the guide</a>.');
  assert.equal(renderInline('<script>alert(1)</script>'), '&lt;script&gt;alert(1)&lt;/script&gt;');
  assert.equal(renderInline('**An import map with `integrity`**, `**not bold**`'), '<strong>An import map with <code>integrity</code></strong>, <code>**not bold**</code>');
});

test('a link to a javascript: or data: target stays text', () => {
  assert.equal(renderInline('[x](javascript:alert(1))'), '[x](javascript:alert(1))');
  assert.doesNotMatch(renderInline('[x](data:text/html,hi)'), /<a /);
});

test('blocks: headings with GitHub anchors, paragraphs, lists, fenced code, tables', () => {
  const html = renderMarkdown('# Updating from one version to the next\n\nLine one\nline two.\n\n1. First\n2. Second `x`\n\n```html\n<tk-a>\n```\n\n| a | b |\n|---|---|\n| `1` | 2 |');
  assert.match(html, /<h1 id="updating-from-one-version-to-the-next">/);
  assert.match(html, /<p>Line one line two\.<\/p>/);
  assert.match(html, /<ol><li>First<\/li><li>Second <code>x<\/code><\/li><\/ol>/);
  assert.match(html, /<pre><code class="language-html">&lt;tk-a&gt;<\/code><\/pre>/);
  assert.match(html, /<td data-label="a"><code>1<\/code><\/td><td data-label="b">2<\/td>/);
  assert.equal(headingSlug('What `kses` removes'), 'what-kses-removes');
});
