/**
 * mulberry32: a tiny seeded PRNG. Training, benches, fuzzing and generated test
 * databases must draw the same numbers on every run and machine, which
 * Math.random cannot promise.
 */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
