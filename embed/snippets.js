/**
 * What the embed builder hands to a web team: the widget element, the one
 * module script (versioned URL, `integrity`, `crossorigin`), the colours as a
 * rule for the site's stylesheet (a strict CSP forbids `style` attributes),
 * the Content-Security-Policy the host page needs, and the same pieces in the
 * form each CMS takes them. No DOM here, so the tests use it as it is.
 */

/** Widget → attribute → the tenant's taxonomy whose codes it takes. */
export const WIDGET_PRESETS = {
  'tk-mo-directory': { topic: 'topics', area: 'areas', type: 'organization-types' },
  'tk-event-calendar': { topic: 'topics', area: 'areas', format: 'event-formats' },
  'tk-room-booking': { area: 'areas' },
  'tk-funding-finder': { kind: 'funding-kinds', topic: 'topics' },
};

/** The `--tk-*` custom properties the builder offers, with the widgets' defaults. */
export const COLOUR_PROPERTIES = {
  '--tk-color-primary': '#0b4f9c',
  '--tk-color-text': '#1b1b1b',
  '--tk-color-surface': '#ffffff',
  '--tk-focus-color': '#0b4f9c',
};

/** Policy names the bundles create when the host restricts `trusted-types`. */
export const TRUSTED_TYPES_POLICIES = ['lit-html', 'tk-json-ld'];

const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function bundleUrl({ origin, version, widget }) {
  return `${origin}/teilhabe/${version}/${widget}.js`;
}

export function widgetMarkup(config) {
  const attributes = [['api-base', config.origin], ['tenant', config.tenant]];
  for (const [name, value] of Object.entries(config.presets ?? {})) if (value) attributes.push([name, value]);
  if (config.locale) attributes.push(['locale', config.locale]);
  if (config.headingLevel && Number(config.headingLevel) !== 2) attributes.push(['heading-level', String(config.headingLevel)]);
  const rendered = attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  return `<${config.widget}${rendered}></${config.widget}>`;
}

export function scriptTag(config) {
  return `<script type="module" src="${escapeAttribute(bundleUrl(config))}" integrity="${escapeAttribute(config.integrity)}" crossorigin="anonymous"></script>`;
}

/** Only the colours that differ from the defaults, as one rule for the site's stylesheet. */
export function stylesheetRule(config) {
  const changed = Object.entries(config.colours ?? {}).filter(([name, value]) => value && value.toLowerCase() !== COLOUR_PROPERTIES[name]);
  if (changed.length === 0) return '';
  return `${config.widget} {\n${changed.map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}`;
}

/** The directives the host page needs on top of its own `'self'`. */
export function cspAdditions({ origin }) {
  return [`script-src ${origin}`, `connect-src ${origin}`];
}

/** A complete strict policy that the widget runs under (as the tests load it). */
export function hostCsp({ origin }) {
  return `default-src 'self'; script-src 'self' ${origin}; connect-src 'self' ${origin}; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'`;
}

export function snippets(config) {
  const element = widgetMarkup(config);
  const script = scriptTag(config);
  const url = bundleUrl(config);
  const css = stylesheetRule(config);
  const cssNote = css ? `\n\n/* In the site's stylesheet: */\n${css}` : '';
  const slug = config.widget.replace(/^tk-/, '');
  return {
    html: `${script}\n${element}${css ? `\n\n<!-- In the site's stylesheet (no style attribute: a strict CSP blocks it): -->\n<!--\n${css}\n-->` : ''}`,
    typo3: `# Content element "Plain HTML" (HTML), in the page's content:
${element}

# TypoScript setup of the site package (loads the script once per page):
page.includeJSFooterlibs.teilhabe-${slug} = ${url}
page.includeJSFooterlibs.teilhabe-${slug} {
  external = 1
  type = module
  integrity = ${config.integrity}
  crossorigin = anonymous
  excludeFromConcatenation = 1
  disableCompression = 1
}${cssNote}`,
    wordpress: `<!-- Block "Custom HTML" (needs the capability unfiltered_html, see the guide): -->
<!-- wp:html -->
${element}
<!-- /wp:html -->

<?php
// wp-content/plugins/teilhabe-kit/teilhabe-kit.php (or the theme's functions.php): the script once per page.
add_action('wp_head', function () {
    wp_print_script_tag([
        'type' => 'module',
        'src' => '${url}',
        'integrity' => '${config.integrity}',
        'crossorigin' => 'anonymous',
    ]);
});${css ? `\n// In the theme's stylesheet:\n/*\n${css}\n*/` : ''}`,
    drupal: `# Body field (text format with "${config.widget}" and its attributes allowed, see the guide):
${element}

# teilhabe_kit.libraries.yml of a module or theme:
${slug}:
  js:
    ${url}:
      type: external
      minified: true
      attributes:
        type: module
        integrity: ${config.integrity}
        crossorigin: anonymous

# Attach it in the theme's *.info.yml (libraries: - teilhabe_kit/${slug}) or with #attached on the node.${cssNote}`,
    gsb: `<!-- Government Site Builder: the operator adds the script to the page template's head
     (editors cannot add scripts); the element goes into an HTML fragment the template allows. -->
${script}

${element}${cssNote}`,
  };
}
