/** Public face of src/extract: pure extraction from a Document to an Extraction. */
export { extract } from './extract.js';
export { explain } from './explain.js';
export type { Candidate, Recognizer, RecognizerModule, Token, TokenizedSentence } from './recognizer.js';
