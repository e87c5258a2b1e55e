/**
 * `style=${styleProperties({ 'grid-row': '3 / 7' })}`: sets inline CSS
 * properties through the CSSOM (`element.style.setProperty`), on the first
 * render too.
 *
 * Lit's `styleMap` writes its first render as a `style` attribute, which a
 * host page's `style-src 'self'` (no 'unsafe-inline', as the CMS guides
 * recommend) blocks, so the week grid lost every position there. The CSP
 * governs style attributes and elements, not the CSSOM, so this directive
 * never writes the attribute.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

type StyleProperties = Readonly<Record<string, string | undefined>>;

class StylePropertiesDirective extends Directive {
  private applied = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style') {
      throw new Error('styleProperties() belongs in a style attribute binding');
    }
  }

  render(_properties: StyleProperties) {
    return noChange;
  }

  override update(part: AttributePart, [properties]: [StyleProperties]) {
    const style = (part.element as HTMLElement).style;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      next.add(name);
    }
    for (const name of this.applied) if (!next.has(name)) style.removeProperty(name);
    this.applied = next;
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
