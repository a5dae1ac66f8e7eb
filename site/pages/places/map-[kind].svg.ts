/** Locator map backgrounds (US, world), written once and referenced by every place page. */
import type { APIContext } from 'astro';
import { baseMapSvg, type MapKind } from '../../lib/map.ts';

export function getStaticPaths() {
  return [{ params: { kind: 'us' } }, { params: { kind: 'world' } }];
}

export function GET({ params }: APIContext): Response {
  return new Response(baseMapSvg(params.kind as MapKind), { headers: { 'Content-Type': 'image/svg+xml' } });
}
