import type { PlaceRef } from './document.js';
import type { Entity } from './entity.js';
import type { Mention } from './mention.js';
import type { Relation } from './relation.js';

/** What `extract(doc)` returns: the output contract of `govkg extract --json`, plus mentions and warnings. */
export interface Extraction {
  document: DocumentSummary;
  entities: Entity[];
  relations: Relation[];
  mentions: Mention[];
  sentences: { index: number; start: number; end: number; text: string }[];
  warnings: ExtractionWarning[];
}

/** The document as the contract prints it (no text). */
export interface DocumentSummary {
  id: string;
  path: string;
  title: string;
  issuer?: PlaceRef;
  date?: string;
  year?: number;
  chars: number;
}

/** A non-fatal problem met while extracting, collected rather than thrown. */
export interface ExtractionWarning {
  code: string;
  message: string;
  sentence?: number;
}
