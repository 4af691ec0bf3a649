import type { Extraction, Relation, RelationType } from '../model/index.js';
import { byCode, type FactRow, type MentionRow, type WritePlan } from './plan-types.js';

/**
 * Fact rows grouped by type, one row per (type, from, to) with this document's evidence as
 * aligned lists. COOPERATES_WITH means the same both ways, so it is stored once, from the smaller
 * id. Place PART_OF Place is the GB/T hierarchy, never a fact: such relations are skipped, and
 * so are relations neither of whose ends the document mentions (`mentioned`): removing a
 * document reaches its facts through the entities it mentions.
 */
export function planFacts(relations: Relation[], mentioned: Set<string>): Pick<WritePlan, 'facts' | 'skipped'> {
  const facts = new Map<string, { type: RelationType; row: FactRow }>();
  const skipped: WritePlan['skipped'] = [];
  for (const r of relations) {
    if (r.type === 'PART_OF' && r.from.type === 'Place' && r.to.type === 'Place') {
      skipped.push({ relation: r.id, reason: 'Place PART_OF Place is the GB/T 2260 hierarchy' });
      continue;
    }
    if (!mentioned.has(r.from.id) && !mentioned.has(r.to.id)) {
      skipped.push({ relation: r.id, reason: 'the document mentions neither end' });
      continue;
    }
    const [from, to] =
      r.type === 'COOPERATES_WITH' && r.to.id < r.from.id ? [r.to.id, r.from.id] : [r.from.id, r.to.id];
    const key = `${r.type}|${from}|${to}`;
    const row = facts.get(key)?.row ?? { from, to, sentences: [], starts: [], ends: [], rules: [] };
    facts.set(key, { type: r.type, row });
    for (const ev of r.evidence) {
      if (row.sentences.some((s, i) => s === ev.sentence && row.rules[i] === ev.rule)) continue;
      row.sentences.push(ev.sentence);
      row.starts.push(ev.start);
      row.ends.push(ev.end);
      row.rules.push(ev.rule);
    }
  }
  const groups = new Map<RelationType, FactRow[]>();
  for (const [, { type, row }] of [...facts].sort(([a], [b]) => byCode(a, b)))
    if (row.sentences.length > 0) (groups.get(type) ?? groups.set(type, []).get(type)!).push(row);
  return { facts: [...groups].map(([type, rows]) => ({ type, rows })), skipped };
}

/**
 * MENTIONS rows, one per (entity, start); unknown entities dropped. The sentence's text is not
 * repeated on each (a report has ~500 mentions): the Document stores its sentences once.
 */
export function planMentions(x: Extraction, known: Set<string>): MentionRow[] {
  const rows = new Map<string, MentionRow>();
  for (const m of x.mentions) {
    if (!known.has(m.entityId)) continue;
    rows.set(`${m.entityId}@${m.start}`, {
      entity: m.entityId,
      sentence: m.sentence,
      start: m.start,
      end: m.end,
      surface: m.surface,
      stage: m.stage ?? null,
      stageVerb: m.stageVerb ?? null,
      rule: m.rule,
    });
  }
  return [...rows.values()].sort((a, b) => a.start - b.start || byCode(a.entity, b.entity));
}
