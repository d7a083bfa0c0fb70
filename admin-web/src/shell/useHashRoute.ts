import { useEffect, useState } from 'react';

/**
 * The screen named in the URL's hash (#/import). Hash routes need no server-side fallback, so
 * the WAR serves the app as plain static files and every screen can be bookmarked.
 */
export function useHashRoute(fallback: string): string {
  const read = () => window.location.hash.replace(/^#\/?/, '').split(/[/?]/)[0] || fallback;
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onChange = () => setRoute(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  });
  return route;
}

/** A parameter of the hash's query (#/publish?q=2023), for links from one screen into another. */
export function hashParam(name: string): string | null {
  const query = window.location.hash.split('?')[1];
  return query ? new URLSearchParams(query).get(name) : null;
}
