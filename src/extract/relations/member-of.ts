import type { Entity, PlaceEntity } from '../../model/index.js';
import { getGazetteer } from '../places/index.js';
import { isMember } from '../regions/index.js';
import type { Occurrence } from '../resolve/occurrence.js';
import type { RelationDraft } from './draft.js';

/**
 * PART_OF for the issuer and each region the report names that the region's plan counts it in
 * (自贡 and 成渝地区双城经济圈), once, with the first sentence naming the region as evidence —
 * unless the report speaks of cooperating with that region (与成都平原经济区城市一体化), which
 * treats it as a partner rather than home.
 */
export function memberOf(occurrences: Iterable<Occurrence[]>, issuer: PlaceEntity | undefined, drafts: readonly RelationDraft[]): RelationDraft[] {
  if (!issuer) return [];
  const d = getGazetteer().byCode.get(issuer.code);
  if (!d) return [];
  const partners = new Set(
    drafts.filter((x) => x.type === 'COOPERATES_WITH' && (x.from.id === issuer.id || x.to.id === issuer.id)).flatMap((x) => [x.from.id, x.to.id]),
  );
  const seen = new Set<string>();
  const out: RelationDraft[] = [];
  for (const list of occurrences)
    for (const o of list) {
      const region: Entity = o.entity;
      if (region.type !== 'Region' || seen.has(region.id) || partners.has(region.id)) continue;
      seen.add(region.id);
      if (isMember(region.name, d)) out.push({ type: 'PART_OF', from: issuer, to: region, sentence: o.sentence, rule: 'part-of.member' });
    }
  return out;
}
