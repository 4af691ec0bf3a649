import type { Entity } from '../../model/index.js';
import { between, inside, type RelationDraft, type RuleInput } from './draft.js';

/**
 * PART_OF (Place → Region): places in brackets after a region (川南渝西(自贡), 沱江流域(内自泸段)),
 * and a place section of a region (沱江流域富顺段).
 */
export function partOf(input: RuleInput): RelationDraft[] {
  const out: RelationDraft[] = [];
  const s = input.findings.sentence;
  for (const r of input.occurrences) {
    if (r.entity.type !== 'Region' || r.rule === 'region.part') continue;
    const region = r.entity;
    const next = between(input, r.end, r.end + 1);
    if (next === '(' || next === '（') {
      const close = s.text.slice(r.end - s.start).search(/[)）]/);
      if (close > 0) for (const p of inside(input, r.end, r.end + close, 'Place')) out.push(draft(p.entity, region, s.index, 'part-of.bracket'));
    }
    const section = input.occurrences.find((p) => p.start === r.end && p.entity.type === 'Place');
    if (section && between(input, section.end, section.end + 1) === '段') out.push(draft(section.entity, region, s.index, 'part-of.section'));
  }
  return out;
}

function draft(from: Entity, to: Entity, sentence: number, rule: string): RelationDraft {
  return { type: 'PART_OF', from, to, sentence, rule };
}
