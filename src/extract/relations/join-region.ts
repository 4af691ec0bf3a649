import { getGazetteer } from '../places/index.js';
import { isMember, regionInfo } from '../regions/index.js';
import { listFrom, pair } from './cooperates.js';
import { clauseAround, type RelationDraft, type RuleInput } from './draft.js';
import { hasAny, WORDS } from './words.js';

/**
 * The issuer joining regions (融入粤港澳大湾区、海西经济区建设; 参与成渝地区双城经济圈建设):
 * PART_OF when the region's plan counts the issuer in, COOPERATES_WITH when it does not (赣州
 * 融入 the Greater Bay Area is a partner). For a region without member data, 融入 another
 * city's 都市圈 is cooperation, 参与 / 纳入 / 加入 is membership.
 */
export function joinRegion(input: RuleInput): RelationDraft[] {
  const out: RelationDraft[] = [];
  const issuer = input.issuer;
  if (!issuer) return out;
  const division = getGazetteer().byCode.get(issuer.code);
  const s = input.findings.sentence;
  for (const verb of WORDS.join) {
    for (let k = s.text.indexOf(verb); k >= 0; k = s.text.indexOf(verb, k + 1)) {
      const at = s.start + k + verb.length;
      for (const o of listFrom(input, at, clauseAround(input, at).end)) {
        if (o.entity.type !== 'Region') continue;
        const known = regionInfo(o.entity.name).members.length > 0;
        const member = known
          ? division !== undefined && isMember(o.entity.name, division)
          : verb !== '融入' && !hasAny(o.entity.name, WORDS.joinAsCooperation);
        if (member) out.push({ type: 'PART_OF', from: issuer, to: o.entity, sentence: s.index, rule: 'part-of.join' });
        else out.push(...pair(issuer, o.entity, s.index, 'cooperates.join'));
      }
    }
  }
  return out;
}
