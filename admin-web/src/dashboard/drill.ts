/**
 * The table filters as the hash of a link (#/publish?within=S1&year=2021): how a dashboard count
 * leads to its rows, and how the table screen reads them back. The names are the API's query
 * parameters, so a link reads like the GET /table request it becomes.
 */
import { useEffect, useMemo, useState } from 'react';
import type { TableFilters } from '../api/client';

const NAMES: [keyof TableFilters, string][] = [
  ['year', 'year'],
  ['unit', 'unit'],
  ['within', 'within'],
  ['person', 'person'],
  ['status', 'status'],
  ['indexedIn', 'indexed_in'],
  ['jcrQuartile', 'jcr_quartile'],
  ['role', 'role'],
];

/** The filters in a hash's query; unknown parameters are ignored. */
export function filtersFrom(hash: string): TableFilters {
  const query = new URLSearchParams(hash.split('?')[1] ?? '');
  const filters: Record<string, string | number> = {};
  for (const [key, name] of NAMES) {
    const value = query.get(name);
    if (value) filters[key] = key === 'year' ? Number(value) : value;
  }
  return filters as TableFilters;
}

/** The link to a screen (publish, dashboard) showing the rows these filters select. */
export function filteredHref(route: string, filters: TableFilters): string {
  const query = new URLSearchParams();
  for (const [key, name] of NAMES) {
    const value = filters[key];
    if (value !== undefined && value !== null && value !== '') query.set(name, String(value));
  }
  const text = query.toString();
  return `#/${route}${text ? `?${text}` : ''}`;
}

/** The filters as [parameter, value] pairs, for showing which ones apply. */
export function filterEntries(filters: TableFilters): [string, string][] {
  return NAMES.filter(([key]) => filters[key] !== undefined).map(([key, name]) => [
    name,
    String(filters[key]),
  ]);
}

/** The filters in the page's hash, followed as it changes while the route stays the same. */
export function useHashFilters(): TableFilters {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return useMemo(() => filtersFrom(hash), [hash]);
}
