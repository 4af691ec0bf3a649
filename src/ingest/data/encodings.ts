/**
 * Encodings govkg reads, keyed by the name `chardet` reports, with the iconv-lite name that
 * decodes them. GB2312 and GBK are subsets of GB18030, so all three decode as GB18030.
 * Source: the WHATWG Encoding Standard labels; chardet's `EncodingName` list.
 */
export const SUPPORTED_ENCODINGS: Readonly<Record<string, string>> = {
  'UTF-8': 'utf8',
  'UTF-16LE': 'utf16le',
  'UTF-16BE': 'utf16be',
  GB18030: 'gb18030',
  GBK: 'gb18030',
  GB2312: 'gb18030',
  Big5: 'big5',
};
