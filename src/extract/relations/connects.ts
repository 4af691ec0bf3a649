import type { PlaceEntity } from '../../model/index.js';
import { between, inside, type RelationDraft, type RuleInput } from './draft.js';
import { WORDS } from './words.js';

/**
 * CONNECTS: the places a line joins, read from its name — an abbreviation compound before a line
 * word (绵遂内铁路 → 绵阳市, 遂宁市, 内江市) and the endpoints around 至 / 经 / — (自贡至永川高速公路,
 * 江津经泸州至宜宾高速公路, 九绵高速江油至平武段). A place named alone in a section (成兰铁路绵阳段)
 * says where the section is, not what the line joins.
 */
export function connects(input: RuleInput): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const o of input.occurrences) {
    if (o.entity.type !== 'Project') continue;
    const project = o.entity;
    const ends: Array<{ to: PlaceEntity; rule: string }> = [];
    for (const c of input.findings.compounds) {
      if (c.start < o.start || c.end > o.end || c.kind === 'cooperation' || !project.name.includes(c.surface)) continue;
      if (c.kind === 'bare' && !WORDS.lineKinds.has(project.kind)) continue;
      for (const p of c.places) ends.push({ to: placeAt(input, p.start), rule: 'connects.compound' });
    }
    if (WORDS.lineKinds.has(project.kind)) {
      for (const p of inside(input, o.start, o.end, 'Place')) {
        if (p.rule === 'place.abbreviation' || !project.name.includes(p.surface)) continue;
        const before = between(input, p.start - 1, p.start);
        const after = between(input, p.end, p.end + 1);
        if (WORDS.endpointMarks.has(before) || WORDS.endpointMarks.has(after))
          ends.push({ to: p.entity as PlaceEntity, rule: 'connects.endpoints' });
      }
    }
    const seen = new Set<string>();
    for (const { to, rule } of ends) {
      if (seen.has(to.id)) continue;
      seen.add(to.id);
      out.push({ type: 'CONNECTS', from: project, to, sentence: o.sentence, rule });
    }
  }
  return out;
}

function placeAt(input: RuleInput, start: number): PlaceEntity {
  return input.occurrences.find((x) => x.start === start && x.entity.type === 'Place')!.entity as PlaceEntity;
}
