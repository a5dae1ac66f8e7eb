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
  return (node as unknown as Element).outerHTML;
}
