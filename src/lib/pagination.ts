/**
 * Page numbers to show around the current page: the first, the last, and `radius` pages on each
 * side of the current one; `null` marks a gap ("…"). Keeps the navigation short for plans of
 * thousands of actions (200 pages) while every page stays reachable in a few steps.
 */
export function pageWindow(page: number, pageCount: number, radius = 2): (number | null)[] {
  const shown = new Set([1, pageCount]);
  for (let n = page - radius; n <= page + radius; n++) if (n >= 1 && n <= pageCount) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n - sorted[i - 1] > 1) out.push(null);
    out.push(n);
  });
  return out;
}

/** Number of pages of `total` items, `size` a page: at least one (an empty list still has its page). */
export function countPages(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The items on page `page` (from 1), `size` a page. */
export function pageItems<T>(items: readonly T[], page: number, size: number): T[] {
  return items.slice((page - 1) * size, page * size);
}
