// The random sample of final reports a manager reviews (issue 13, "ledelsestilsyn"): reproducible —
// the same candidates, size, strata and seed give the same sample — and stratified: the sample is
// spread over the strata (e.g. each inspector, each phase) in proportion to their size (largest
// remainders), and drawn at random within each.
import { createPrng } from '../prng.ts';

export const SAMPLE_STRATA = ['inspector', 'phase', 'model', 'risk'] as const;
export type SampleStratum = (typeof SAMPLE_STRATA)[number];

export type SampleCandidate = { id: string } & Record<SampleStratum, string>;

/** Fisher–Yates with the seeded generator. */
function shuffle<T>(items: T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The ids drawn: min(size, candidates) of them, in the order drawn. */
export function drawSample(candidates: readonly SampleCandidate[], size: number, strata: readonly SampleStratum[], seed: number): string[] {
  const prng = createPrng(seed);
  // The order the candidates came in must not matter: they are sorted by id first.
  const sorted = [...candidates].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const take = Math.min(Math.max(0, Math.floor(size)), sorted.length);
  const groups = new Map<string, SampleCandidate[]>();
  for (const c of sorted) {
    const key = strata.map((s) => c[s]).join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const keys = [...groups.keys()].sort();
  // Proportional allocation; the seats left over go to the largest remainders (ties: the order of the keys).
  const quotas = keys.map((k) => (groups.get(k)!.length * take) / sorted.length);
  const seats = quotas.map(Math.floor);
  const left = take - seats.reduce((s, n) => s + n, 0);
  const byRemainder = keys.map((_, i) => i).sort((a, b) => quotas[b]! - seats[b]! - (quotas[a]! - seats[a]!) || a - b);
  for (const i of byRemainder.slice(0, left)) seats[i]! += 1;
  return keys.flatMap((k, i) => shuffle(groups.get(k)!, prng.next).slice(0, seats[i]).map((c) => c.id));
}
