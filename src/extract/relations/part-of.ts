import type { Entity } from '../../model/index.js';
import { between, inside, type RelationDraft, type RuleInput } from './draft.js';
import { hasAny, WORDS } from './words.js';

/**
 * PART_OF (Place → Region): places in brackets after a region (川南渝西(自贡), 沱江流域(内自泸段)),
 * a place section of a region (沱江流域富顺段), and the issuer joining a zone (参与成渝地区双城经济圈建设).
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
    const joined = WORDS.join.includes(between(input, r.start - 2, r.start));
    if (joined && input.issuer && !hasAny(region.name, WORDS.joinAsCooperation)) out.push(draft(input.issuer, region, s.index, 'part-of.join'));
  }
  return out;
}

function draft(from: Entity, to: Entity, sentence: number, rule: string): RelationDraft {
  return { type: 'PART_OF', from, to, sentence, rule };
}
