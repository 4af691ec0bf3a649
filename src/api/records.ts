import type { Row } from './reader.js';

/** A node as the named queries return it: its properties plus `__label` (its type's label). */
export type NodeMap = Record<string, unknown> & { __label: string; id: string; name?: string };

/** One sentence behind a fact, as the schema's `Evidence` resolves it (document by id, later). */
export interface EvidenceItem {
  docId: string;
  sentence: number;
  start: number | null;
  end: number | null;
  text: string;
  rule: string | null;
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * Zips a fact relationship's aligned evidence lists (cypher/README.md) into one item per
 * sentence; hierarchy relationships have none and give [].
 */
export function evidenceOf(rel: Row | null | undefined): EvidenceItem[] {
  if (!rel) return [];
  const docs = list(rel.evidenceDocs);
  const sentences = list(rel.evidenceSentences);
  const starts = list(rel.evidenceStarts);
  const ends = list(rel.evidenceEnds);
  const texts = list(rel.evidenceTexts);
  const rules = list(rel.evidenceRules);
  return docs.map((doc, i) => ({
    docId: String(doc),
    sentence: Number(sentences[i] ?? -1),
    start: typeof starts[i] === 'number' ? (starts[i] as number) : null,
    end: typeof ends[i] === 'number' ? (ends[i] as number) : null,
    text: String(texts[i] ?? ''),
    rule: typeof rules[i] === 'string' ? (rules[i] as string) : null,
  }));
}

/** A link as `api-links` returns it: the far node and the relationship's properties. */
export interface LinkRow {
  node: NodeMap;
  rel: Row;
  type: string;
}

/** A link for the schema's *Link types: the node under `key`, and its evidence. */
export const linkOf = (key: string, l: LinkRow) => withEvidence({ [key]: l.node }, l.rel);

const REL = Symbol('rel');

/**
 * Carries a relationship's properties with `evidence` as a getter on the prototype: the lists
 * are zipped only when a query selects the field (the default resolver reads the property), not
 * for every link of every answer; and no closure or property definition per link (a getter
 * defined on each object cost more than the rest of a link's resolution).
 */
class WithEvidence {
  [REL]: Row | null | undefined;
  constructor(rel: Row | null | undefined) {
    this[REL] = rel;
  }
  get evidence(): EvidenceItem[] {
    return evidenceOf(this[REL]);
  }
}

/** `o`'s fields, plus `evidence` read from `rel` when asked for. */
export function withEvidence<T extends object>(o: T, rel: Row | null | undefined): T & { evidence: EvidenceItem[] } {
  return Object.assign(new WithEvidence(rel), o) as unknown as T & { evidence: EvidenceItem[] };
}

/** An edge between two entities (neighbors, shortestPath), resolved to nodes by id later. */
export interface EdgeItem {
  type: string;
  fromId: string;
  toId: string;
  evidence: EvidenceItem[];
  source: string | null;
}

/** Builds an edge from a row holding type, from, to and rel. */
export function edgeOf(r: Row): EdgeItem {
  const rel = (r.rel ?? {}) as Row;
  return {
    type: String(r.type),
    fromId: String(r.from),
    toId: String(r.to),
    evidence: evidenceOf(rel),
    source: typeof rel.source === 'string' ? rel.source : null,
  };
}
