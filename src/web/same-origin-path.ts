// Where to go after login (`next`): only a path on this site. Browsers read `/\evil.example`,
// `/<TAB>/evil.example` and `//evil.example` as another host, so the value is parsed the way a
// browser parses it (WHATWG URL) against a placeholder origin, and anything that leaves it is refused.
const PLACEHOLDER = 'http://tilsyn.invalid';

/** The path (with query and fragment) `next` names on this site, or "/" when it names anything else. */
export function sameOriginPath(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/')) return '/';
  let url: URL;
  try {
    url = new URL(next, PLACEHOLDER);
  } catch {
    return '/';
  }
  if (url.origin !== PLACEHOLDER) return '/';
  // Dot segments can collapse into "//" ("/.//evil.example" → "//evil.example"): a path that starts
  // with two slashes is read as another host when it comes back in Location.
  if (url.pathname.startsWith('//')) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
