/** Ids are at most this long, so a longer wish is cut before comparing (bounds the work). */
const maxIdLength = 100;

/** The edit distance between two ids, for suggesting the one a partner meant. */
function distance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * The ids of a feed ordered by how close they are to `wanted`, the closest first. The work is
 * bounded: `wanted` and each id are compared on their first 100 characters at most.
 */
export function closestIds(wanted: string, ids: readonly string[]): string[] {
  const w = wanted
    .trim()
    .toLowerCase()
    .slice(0, maxIdLength + 1);
  // A partner often types the start of an id, or misspells it: score each id by its whole and by
  // its prefixes of about the same length, whichever is closer.
  const score = (full: string) => {
    const id = full.slice(0, maxIdLength);
    return w && id.includes(w)
      ? 0
      : Math.min(
          distance(w, id),
          distance(w, id.slice(0, w.length)) + 0.5,
          distance(w, id.slice(0, w.length + 1)) + 0.5,
        );
  };
  return ids
    .map((id, order) => ({id, order, d: score(id)}))
    .sort((x, y) => x.d - y.d || x.order - y.order)
    .map((x) => x.id);
}
