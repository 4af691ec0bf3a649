import type { Entity, Extraction } from '../model/index.js';
import { entityFromRef, planEntities, planHierarchy } from './plan-entities.js';
import { planFacts, planMentions } from './plan-facts.js';
import type { WritePlan } from './plan-types.js';

/** The text of every sentence at its index (a gap, which the splitter never leaves, stays ''). */
function sentenceTexts(x: Extraction): string[] {
  const texts: string[] = Array.from({ length: x.sentences.length }, () => '');
  for (const s of x.sentences) texts[s.index] = s.text;
  return texts;
}

/** Turns one extraction into the rows its write transaction sends (pure: same input, same plan). */
export function planWrite(x: Extraction): WritePlan {
  const byId = new Map<string, Entity>(x.entities.map((e) => [e.id, e]));
  for (const r of x.relations)
    for (const ref of [r.from, r.to]) if (!byId.has(ref.id)) byId.set(ref.id, entityFromRef(ref));
  const entities = [...byId.values()];
  const d = x.document;
  const mentions = planMentions(x, new Set(byId.keys()));
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
    },
    entities: planEntities(entities),
    ...planHierarchy(entities),
    ...planFacts(x.relations, new Set(mentions.map((m) => m.entity))),
    mentions,
  };
}
