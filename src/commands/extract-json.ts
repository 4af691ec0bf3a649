import type { Extraction } from '../model/index.js';

/**
 * The output contract of `govkg extract --json` (DESIGN.md): the document (without its text),
 * entities and relations with evidence, plus mentions and warnings. Sentences are left out: the
 * evidence already quotes every sentence a fact comes from.
 */
export function toContractJson(x: Extraction): string {
  const { document, entities, relations, mentions, warnings } = x;
  return JSON.stringify({ document, entities, relations, mentions, warnings });
}
