// The two request headers a cached download answers to: Accept-Encoding (may it be gzip?) and
// If-None-Match (does the client hold this version already?).

/** Whether the client accepts gzip: named, or "*", with a quality above zero. */
export function acceptsGzip(header: string | undefined): boolean {
  for (const part of (header ?? '').split(',')) {
    const [coding = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (coding !== 'gzip' && coding !== '*') continue;
    const q = params.find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  }
  return false;
}

/** Whether If-None-Match names one of the ETags (a list, "*", weak or strong alike, as RFC 9110 compares for GET). */
export function etagMatches(header: string | undefined, etags: string[]): boolean {
  if (!header) return false;
  return header.split(',').some((raw) => {
    const tag = raw.trim().replace(/^W\//, '');
    return tag === '*' || etags.includes(tag);
  });
}
