/**
 * The embed builder's page: reads the tenants, their taxonomies and the
 * bundles' integrity manifest from this server, keeps a live preview of the
 * real widget and the snippets in step with the form. It runs under the
 * strict CSP with Trusted Types, so it builds the DOM with elements and
 * `textContent` only.
 */
import { AA_NON_TEXT, AA_TEXT, contrastRatio } from './contrast.js';
import { TRUSTED_TYPES_POLICIES, WIDGET_PRESETS, cspAdditions, hostCsp, snippets } from './snippets.js';

const SNIPPET_TITLES = { html: 'Plain HTML', typo3: 'TYPO3', wordpress: 'WordPress', drupal: 'Drupal', gsb: 'Government Site Builder' };
const LANGUAGE_NAMES = { de: 'Deutsch', en: 'English', tr: 'Türkçe', ar: 'العربية', uk: 'Українська', ru: 'Русский', fa: 'فارسی' };
const RTL = ['ar', 'fa'];

const $ = (id) => document.getElementById(id);
const origin = location.origin;
const state = { tenants: [], manifest: null, taxonomyCache: new Map(), loadedBundles: new Map() };

function element(tag, properties = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(properties)) {
    if (name === 'text') node.textContent = value;
    else node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

async function getJson(path) {
  const response = await fetch(path, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return response.json();
}

function currentTenant() {
  return state.tenants.find((tenant) => tenant.id === $('tenant').value);
}

function fillLocales() {
  const tenant = currentTenant();
  const locales = tenant?.locales ?? ['de'];
  for (const id of ['locale', 'page-lang']) {
    const select = $(id);
    const previous = select.value;
    select.replaceChildren(...locales.map((code) => new Option(`${LANGUAGE_NAMES[code] ?? code} (${code})`, code)));
    select.value = locales.includes(previous) ? previous : (tenant?.defaultLocale ?? locales[0]);
  }
}

async function taxonomy(tenant, name, locale) {
  const key = `${tenant}/${name}/${locale}`;
  if (!state.taxonomyCache.has(key)) {
    state.taxonomyCache.set(key, getJson(`/v1/${encodeURIComponent(tenant)}/taxonomies/${name}?locale=${locale}`).then((body) => body.data));
  }
  return state.taxonomyCache.get(key);
}

/** One group of checkboxes per preset attribute of the chosen widget, from the tenant's taxonomy. */
async function renderPresets() {
  const widget = $('widget').value;
  const tenant = $('tenant').value;
  const groups = await Promise.all(
    Object.entries(WIDGET_PRESETS[widget]).map(async ([attribute, name]) => {
      const terms = await taxonomy(tenant, name, 'en').catch(() => []);
      const headingId = `preset-${attribute}`;
      const list = element('ul', { class: 'links', 'aria-labelledby': headingId });
      for (const term of terms) {
        const id = `preset-${attribute}-${term.code}`;
        const box = element('input', { type: 'checkbox', id, 'data-attribute': attribute, value: term.code });
        list.append(element('li', { class: 'choice' }, [box, element('label', { for: id, text: `${term.label} (${term.code})` })]));
      }
      return element('div', { class: 'preset-group' }, [element('h3', { id: headingId, text: `${attribute} (${name})` }), list]);
    }),
  );
  $('preset-groups').replaceChildren(...groups);
}

function config() {
  const presets = {};
  for (const box of document.querySelectorAll('#preset-groups input:checked')) {
    const attribute = box.dataset.attribute;
    presets[attribute] = presets[attribute] ? `${presets[attribute]},${box.value}` : box.value;
  }
  const colours = Object.fromEntries([...document.querySelectorAll('input[data-property]')].map((input) => [input.dataset.property, input.value]));
  const widget = $('widget').value;
  return {
    origin,
    version: state.manifest?.version ?? '',
    integrity: state.manifest?.files[`${widget}.js`] ?? '',
    widget,
    tenant: $('tenant').value,
    presets,
    locale: document.querySelector('input[name="language-rule"]:checked').value === 'fixed' ? $('locale').value : '',
    headingLevel: Number($('heading-level').value),
    colours,
  };
}

function renderContrast({ colours }) {
  const surface = colours['--tk-color-surface'];
  const checks = [
    ['Text on background', contrastRatio(colours['--tk-color-text'], surface), AA_TEXT],
    ['Primary (links, button text) on background', contrastRatio(colours['--tk-color-primary'], surface), AA_TEXT],
    ['White button text on primary', contrastRatio('#ffffff', colours['--tk-color-primary']), AA_TEXT],
    ['Focus ring on background', contrastRatio(colours['--tk-focus-color'], surface), AA_NON_TEXT],
  ];
  $('contrast').replaceChildren(
    ...checks.map(([label, ratio, needed]) => {
      const passes = ratio !== null && ratio >= needed;
      return element('li', { class: passes ? 'pass' : 'fail', 'data-check': label }, [
        `${label}: ${ratio === null ? '–' : ratio.toFixed(2)}:1 – ${passes ? 'meets' : 'fails'} WCAG AA (${needed}:1)`,
      ]);
    }),
  );
}

async function loadBundle(widget) {
  if (!state.loadedBundles.has(widget)) state.loadedBundles.set(widget, import(`/teilhabe/${state.manifest.version}/${widget}.js`));
  return state.loadedBundles.get(widget);
}

async function renderPreview(current) {
  await loadBundle(current.widget);
  const preview = $('preview');
  const pageLang = $('page-lang').value;
  preview.lang = pageLang;
  preview.dir = RTL.includes(pageLang) ? 'rtl' : 'ltr';
  const widget = document.createElement(current.widget);
  widget.setAttribute('api-base', current.origin);
  widget.setAttribute('tenant', current.tenant);
  widget.setAttribute('url-state', 'none');
  for (const [name, value] of Object.entries(current.presets)) widget.setAttribute(name, value);
  if (current.locale) widget.setAttribute('locale', current.locale);
  widget.setAttribute('heading-level', String(current.headingLevel));
  for (const [name, value] of Object.entries(current.colours)) widget.style.setProperty(name, value);
  preview.replaceChildren(widget);
}

function renderSnippets(current) {
  const texts = snippets(current);
  $('version').textContent = current.version;
  $('snippets').replaceChildren(
    ...Object.entries(texts).map(([kind, text]) => {
      const titleId = `snippet-${kind}-title`;
      return element('section', { class: 'snippet' }, [
        element('h3', { id: titleId, text: SNIPPET_TITLES[kind] }),
        element('pre', { id: `snippet-${kind}`, tabindex: '0', 'aria-labelledby': titleId, text }),
        element('button', { type: 'button', class: 'copy', 'data-copy': `snippet-${kind}`, text: `Copy the ${SNIPPET_TITLES[kind]} snippet` }),
      ]);
    }),
  );
  $('csp-additions').textContent = cspAdditions(current).join('\n');
  $('csp').textContent = hostCsp(current);
  $('tt-policies').textContent = TRUSTED_TYPES_POLICIES.join(' ');
}

let pending = Promise.resolve();
function update() {
  const current = config();
  renderContrast(current);
  renderSnippets(current);
  pending = pending.then(() => renderPreview(current)).catch((error) => {
    $('load-status').textContent = `The preview could not load the widget: ${error.message}`;
  });
}

document.addEventListener('click', async (event) => {
  const button = event.target instanceof Element ? event.target.closest('button[data-copy]') : null;
  if (!button) return;
  const source = button.dataset.copy === 'csp' ? $('csp') : $(button.dataset.copy);
  try {
    await navigator.clipboard.writeText(source.textContent);
    $('load-status').textContent = 'Copied.';
  } catch {
    getSelection()?.selectAllChildren(source);
    $('load-status').textContent = 'Selected: press Ctrl+C to copy.';
  }
});

async function start() {
  try {
    const [tenants, manifest] = await Promise.all([getJson('/v1/tenants'), getJson('/teilhabe/integrity.json')]);
    state.tenants = tenants.data;
    state.manifest = manifest;
  } catch (error) {
    $('load-status').textContent = `The builder could not read this server's tenants or bundles: ${error.message}. Check that the widgets are built (npm run build).`;
    return;
  }
  $('tenant').replaceChildren(...state.tenants.map((tenant) => new Option(`${tenant.name} (${tenant.id})`, tenant.id)));
  fillLocales();
  await renderPresets();
  const form = $('settings');
  form.addEventListener('change', async (event) => {
    if (event.target.id === 'tenant') fillLocales();
    if (event.target.id === 'tenant' || event.target.id === 'widget') await renderPresets();
    update();
  });
  form.addEventListener('input', (event) => {
    if (event.target.type === 'color') update();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  update();
  document.body.dataset.ready = 'true';
}

start();
