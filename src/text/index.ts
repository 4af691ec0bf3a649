/** Public face of src/text: sentences with offsets and section headings, and the jieba segmenter. */
export { splitSentences } from './split-sentences.js';
export { headingOf } from './headings.js';
export { charFlags, hasPair, pairFlags } from './char-flags.js';
export { addUserWords, segment, segmentSentences } from './segmenter.js';
export type { SegmentedToken } from './segmenter.js';
