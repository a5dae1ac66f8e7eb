/**
 * The site's Astro settings, in one place: astro.config.mjs spreads them (astro dev, astro check), and buildSite
 * passes them inline with no config file, so a build never loads astro.config.mjs (under plain Node, Astro
 * loads a config that imports TypeScript through a throwaway Vite server, whose dependency cache in
 * node_modules/.vite concurrent builds then fight over).
 */
import type { AstroInlineConfig } from 'astro';

export const ASTRO_OPTIONS = {
  // The static site: srcDir is ./site (interface.md).
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  // Directory URLs everywhere (pagination included), so links never depend on server redirects.
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Stylesheets and scripts as files, never inline, so the pages' Content-Security-Policy can forbid inline code.
    inlineStylesheets: 'never',
    // Pages rendered at once: while one page's files are written, the next renders (the render itself is synchronous).
    concurrency: 4,
  },
  // Views with data only: no dev toolbar or prefetch scripts on built pages.
  devToolbar: { enabled: false },
  vite: { ssr: { external: ['better-sqlite3'] }, logLevel: 'warn', build: { assetsInlineLimit: 0 } },
} satisfies AstroInlineConfig;
