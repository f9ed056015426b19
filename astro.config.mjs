// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { CONTENT_FEATURES } from './src/lib/trust/check.ts';
import { contentTrustPlugin } from './src/lib/trust/plugin.ts';
import dataFiles from './src/integrations/data-files.ts';
import bilanFiles from './src/integrations/bilan-files.ts';
import { ignoreBenchOutput } from './src/lib/dev-watch.ts';

/**
 * Deployment settings come from the environment (documented in the README):
 * SITE_URL  absolute origin used in canonical URLs, Open Graph tags and the sitemap (a path in it is ignored).
 * BASE_PATH sub-path the site is served under, e.g. `/plan-climat/` on a forge's Pages.
 * CONTENT_DIR, DATA_DIR (read in src/site-config.ts) point the build at other content.
 */
// Only the origin: the path is BASE_PATH's job. A SITE_URL with a path (GitLab's CI_PAGES_URL is
// https://group.gitlab.io/project) would otherwise make Astro drop the base from the page links.
const site = new URL(process.env.SITE_URL || 'http://localhost:4321').origin;
const rawBase = process.env.BASE_PATH || '/';
const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

export default defineConfig({
  site,
  base,
  // Benchmarks and parallel builds write elsewhere: OUT_DIR (default dist) and ASTRO_CACHE_DIR.
  outDir: process.env.OUT_DIR || './dist',
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // Stylesheets stay external files, cached across pages, instead of being inlined into each page.
  // Pages rendered 16 at a time: with one, the process waits on each page's file writes (30 % idle
  // in a profile); 1 000 actions: 10.7 s → 8.9 s (4) → 8.4 s (16) for `astro build`, same memory.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 16 },
  // The search index is written after `astro build` has exited, by scripts/build.ts (`npm run build`).
  // No syntax highlighting: Shiki writes inline styles, which the CSP forbids.
  // Every .md goes through contentTrustPlugin before it is compiled: the same check as
  // `npm run check`, on the same parser with the same features, so they cannot disagree. An .mdx
  // fiche is never compiled: its page lays it out from the tree this same parser builds, after the
  // same check (src/page-data/mdx-fiche.ts). mdx() compiles nothing then, but it still adds its
  // renderer's script and style hashes to every page's CSP: dropping it changes every page.
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ features: CONTENT_FEATURES, mdastPlugins: [contentTrustPlugin] }),
  },
  integrations: [mdx(), dataFiles(), bilanFiles()],
  devToolbar: { enabled: false },
  // A benchmark kept in bench-out/ would use up the system's file watchers (see lib/dev-watch).
  vite: {
    server: {
      watch: {
        ignored: ignoreBenchOutput(
          'bench-out',
          [process.env.CONTENT_DIR, process.env.DATA_DIR].filter((dir) => dir !== undefined),
        ),
      },
    },
  },
  security: {
    // Astro hashes the scripts and styles it bundles into a CSP <meta>: no 'unsafe-inline'.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
