/** Bytes handed out so far from the current block, and the block. */
const BLOCK_SIZE = 64 * 1024;
let block = new Uint8Array(BLOCK_SIZE);
let used = 0;

/**
 * A zeroed byte array of the given length for per-sentence flags, cut from a shared 64 KB block.
 * A `new Uint8Array` per sentence gets a buffer of its own, which V8 allocates outside its heap
 * past 64 bytes and sweeps in every minor GC: for the thousands a document needs, that cost more
 * than the work they serve. A view keeps its block alive; a full block is simply left to them.
 */
export function zeroedBytes(length: number): Uint8Array {
  if (length > BLOCK_SIZE) return new Uint8Array(length);
  if (used + length > BLOCK_SIZE) {
    block = new Uint8Array(BLOCK_SIZE);
    used = 0;
  }
  const bytes = block.subarray(used, used + length);
  used += length;
  return bytes;
}
