/**
 * "Did you mean …?" for misspelled configuration keys: the known key at the smallest edit
 * distance (insertions, deletions, substitutions and swaps of neighbours each cost 1), offered only
 * when that distance is small for the key's length, so an unrelated key gets no suggestion.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** The closest of `known` to `key` (case-insensitive), or undefined when none is close. */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  const allowed = Math.max(2, Math.floor(key.length / 3));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance <= allowed && (best === undefined || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/** `unknown key "cahce" (did you mean "cache"?)`, one clause per key. */
export function unknownKeysMessage(keys: readonly string[], known: readonly string[], noun = 'key'): string {
  return keys
    .map((key) => {
      const suggestion = closestKey(key, known);
      return `unknown ${noun} "${key}"` + (suggestion ? ` (did you mean "${suggestion}"?)` : ` (known: ${known.join(', ')})`);
    })
    .join('; ');
}
