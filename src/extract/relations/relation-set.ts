import type { Entity, EntityRef, Relation, Sentence } from '../../model/index.js';
import type { RelationDraft } from './draft.js';

/** The deterministic id of a relation: type and both end ids (COOPERATES_WITH: ends in id order). */
export function relationId(d: Pick<RelationDraft, 'type' | 'from' | 'to'>): string {
  return `${d.type}:${d.from.id}->${d.to.id}`;
}

function refOf(e: Entity): EntityRef {
  return { id: e.id, type: e.type, name: e.name, ...(e.type === 'Place' ? { code: e.code } : {}) };
}

/** Merges drafts into relations: one per id, one evidence entry per sentence (the first rule that read it there). */
export function mergeRelations(drafts: readonly RelationDraft[], sentences: readonly Sentence[]): Relation[] {
  const byId = new Map<string, Relation>();
  for (const d of drafts) {
    const id = relationId(d);
    const r = byId.get(id) ?? { id, type: d.type, from: refOf(d.from), to: refOf(d.to), evidence: [] };
    byId.set(id, r);
    if (r.evidence.some((e) => e.sentence === d.sentence)) continue;
    const s = sentences[d.sentence]!;
    r.evidence.push({ sentence: s.index, start: s.start, end: s.end, text: s.text, rule: d.rule });
  }
  return [...byId.values()];
}
