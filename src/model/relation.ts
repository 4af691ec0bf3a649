import type { EntityRef } from './entity.js';

/** Relationship types between entities, a fixed list: graph writes take types only from here. */
export const RELATION_TYPES = [
  'LOCATED_IN',
  'CONNECTS',
  'COOPERATES_WITH',
  'PART_OF',
  'IN_SECTOR',
  'UNDER',
  'PARTICIPATES_IN',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Where a fact is stated: one sentence of one document. */
export interface Evidence {
  /** Sentence index within the document. */
  sentence: number;
  /** Character offsets of the sentence in `Document.text`. */
  start: number;
  end: number;
  text: string;
  /** Id of the rule that read the fact from this sentence. */
  rule: string;
}

/** A fact between two entities with its evidence. COOPERATES_WITH is undirected; the others read from → to. */
export interface Relation {
  /** Deterministic: type + both ends, so the same fact from two sentences or documents is one relation. */
  id: string;
  type: RelationType;
  from: EntityRef;
  to: EntityRef;
  evidence: Evidence[];
}
