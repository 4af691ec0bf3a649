/**
 * Section headings of reports: (三)深化融合发展…, （三）…, 一、…, 第一部分… . The patterns are
 * compiled once; a heading is short and has no sentence end inside.
 */
const HEADING_PATTERNS: readonly RegExp[] = [
  /^[(（][一二三四五六七八九十]{1,3}[)）]\s*\S/,
  /^[一二三四五六七八九十]{1,3}、\S/,
  /^第[一二三四五六七八九十]{1,3}(部分|章|节)/,
];
const MAX_HEADING = 60;

/** The heading text if this line is a section heading, else undefined. */
export function headingOf(line: string): string | undefined {
  if (line.length > MAX_HEADING) return undefined;
  for (const p of HEADING_PATTERNS) if (p.test(line)) return line.replace(/[。；]$/, '');
  return undefined;
}
