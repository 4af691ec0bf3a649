/**
 * A flag per UTF-16 code unit (64 KB): loops that test every character of a document against a
 * set of first characters read one byte instead of hashing into a Set or Map, and the table
 * stays in the CPU cache while they run.
 */
export function charFlags(codes: Iterable<number>): Uint8Array {
  const flags = new Uint8Array(0x10000);
  for (const c of codes) flags[c] = 1;
  return flags;
}

const PAIR_BITS = 20;
const pairBit = (a: number, b: number): number => (Math.imul(a, 0x9e37) ^ b) & ((1 << PAIR_BITS) - 1);

/**
 * The first two code units of some words, hashed into a 128 KB bit table: `hasPair` is false
 * only when no word starts with that pair (true may be a collision), so a caller may skip a
 * look-up when it is false.
 */
export function pairFlags(words: Iterable<string>): Uint8Array {
  const bits = new Uint8Array((1 << PAIR_BITS) / 8);
  for (const w of words) {
    if (w.length < 2) continue;
    const h = pairBit(w.charCodeAt(0), w.charCodeAt(1));
    bits[h >> 3]! |= 1 << (h & 7);
  }
  return bits;
}

/** False when no word of `pairFlags(words)` starts with code units a, b. */
export function hasPair(bits: Uint8Array, a: number, b: number): boolean {
  const h = pairBit(a, b);
  return (bits[h >> 3]! & (1 << (h & 7))) !== 0;
}
