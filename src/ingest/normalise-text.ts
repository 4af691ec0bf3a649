/**
 * The one text form every offset points into: no byte-order mark, `\n` line ends, Unicode NFC,
 * no trailing spaces on lines, at most one blank line in a row, no blank start or end.
 */
export function normaliseText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Number of Han characters (CJK unified ideographs and extension A). */
export function countHan(text: string): number {
  return text.match(/[\u3400-\u9fff]/g)?.length ?? 0;
}
