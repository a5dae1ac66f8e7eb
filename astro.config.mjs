// The static site: srcDir is ./site (interface.md). buildSite() in
// ingest/publish/build.ts passes outDir, site URL and the database path.
import { defineConfig } from 'astro/config';
import { config } from './ingest/config.ts';

export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  site: config().TRACKER_SITE_URL,
  // Directory URLs everywhere (pagination included), so links never depend on server redirects.
  trailingSlash: 'always',
  // Stylesheets and scripts as files, never inline, so the pages' Content-Security-Policy can forbid inline code.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Views with data only: no dev toolbar or prefetch scripts on built pages.
  devToolbar: { enabled: false },
  vite: { ssr: { external: ['better-sqlite3'] }, logLevel: 'warn', build: { assetsInlineLimit: 0 } },
});
