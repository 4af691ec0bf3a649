import { getGazetteer } from '../places/index.js';
import type { Candidate, TokenizedSentence } from '../recognizer.js';
import { PARENT_HEADS } from './data/org-markers.js';

/** A place name standing between a parent body and its unit (中国科学院|成都|生物研究所); not an everyday word. */
function isPlaceName(text: string): boolean {
  const gazetteer = getGazetteer();
  const entries = gazetteer.byName.get(text);
  return !!entries && !gazetteer.commonWords.has(text) && entries.some((e) => e.division.level !== 'foreign');
}

/**
 * Where a unit's name starts when it is named after a parent body found just before it, with at
 * most a place name between (中国科学院成都生物研究所, 四川大学锦江学院, 川北医学院附属医院);
 * undefined when no parent body ends there. `found` holds the sentence's earlier candidates.
 */
export function parentStart(
  sentence: TokenizedSentence,
  start: number,
  found: readonly Candidate[],
): number | undefined {
  let best: Candidate | undefined;
  for (const c of found) {
    if (c.end > start || !PARENT_HEADS.some((h) => c.name.endsWith(h))) continue;
    const between = sentence.text.slice(c.end - sentence.start, start - sentence.start);
    if (between !== '' && !isPlaceName(between)) continue;
    if (!best || c.end > best.end || (c.end === best.end && c.start < best.start)) best = c;
  }
  return best?.start;
}
