// The site's settings live in site/astro-options.ts (buildSite passes them inline); this file is for
// `astro dev` and `astro check`. buildSite() in ingest/publish/build.ts passes outDir, site URL and the database path.
import { defineConfig } from 'astro/config';
import { config } from './ingest/config.ts';
import { ASTRO_OPTIONS } from './site/astro-options.ts';

export default defineConfig({ ...ASTRO_OPTIONS, site: config().TRACKER_SITE_URL });
