// The bench's statistics: medians, quartiles, and the paired ratio with its bootstrap interval.

export const median = (xs) => {
  const s = Float64Array.from(xs).sort();
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const quartiles = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return [s[Math.floor((s.length - 1) / 4)], s[Math.ceil(((s.length - 1) * 3) / 4)]];
};
/** A small seeded generator (mulberry32): the same samples give the same interval. */
export function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** The mean of the middle 60% of the values (20% cut at each end). */
export function trimmedMean(xs) {
  const s = Float64Array.from(xs).sort();
  const cut = Math.floor(s.length * 0.2);
  let sum = 0;
  for (let i = cut; i < s.length - cut; i++) sum += s[i];
  return sum / (s.length - 2 * cut);
}
/**
 * The ratio of a to b, pair by pair: the geometric mean of the ratios a[i] / b[i] over the middle
 * 60% of them (a pair measured on a slow moment of the machine is slow on both sides, and its ratio
 * keeps the information), with its 95% percentile interval over resamples of the pairs.
 */
export function pairedRatio(a, b, resamples = 2000) {
  const n = a.length;
  const logs = a.map((x, i) => Math.log(x / b[i]));
  const next = random(12);
  const ratios = new Float64Array(resamples);
  const sample = new Float64Array(n);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) sample[i] = logs[Math.floor(next() * n)];
    ratios[r] = Math.exp(trimmedMean(sample));
  }
  ratios.sort();
  return {
    ratio: Math.exp(trimmedMean(logs)),
    lo: ratios[Math.floor(0.025 * (resamples - 1))],
    hi: ratios[Math.ceil(0.975 * (resamples - 1))],
    n,
  };
}
