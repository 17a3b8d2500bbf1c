// Accept-Encoding and If-None-Match as the cached open-data export reads them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acceptsGzip, etagMatches } from '../../src/web/content-negotiation.ts';

test('gzip is accepted when named or "*" with a quality above zero', () => {
  for (const header of ['gzip', 'gzip, deflate, br', 'br;q=1.0, GZIP;q=0.5', '*', 'deflate, *;q=0.1']) assert.equal(acceptsGzip(header), true, header);
  for (const header of [undefined, '', 'identity', 'br, deflate', 'gzip;q=0', 'gzip; q=0.000', 'x-gzip2']) assert.equal(acceptsGzip(header), false, String(header));
});

test('If-None-Match matches one of the ETags, in a list, weak or strong, or "*"', () => {
  const tags = ['"abc"', '"abc-gz"'];
  for (const header of ['"abc"', '"x", "abc-gz"', 'W/"abc"', '*']) assert.equal(etagMatches(header, tags), true, header);
  for (const header of [undefined, '', '"ab"', 'abc', '"abc-gz-old"']) assert.equal(etagMatches(header, tags), false, String(header));
});
