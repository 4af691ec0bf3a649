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
