import type { EntityType, OrganizationKind, ProjectKind, Sentence } from '../model/index.js';

/** A word from the segmenter, with offsets in the document text. */
export interface Token {
  word: string;
  /** jieba POS tag (ns place, nt organisation, nz other proper noun, n, v, x …). */
  tag: string;
  start: number;
  end: number;
}

/** A sentence with its tokens: what every recogniser reads. */
export interface TokenizedSentence extends Sentence {
  tokens: Token[];
  /** Where tokens start and end, set by the pipeline (`withBoundaries`); read it with `tokenBoundaries`. A copy with other tokens drops it. */
  bounds?: Uint8Array;
}

/**
 * A span a recogniser believes names an entity. Offsets are in the document text. The pipeline
 * resolves candidates to entities (places to gazetteer codes, duplicates merged, ids assigned).
 */
export interface Candidate {
  type: EntityType;
  /** The canonical name this span stands for (成兰铁路绵阳段, 天府粮仓, 氢能). */
  name: string;
  start: number;
  end: number;
  /** The text as written at [start, end). */
  surface: string;
  /** Stable id of the rule that found it (`project.suffix`, `program.quoted`, `sector.taxonomy`). */
  rule: string;
  /** For projects. */
  projectKind?: ProjectKind;
  /** For projects named as a section of a line (成兰铁路绵阳段 → 成兰铁路). */
  partOfName?: string;
  /** For organisations. */
  organizationKind?: OrganizationKind;
  /** For sectors: the taxonomy id, and its parent's. */
  sectorId?: string;
  sectorParent?: string;
}

/** What a recogniser may know about the document beyond the sentence: the issuer. */
export interface RecognizeContext {
  issuerCode?: string;
  issuerName?: string;
}

/** One recogniser: a pure function from a sentence to candidates. */
export type Recognizer = (sentence: TokenizedSentence, ctx: RecognizeContext) => Candidate[];

/** What each recogniser folder (extract/projects, extract/programs, …) exports from its index.ts. */
export interface RecognizerModule {
  /** Short id, used as the rule-id prefix (`project`, `program`, …). */
  id: string;
  recognize: Recognizer;
  /** Words the segmenter should keep whole (added to jieba's user dictionary), with a POS tag. */
  words?: ReadonlyArray<{ word: string; tag: string }>;
}
