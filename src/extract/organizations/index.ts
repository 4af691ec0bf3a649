import type { Candidate, RecognizerModule, TokenizedSentence } from '../recognizer.js';
import { lookupSector } from '../sectors/index.js';
import { KNOWN_FORMS, recognizeKnownEnterprises } from './recognize-known.js';
import { recognizeFirmLists } from './recognize-firm-lists.js';
import { recognizeSuffixedOrgs } from './recognize-organizations.js';
import { byStart, longestFirst, sortSmall } from '../sort-small.js';

const isSector = (item: string) => lookupSector(item) !== undefined;
const knownForms = [...KNOWN_FORMS.keys()];
/** 长虹新能源 starts with 长虹: a known firm or one of its subsidiaries. */
const isKnownFirm = (item: string) => knownForms.some((form) => item.startsWith(form));

/** Keeps the longest candidate where several overlap (长虹 inside 长虹集团 inside …). */
function keepLongest(candidates: Candidate[]): Candidate[] {
  if (candidates.length < 2) return candidates;
  const kept: Candidate[] = [];
  for (const c of sortSmall([...candidates], longestFirst)) {
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  }
  return sortSmall(kept, byStart);
}

/** Organisations in a sentence: names ending in an organisation word, firms in lists, known enterprises. */
export function recognizeOrganizations(sentence: TokenizedSentence): Candidate[] {
  return keepLongest([
    ...recognizeSuffixedOrgs(sentence),
    ...recognizeFirmLists(sentence, isSector, isKnownFirm),
    ...recognizeKnownEnterprises(sentence),
  ]);
}

/** The organisations recogniser, as the pipeline loads it. */
export const organizations: RecognizerModule = {
  id: 'organization',
  recognize: recognizeOrganizations,
  words: [...KNOWN_FORMS.keys()].map((word) => ({ word, tag: 'nt' })),
};
