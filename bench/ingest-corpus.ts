/**
 * The documents the ingest benchmark writes: real reports, extracted once before any timing (so
 * extraction time is excluded), renamed so that the benchmark never touches a stored document.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { WritePlan } from '../src/graph/index.js';
import type { Extraction } from '../src/model/index.js';
import { extractFile } from '../src/pipeline/index.js';

/** What one document writes, counted from its write plan. */
export interface DocumentSize {
  /** Fact relationships written with evidence: one per (type, from, to) stated in the document. */
  facts: number;
  /** Evidence entries: one per (fact, sentence, rule) of the document. */
  evidence: number;
  entities: number;
  hierarchy: number;
  mentions: number;
  /**
   * Graph elements written (MERGEd or created): the Document node, entity nodes, hierarchy, fact
   * and MENTIONS relationships. Facts are about a tenth of them.
   */
  elements: number;
}

const sum = <T>(xs: T[], f: (x: T) => number) => xs.reduce((n, x) => n + f(x), 0);

/** The size of a write plan. */
export function planSize(plan: WritePlan): DocumentSize {
  const size = {
    facts: sum(plan.facts, (g) => g.rows.length),
    evidence: sum(plan.facts, (g) => sum(g.rows, (r) => r.sentences.length)),
    entities: sum(plan.entities, (g) => g.rows.length) + plan.adminPlaces.length,
    hierarchy: plan.hierarchy.length,
    mentions: plan.mentions.length,
  };
  return { ...size, elements: 1 + size.entities + size.hierarchy + size.facts + size.mentions };
}

/** Adds sizes up. */
export const totalSize = (sizes: DocumentSize[]): DocumentSize => ({
  facts: sum(sizes, (s) => s.facts),
  evidence: sum(sizes, (s) => s.evidence),
  entities: sum(sizes, (s) => s.entities),
  hierarchy: sum(sizes, (s) => s.hierarchy),
  mentions: sum(sizes, (s) => s.mentions),
  elements: sum(sizes, (s) => s.elements),
});

/**
 * Extracts every `.txt` report in `dir` (in name order). Each document gets the id
 * `bench:<file name>` and the path `/bench/<file name>`: the benchmark writes and deletes these,
 * never a document an ingest stored.
 */
export async function benchDocuments(dir: string): Promise<Extraction[]> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const out: Extraction[] = [];
  for (const f of files) {
    const r = await extractFile({ path: join(dir, f) });
    if (r.error !== undefined) throw new Error(r.error);
    const name = basename(f);
    out.push({ ...r.extraction, document: { ...r.extraction.document, id: `bench:${name}`, path: `/bench/${name}` } });
  }
  return out;
}
