/**
 * WCAG 2.x contrast between two sRGB colours, for the embed builder's live
 * check: text needs 4.5:1 against its background (AA, 1.4.3), a focus ring
 * 3:1 against what surrounds it (1.4.11).
 */

/** `#rgb` or `#rrggbb` → [r, g, b] in 0…255, or null for anything else. */
export function parseHexColour(value) {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(String(value).trim());
  if (!match) return null;
  const hex = match[1].length === 3 ? [...match[1]].map((digit) => digit + digit).join('') : match[1];
  return [0, 2, 4].map((start) => parseInt(hex.slice(start, start + 2), 16));
}

function relativeLuminance([r, g, b]) {
  const linear = (channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The contrast ratio (1…21) of two hex colours, or null when one is not a hex colour. */
export function contrastRatio(foreground, background) {
  const a = parseHexColour(foreground);
  const b = parseHexColour(background);
  if (!a || !b) return null;
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

export const AA_TEXT = 4.5;
export const AA_NON_TEXT = 3;
