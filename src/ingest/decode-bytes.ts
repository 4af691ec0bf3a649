import chardet from 'chardet';
import iconv from 'iconv-lite';
import { MAGIC_NUMBERS } from './data/magic-numbers.js';
import { SUPPORTED_ENCODINGS } from './data/encodings.js';
import { SNIFF_BYTES } from './limits.js';

/** Text decoded from a file's bytes, and the encoding it was read as. */
export interface DecodedText {
  text: string;
  /** The iconv-lite name of the encoding used (utf8, utf16le, utf16be, gb18030, big5). */
  encoding: string;
}

/** Why bytes could not be read as text: the caller turns this into a BadFileError naming the file. */
export class UndecodableError extends Error {}

const BOMS: readonly { bytes: readonly number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf8' },
  { bytes: [0xff, 0xfe], encoding: 'utf16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf16be' },
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * Decodes a report's bytes: a byte-order mark first, then strict UTF-8, then UTF-16 without a
 * mark (by how much of the text is Chinese), then chardet's guess among the encodings Chinese
 * reports come in (GB18030/GBK/GB2312, Big5). Binary data and other encodings are refused.
 * @param declared an encoding the file declares itself (an HTML `<meta charset>`), tried after a BOM.
 * @throws UndecodableError saying what the bytes are.
 */
export function decodeBytes(bytes: Uint8Array, declared?: string): DecodedText {
  const bom = BOMS.find((b) => startsWith(bytes, b.bytes));
  if (bom)
    return { text: iconv.decode(Buffer.from(bytes.subarray(bom.bytes.length)), bom.encoding), encoding: bom.encoding };
  const sample = bytes.subarray(0, SNIFF_BYTES);
  refuseKnownBinary(sample);
  const binary = looksBinary(sample);
  const utf8 = binary ? undefined : strictUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf8' };
  if (declared && iconv.encodingExists(declared))
    return { text: iconv.decode(Buffer.from(bytes), declared), encoding: declared };
  const utf16 = (['utf16le', 'utf16be'] as const).find((e) =>
    looksChinese(iconv.decode(Buffer.from(evenLength(sample)), e)),
  );
  if (utf16) return { text: iconv.decode(Buffer.from(bytes), utf16), encoding: utf16 };
  if (binary) throw new UndecodableError('binary file (control bytes found), not a text report');
  return decodeGuessed(bytes, sample);
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

const evenLength = (b: Uint8Array) => b.subarray(0, b.length - (b.length % 2));

/** Share of non-space characters that are Han or CJK/full-width punctuation: near 1 for a report, near 0 for bytes read in the wrong encoding. */
export function chineseShare(text: string): number {
  const chars = text.replace(/\s/g, '');
  if (!chars.length) return 0;
  const cjk = chars.match(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/g)?.length ?? 0;
  return cjk / chars.length;
}

// Chinese prose punctuates with 。，、；： ; ASCII bytes read as UTF-16 give CJK-looking characters but never these.
const CHINESE_PUNCTUATION = /[\u3001\u3002\uff0c\uff1b\uff1a]/g;

/** Whether decoded text reads as Chinese prose: mostly CJK characters, and its punctuation. */
function looksChinese(text: string): boolean {
  const punctuation = text.match(CHINESE_PUNCTUATION)?.length ?? 0;
  return chineseShare(text) >= 0.5 && punctuation >= Math.max(1, text.length / 200);
}

function refuseKnownBinary(sample: Uint8Array): void {
  const magic = MAGIC_NUMBERS.find((m) => startsWith(sample, m.bytes));
  if (magic) throw new UndecodableError(`binary file (${magic.format}), not a text report`);
}

/** NUL or other C0 control bytes (beyond tab, line feed, form feed, carriage return, escape): no text encoding of a report has them, UTF-16 aside. */
function looksBinary(sample: Uint8Array): boolean {
  let controls = 0;
  for (const b of sample) if (b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) controls++;
  return controls > 0 && (sample.includes(0) || controls / sample.length > 0.01);
}

function decodeGuessed(bytes: Uint8Array, sample: Uint8Array): DecodedText {
  const guesses = chardet.analyse(sample);
  // Only chardet's best guess counts: GB18030 bytes are rarely invalid, so a weaker GB18030 guess would turn Japanese or Korean into nonsense Chinese.
  const best = guesses[0];
  const encoding = best && SUPPORTED_ENCODINGS[best.name];
  if (encoding) {
    const text = iconv.decode(Buffer.from(bytes), encoding);
    const bad = text.match(/\uFFFD/g)?.length ?? 0;
    if (bad / Math.max(text.length, 1) < 0.005) return { text, encoding };
  }
  const top = guesses[0]?.name;
  throw new UndecodableError(
    `unknown or unsupported encoding${top ? ` (it looks like ${top})` : ''}; expected UTF-8, UTF-16 or GB18030/GBK`,
  );
}
