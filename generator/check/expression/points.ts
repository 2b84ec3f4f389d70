/**
 * Seeded sample points inside a part's domain, one Float64Array per point (values in the order of
 * `variables`). The same (variables, domain) always gives the same points — our own `Rng`, never
 * the global random source — and they are cached. Points avoid the ends of each range and never land on simple
 * rationals (they carry a random irrational-looking fraction), so an answer cannot match by accident
 * at "nice" points.
 *
 * @example
 *   samplePoints(['x'], { x: [0.25, 3] }).length   // SAMPLING.candidates
 */
import { deriveSeed, Rng } from '../../engine/prng.js';
import { SAMPLING } from './policy.js';

const cache = new Map<string, Float64Array[]>();

export function rangeOf(variable: string, domain: Record<string, [number, number]> | undefined): [number, number] {
  const r = domain?.[variable];
  if (r && Number.isFinite(r[0]) && Number.isFinite(r[1]) && r[1] > r[0]) return r;
  return SAMPLING.defaultRange;
}

export function samplePoints(variables: readonly string[], domain?: Record<string, [number, number]>): Float64Array[] {
  const ranges = variables.map((v) => rangeOf(v, domain));
  const key = JSON.stringify([variables, ranges]);
  const hit = cache.get(key);
  if (hit) return hit;
  const rng = new Rng(deriveSeed('dlf-expression-points', key));
  const points: Float64Array[] = [];
  for (let i = 0; i < SAMPLING.candidates; i++) {
    const p = new Float64Array(variables.length);
    ranges.forEach(([lo, hi], j) => {
      const margin = 0.02 * (hi - lo);
      p[j] = lo + margin + rng.next() * (hi - lo - 2 * margin);
    });
    points.push(p);
  }
  if (cache.size > 1000) cache.clear();
  cache.set(key, points);
  return points;
}
