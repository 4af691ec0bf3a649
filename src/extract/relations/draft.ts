import type { Entity, PlaceEntity, RelationType } from '../../model/index.js';
import type { SentenceFindings } from '../find-in-sentence.js';
import type { PlaceContext } from '../places/index.js';
import type { Occurrence } from '../resolve/occurrence.js';

/** A relation one rule read from one sentence, before relations are merged. */
export interface RelationDraft {
  type: RelationType;
  from: Entity;
  to: Entity;
  sentence: number;
  rule: string;
}

/** What a relation rule reads: one sentence's findings and resolved occurrences, and the issuer. */
export interface RuleInput {
  findings: SentenceFindings;
  occurrences: readonly Occurrence[];
  /** The issuing place as an entity, when the document has one. */
  issuer?: PlaceEntity;
  ctx: PlaceContext;
}

/** A relation rule: a pure function of one sentence. */
export type RelationRule = (input: RuleInput) => RelationDraft[];

/** The sentence text between two document offsets. */
export function between(input: RuleInput, start: number, end: number): string {
  const s = input.findings.sentence;
  return s.text.slice(Math.max(0, start - s.start), Math.max(0, end - s.start));
}

/** Offsets of the clause (between ，；：) around a document offset. */
export function clauseAround(input: RuleInput, at: number): { start: number; end: number } {
  const s = input.findings.sentence;
  let a = at - s.start;
  let b = a;
  while (a > 0 && !CLAUSE.has(s.text[a - 1]!)) a--;
  while (b < s.text.length && !CLAUSE.has(s.text[b]!)) b++;
  return { start: s.start + a, end: s.start + b };
}
const CLAUSE = new Set(['，', ',', '；', ';', '：', ':', '。']);

/** Occurrences of an entity type inside [start, end). */
export function inside(input: RuleInput, start: number, end: number, ...types: Entity['type'][]): Occurrence[] {
  return input.occurrences.filter((o) => o.start >= start && o.end <= end && types.includes(o.entity.type));
}
