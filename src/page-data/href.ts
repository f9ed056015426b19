/** Prefixes a site path (see lib/urls) with the configured base path. */
export function href(path: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${path}`;
}

/** Absolute URL of a site path, from the configured SITE_URL (canonical links, Open Graph, sitemap). */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(href(path), site ?? 'http://localhost:4321').href;
}
