import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { BadFileError } from '../errors.js';
import type { Document } from '../model/index.js';
import { decodeBytes, UndecodableError } from './decode-bytes.js';
import { parseHeader } from './header/parse-header.js';
import { MAX_FILE_BYTES, MIN_HAN_CHARS } from './limits.js';
import { countHan, normaliseText } from './normalise-text.js';
import { declaredCharset, htmlTitle, markupOf, toPlainText } from './to-plain-text.js';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Reads the bytes of a file, refusing (without reading) one over the size limit. */
async function readBytes(path: string): Promise<Buffer> {
  const handle = await open(path, 'r').catch((e: NodeJS.ErrnoException) => {
    throw new BadFileError(
      path,
      e.code === 'ENOENT'
        ? 'no such file'
        : e.code === 'EACCES'
          ? 'permission denied'
          : `cannot open (${e.code ?? e.message})`,
      { cause: e },
    );
  });
  try {
    const { size } = await handle.stat();
    if (size > MAX_FILE_BYTES)
      throw new BadFileError(path, `file too large (${mb(size)}; the limit is ${mb(MAX_FILE_BYTES)})`);
    if (size === 0) throw new BadFileError(path, 'empty file');
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/**
 * Reads one report file into a Document: decodes its bytes (UTF-8 with or without BOM, UTF-16,
 * GB18030/GBK, Big5), reduces HTML and Markdown to text, normalises it, reads title, date, year
 * and issuer from the header, and hashes the text for the id.
 * @throws BadFileError naming the file and the problem (missing, empty, too large, binary, unknown encoding, no Chinese).
 */
export async function readDocument(path: string): Promise<Document> {
  const bytes = await readBytes(path);
  const head = bytes.subarray(0, 2048).toString('latin1');
  const markup = markupOf(path, head);
  let decoded;
  try {
    decoded = decodeBytes(bytes, markup === 'html' ? declaredCharset(head) : undefined);
  } catch (e) {
    if (e instanceof UndecodableError) throw new BadFileError(path, e.message);
    throw e;
  }
  const text = normaliseText(toPlainText(decoded.text, markup));
  if (!text) throw new BadFileError(path, 'empty file (no text)');
  if (countHan(text) < MIN_HAN_CHARS) throw new BadFileError(path, 'no Chinese text: not a report');
  // A page whose body does not open with the report's title has it in <title> (…政府工作报告): the header is read from both.
  const pageTitle = markup === 'html' ? htmlTitle(decoded.text) : undefined;
  const useTitle = pageTitle?.includes('报告') && !text.startsWith(pageTitle);
  const header = parseHeader(useTitle ? `${pageTitle}\n${text}` : text);
  const id = createHash('sha256').update(text).digest('hex');
  return {
    id,
    path,
    title: header.title,
    issuer: header.issuer,
    date: header.date,
    year: header.year,
    text,
    chars: text.length,
  };
}
