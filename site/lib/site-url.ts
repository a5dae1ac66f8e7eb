/** The public URL feeds link to: Astro's `site` (set by buildSite from --site-url / TRACKER_SITE_URL). */
export const FALLBACK_SITE_URL = 'http://localhost:4321/';

export function siteOrigin(site: URL | undefined): URL {
  return site ?? new URL(FALLBACK_SITE_URL);
}
