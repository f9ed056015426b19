/**
 * Explorer data per scope (one plan, or every public plan), computed once per build and shared by
 * the paginated pages and the JSON endpoint.
 */
import { getCatalog } from './catalog';
import { explorerData } from '../lib/search/explorer-data';
import type { ExplorerData } from '../lib/search/explorer';

const cache = new Map<string, Promise<ExplorerData>>();

/** @param plan a plan slug; undefined for every public (non-fictional) plan */
export function getExplorerData(plan?: string): Promise<ExplorerData> {
  const key = plan ?? '';
  let data = cache.get(key);
  if (!data) {
    data = getCatalog().then(({ index, publicPlans }) => {
      const indexes = plan ? [index.get(plan)!] : publicPlans.map((p) => index.get(p.meta.slug)!);
      return explorerData(indexes);
    });
    cache.set(key, data);
  }
  return data;
}
