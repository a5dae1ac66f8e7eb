/**
 * Charts rendered to static SVG at build time with Observable Plot on a
 * linkedom document, so they need no JavaScript in the browser. The markup
 * comes from a DOM serializer, which escapes every label taken from data.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/** Colour-blind-safe palette (Okabe-Ito), dark enough on white. */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#8a6d00', '#444444', '#6a3d9a', '#b15928', '#1b7837'];

function newDocument() {
  return parseHTML('<!doctype html><html><body></body></html>').document;
}

export type PlotOptions = Parameters<typeof Plot.plot>[0];

/** Renders one Plot chart to an SVG (or <figure> with legend) string. */
export function renderPlot(options: PlotOptions, ariaLabel: string): string {
  const document = newDocument();
  const node = Plot.plot({
    ...options,
    document: document as unknown as Document,
    ariaLabel,
    style: { fontFamily: 'system-ui, sans-serif', fontSize: '12px', background: 'transparent', color: '#1a1a1a', overflow: 'visible' },
  } as PlotOptions);
  const svgs = (node as unknown as Element).tagName?.toLowerCase() === 'svg' ? [node as unknown as Element] : Array.from((node as unknown as Element).querySelectorAll('svg'));
  // The main chart is an image with a label; legend swatches are decoration next to a text legend.
  for (const svg of svgs) {
    if (svg.getAttribute('aria-label')) svg.setAttribute('role', 'img');
    else svg.setAttribute('aria-hidden', 'true');
    // Plot labels its groups ("rule", "bar") for debugging; inside role=img they are prohibited ARIA (axe: aria-prohibited-attr).
    for (const g of Array.from(svg.querySelectorAll('[aria-label]'))) g.removeAttribute('aria-label');
  }
  moveStylesToAttributes(node as unknown as Element);
  return (node as unknown as Element).outerHTML;
}

/** CSS properties that SVG also takes as presentation attributes (allowed under a style-src 'self' policy). */
const PRESENTATION = new Set(['font-family', 'font-size', 'color', 'overflow', 'fill', 'stroke', 'opacity']);

/**
 * The site's Content-Security-Policy forbids inline styles, and Plot emits a
 * <style> element and style attributes. Its stylesheet is the same for every
 * chart and lives in site.css (`.chart` rules); SVG style declarations
 * become presentation attributes; the rest (figure max-width) is dropped.
 */
function moveStylesToAttributes(root: Element): void {
  for (const style of Array.from(root.querySelectorAll('style'))) style.remove();
  const styled = [root, ...Array.from(root.querySelectorAll('[style]'))].filter((el) => el.hasAttribute('style'));
  for (const el of styled) {
    const isSvg = el.tagName.toLowerCase() === 'svg' || el.closest('svg') !== null;
    for (const decl of (el.getAttribute('style') ?? '').split(';')) {
      const colon = decl.indexOf(':');
      if (colon < 0) continue;
      const name = decl.slice(0, colon).trim().toLowerCase();
      const value = decl.slice(colon + 1).trim();
      if (isSvg && PRESENTATION.has(name) && !el.hasAttribute(name)) el.setAttribute(name, value);
    }
    el.removeAttribute('style');
  }
}
