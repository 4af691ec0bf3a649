import type { Entity, Extraction } from '../model/index.js';
import { entityFromRef, planEntities, planHierarchy } from './plan-entities.js';
import { planFacts, planMentions } from './plan-facts.js';
import type { MentionRow, WritePlan } from './plan-types.js';
import { STORE_VERSION } from './store-version.js';

/** The text of every sentence at its index (a gap, which the splitter never leaves, stays ''). */
function sentenceTexts(x: Extraction): string[] {
  const texts: string[] = Array.from({ length: x.sentences.length }, () => '');
  for (const s of x.sentences) texts[s.index] = s.text;
  return texts;
}

/**
 * The entities worth a node: those the document mentions or a written fact joins, and the named
 * ancestors they hang from. An entity with neither (an extractor's by-product, such as a line
 * named only inside a section's name) would trace back to no sentence, and deleting the document
 * could not find it again to remove it.
 */
function traceable(entities: Entity[], mentions: MentionRow[], facts: WritePlan['facts']): Entity[] {
  const keep = new Set([
    ...mentions.map((m) => m.entity),
    ...facts.flatMap((g) => g.rows.flatMap((r) => [r.from, r.to])),
  ]);
  const parents = new Map<string, string[]>();
  for (const h of planHierarchy(entities).hierarchy) parents.set(h.child, [...(parents.get(h.child) ?? []), h.parent]);
  for (let todo = [...keep]; todo.length;) {
    const next = todo.flatMap((id) => parents.get(id) ?? []).filter((id) => !keep.has(id));
    for (const id of next) keep.add(id);
    todo = next;
  }
  return entities.filter((e) => keep.has(e.id));
}

/** Turns one extraction into the rows its write transaction sends (pure: same input, same plan). */
export function planWrite(x: Extraction): WritePlan {
  const byId = new Map<string, Entity>(x.entities.map((e) => [e.id, e]));
  for (const r of x.relations)
    for (const ref of [r.from, r.to]) if (!byId.has(ref.id)) byId.set(ref.id, entityFromRef(ref));
  const d = x.document;
  const mentions = planMentions(x, new Set(byId.keys()));
  const facts = planFacts(x.relations, new Set(mentions.map((m) => m.entity)));
  const entities = traceable([...byId.values()], mentions, facts.facts);
  return {
    document: {
      id: d.id,
      title: d.title,
      path: d.path,
      issuerCode: d.issuer?.code ?? null,
      issuerName: d.issuer?.name ?? null,
      date: d.date ?? null,
      year: d.year ?? null,
      chars: d.chars,
      sentenceCount: x.sentences.length,
      sentences: sentenceTexts(x),
      storeVersion: STORE_VERSION,
    },
    entities: planEntities(entities),
    ...planHierarchy(entities),
    ...facts,
    mentions,
  };
}
