import type { Candidate, Token } from '../recognizer.js';
import type { FacilityHit } from './facility-index.js';
import type { TokenClass } from './token-class.js';

/** One sentence as the recogniser sees it: sentence-relative offsets throughout. */
export interface Scan {
  text: string;
  base: number;
  tokens: Token[];
  classes: TokenClass[];
  hits: FacilityHit[];
}

/**
 * A candidate before output: the stem a shared-suffix conjunct reuses (创业大道|南延线、西延线), and for a
 * coordinated conjunct the name it shares a head with (kept only if that name is).
 */
export type Built = Candidate & { stem?: string; owner?: Built; facility?: string };
