import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SearchResult, StatementSearch } from '@/core/search';

/**
 * Searching as the reader types, shared by the popup and the reader's search box: the results (at most
 * `limit`), a "did you mean" when there are none, and the active result, which starts at the first on
 * every new query and moves with the arrow keys (wrapping around).
 */
export function useStatementSearch(search: StatementSearch, query: string, limit = Infinity) {
  const [active, setActive] = useState(0);
  const results: SearchResult[] = useMemo(() => search.search(query).slice(0, limit), [search, query, limit]);
  const suggestion = useMemo(() => (results.length === 0 ? search.suggest(query) : null), [search, query, results]);
  useEffect(() => setActive(0), [query]);
  /** Moves the active result one step down (+1) or up (−1); returns the new index. */
  const step = (by: 1 | -1): number => {
    const next = (active + by + results.length) % results.length;
    setActive(next);
    return next;
  };
  return { results, suggestion, active, setActive, step };
}
