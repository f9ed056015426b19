// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

/**
 * Deployment settings come from the environment (documented in the README):
 * SITE_URL  absolute origin used in canonical URLs, Open Graph tags and the sitemap.
 * BASE_PATH sub-path the site is served under, e.g. `/plan-climat/` on a forge's Pages.
 * CONTENT_DIR, DATA_DIR (read in src/site-config.ts) point the build at other content.
 */
const site = process.env.SITE_URL || 'http://localhost:4321';
const rawBase = process.env.BASE_PATH || '/';
const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

export default defineConfig({
  site,
  base,
  // Benchmarks and parallel builds write elsewhere: OUT_DIR (default dist) and ASTRO_CACHE_DIR.
  outDir: process.env.OUT_DIR || './dist',
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
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
