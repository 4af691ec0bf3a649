import data from './data/relation-words.json' with { type: 'json' };
import type { ProjectKind } from '../../model/index.js';

/** The relation word lists of data/relation-words.json, as sets built once. */
export const WORDS = {
  lineKinds: new Set<ProjectKind>(data.lineKinds as ProjectKind[]),
  cooperation: data.cooperation,
  pairingBefore: data.pairingBefore,
  join: data.join,
  joinAsCooperation: data.joinAsCooperation,
  listGaps: new Set(data.listGaps),
  endpointMarks: new Set(data.endpointMarks),
  dashes: new Set(data.dashes),
  parkCooperation: data.parkCooperation,
  participation: data.participation,
};

/** True when the text holds any of the words. */
export function hasAny(text: string, words: readonly string[]): boolean {
  return words.some((w) => text.includes(w));
}
