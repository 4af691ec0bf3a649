import type { Document, Extraction } from '../model/index.js';

/** Reads a document and returns everything it names and states. (Skeleton: filled in by issue 3.) */
export function extract(doc: Document): Extraction {
  const { text: _text, ...summary } = doc;
  return { document: summary, entities: [], relations: [], mentions: [], sentences: [], warnings: [] };
}
