/**
 * Maps drawn to SVG at build time with d3-geo from the world-atlas and
 * us-atlas TopoJSON packages: no tiles, no network, no JavaScript in the
 * browser. Base layers (land and borders) are computed once per build and
 * reused; marks are added per page. Every string from the database reaches
 * the markup through escapeXml.
 */
import { geoAlbersUsa, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { createRequire } from 'node:module';
import { escapeXml } from './rss.ts';

export type MapKind = 'us' | 'world';

interface Frame { kind: MapKind; width: number; height: number; projection: GeoProjection; base: string }

const frames = new Map<string, Frame>();

// Read at run time rather than imported: bundled, the two atlases (220 KB of numbers) were a large share of what
// the site build's bundler parsed on every build.
const require = createRequire(import.meta.url);
const worldTopo = require('world-atlas/countries-110m.json') as unknown;
const usTopo = require('us-atlas/states-10m.json') as unknown;

/**
 * Share of the atlas's points kept: about 30 KB of SVG per map at 960 px (the full-detail paths are four times
 * that, for borders no one can see at this size). Locators are drawn smaller and keep fewer.
 */
const DETAIL = { full: 0.2, small: 0.08 } as const;

function simplified<T extends Topology>(topo: T, keep: number): T {
  const pre = presimplify(structuredClone(topo) as unknown as Topology);
  return simplify(pre, quantile(pre, keep)) as unknown as T;
}

/** The US map (Albers, Alaska and Hawaii inset) or the world map (Natural Earth), fitted to a fixed viewBox. */
function frame(kind: MapKind, detail: keyof typeof DETAIL = 'full'): Frame {
  const cached = frames.get(`${kind}:${detail}`);
  if (cached) return cached;
  let f: Frame;
  if (kind === 'us') {
    const topo = simplified(usTopo as unknown as Topology<{ states: GeometryCollection }>, DETAIL[detail]);
    const width = 960, height = 600;
    const land = feature(topo, topo.objects.states);
    const projection = geoAlbersUsa().fitSize([width, height], land);
    const path = geoPath(projection).digits(0);
    const borders = mesh(topo, topo.objects.states, (a, b) => a !== b);
    f = { kind, width, height, projection, base: `<path class="map-land" d="${path(land) ?? ''}"/><path class="map-border" d="${path(borders) ?? ''}"/>` };
  } else {
    const topo = simplified(worldTopo as unknown as Topology<{ countries: GeometryCollection }>, DETAIL[detail]);
    const width = 960, height = 500;
    const land = feature(topo, topo.objects.countries);
    const projection = geoNaturalEarth1().fitSize([width, height], { type: 'Sphere' });
    const path = geoPath(projection).digits(0);
    const borders = mesh(topo, topo.objects.countries, (a, b) => a !== b);
    f = { kind, width, height, projection, base: `<path class="map-sphere" d="${path({ type: 'Sphere' }) ?? ''}"/><path class="map-land" d="${path(land) ?? ''}"/><path class="map-border" d="${path(borders) ?? ''}"/>` };
  }
  frames.set(`${kind}:${detail}`, f);
  return f;
}

export interface MapMark { name: string; href: string | null; lat: number; lon: number; events: number; landDisputes: number }

/** Where a point falls on a map; null when that projection cannot show it (geoAlbersUsa has no Europe). */
export function project(kind: MapKind, lon: number, lat: number): [number, number] | null {
  return frame(kind).projection([lon, lat]) ?? null;
}

/** Mark radius grows with the square root of the event count, so areas compare honestly. */
export const markRadius = (events: number) => 4 + 3.5 * Math.sqrt(Math.max(1, events));

/**
 * A map with one circle per place, biggest first so small marks stay on top and clickable. The SVG is hidden
 * from assistive technology and its links from the tab order: the list beside every map holds the same links.
 */
export function renderMarksMap(kind: MapKind, marks: MapMark[], caption: string): { svg: string; drawn: number } {
  const f = frame(kind);
  const circles: string[] = [];
  const sorted = [...marks].sort((a, b) => b.events - a.events);
  for (const m of sorted) {
    const xy = f.projection([m.lon, m.lat]);
    if (!xy) continue;
    const label = `${m.name}: ${m.events} ${m.events === 1 ? 'event' : 'events'}${m.landDisputes ? `, ${m.landDisputes} land ${m.landDisputes === 1 ? 'dispute' : 'disputes'}` : ''}`;
    const circle = `<circle class="map-mark${m.landDisputes ? ' map-mark-land' : ''}" cx="${xy[0].toFixed(1)}" cy="${xy[1].toFixed(1)}" r="${markRadius(m.events).toFixed(1)}" data-events="${m.events}"><title>${escapeXml(label)}</title></circle>`;
    circles.push(m.href ? `<a href="${escapeXml(m.href)}" tabindex="-1">${circle}</a>` : circle);
  }
  const svg = `<svg class="map" viewBox="0 0 ${f.width} ${f.height}" preserveAspectRatio="xMidYMid meet" aria-hidden="true" focusable="false" data-map="${kind}">`
    + `<desc>${escapeXml(caption)}</desc>${f.base}<g class="map-marks">${circles.join('')}</g></svg>`;
  return { svg, drawn: circles.length };
}

/** The background of locator maps, served once as /places/map-<kind>.svg and shared by every place page. */
export function baseMapSvg(kind: MapKind): string {
  const f = frame(kind, 'small');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${f.width} ${f.height}">`
    + `<style>.map-sphere{fill:#eef3f8}.map-land{fill:#e2e2dc}.map-border{fill:none;stroke:#fff;stroke-width:1}</style>${f.base}</svg>`;
}

/** A small map locating one place (a place page's locator), or null when it has no coordinates. */
export function renderLocator(name: string, lat: number | null, lon: number | null, countryCode: string | null): string | null {
  if (lat == null || lon == null) return null;
  const kind: MapKind = countryCode === 'US' && project('us', lon, lat) ? 'us' : 'world';
  const f = frame(kind);
  const xy = f.projection([lon, lat]);
  if (!xy) return null;
  return `<svg class="map map-locator" viewBox="0 0 ${f.width} ${f.height}" role="img" aria-label="${escapeXml(`Map locating ${name}`)}">`
    + `<image href="/places/map-${kind}.svg" x="0" y="0" width="${f.width}" height="${f.height}"/>`
    + `<circle class="map-locator-dot" cx="${xy[0].toFixed(1)}" cy="${xy[1].toFixed(1)}" r="12"/></svg>`;
}
