/**
 * Leading bytes of common binary formats, so that a refused file gets a message saying what it is.
 * Source: the format specifications (PDF 1.7 §7.5.2, ZIP APPNOTE 4.3.7, PNG §5.2, JFIF, GIF89a,
 * OLE2 compound file, ELF, gzip RFC 1952, xz, 7z), as listed in `file(1)`'s magic database.
 */
export const MAGIC_NUMBERS: readonly { bytes: readonly number[]; format: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], format: 'a PDF file' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], format: 'a ZIP archive (or .docx/.xlsx)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], format: 'an old Office document (.doc/.xls)' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], format: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], format: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], format: 'a GIF image' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], format: 'an executable (ELF)' },
  { bytes: [0x1f, 0x8b], format: 'a gzip archive' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], format: 'an xz archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], format: 'a 7z archive' },
];
