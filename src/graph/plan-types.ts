import type { EntityType, RelationType } from '../model/index.js';

/** The Document node's properties, as cypher/README.md lists them. */
export interface DocumentRow {
  id: string;
  title: string;
  path: string;
  issuerCode: string | null;
  issuerName: string | null;
  date: string | null;
  year: number | null;
  chars: number;
  sentenceCount: number;
  /** The text of each sentence, by index: stored once here, which MENTIONS point into by `sentence`. */
  sentences: string[];
  /** The govkg store version that wrote it (`STORE_VERSION`). */
  storeVersion: number;
}

/** One entity node: its id, the properties its label stores, and aliases (merged, not replaced). */
export interface EntityRow {
  id: string;
  aliases: string[];
  props: Record<string, string | null>;
}

/** A Place the extraction did not name but whose chain needs it (江油市 → 绵阳市 → 四川省). */
export interface AdminPlaceRow {
  id: string;
  code: string;
  name: string;
  level: string;
}

/** A hierarchy edge: no evidence, a `source` instead ('GB/T 2260' or 'taxonomy'). */
export interface HierarchyRow {
  child: string;
  parent: string;
  source: string;
}

/**
 * A fact relationship with this document's evidence, as aligned lists. The evidence texts are the
 * sentences' own (`DocumentRow.sentences[sentence]`): the write reads them from there.
 */
export interface FactRow {
  from: string;
  to: string;
  sentences: number[];
  starts: number[];
  ends: number[];
  rules: string[];
}

/** A MENTIONS relationship, keyed by (document, entity, start). */
export interface MentionRow {
  entity: string;
  sentence: number;
  start: number;
  end: number;
  surface: string;
  stage: string | null;
  stageVerb: string | null;
  rule: string;
}

/** Everything one document writes, grouped so that each group is one UNWIND statement. */
export interface WritePlan {
  document: DocumentRow;
  entities: { label: EntityType; rows: EntityRow[] }[];
  adminPlaces: AdminPlaceRow[];
  hierarchy: HierarchyRow[];
  facts: { type: RelationType; rows: FactRow[] }[];
  mentions: MentionRow[];
  /** Relations not written, with why (Place PART_OF Place is the GB/T hierarchy, not a fact). */
  skipped: { relation: string; reason: string }[];
}

export const GBT_SOURCE = 'GB/T 2260';
export const TAXONOMY_SOURCE = 'taxonomy';

/** Plain code-unit order (what Cypher uses), never locale order, so plans are the same everywhere. */
export const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
