import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Document } from '../model/index.js';

/** Reads one report (skeleton: UTF-8 only, first line as title; issue 3 adds encodings, HTML, headers). */
export async function readDocument(path: string): Promise<Document> {
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
  const title = text.split('\n').find((l) => l.trim())?.trim() ?? '';
  const id = createHash('sha256').update(text).digest('hex');
  return { id, path, title, text, chars: text.length };
}
