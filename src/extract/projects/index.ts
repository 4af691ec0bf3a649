/** Public face of extract/projects: the Project recogniser. */
import type { RecognizerModule } from '../recognizer.js';
import { FACILITIES } from './data/facilities.js';
import { recognizeProjects } from './recognize-projects.js';

/** Finds named projects (成兰铁路绵阳段, 自贡至永川高速公路, 江油抽水蓄能电站) in a sentence. */
export const projects: RecognizerModule = {
  id: 'project',
  recognize: recognizeProjects,
  // Facility words kept whole by jieba, so the left edge can be read from tokens.
  words: FACILITIES.filter((f) => f.word.length > 1).map((f) => ({ word: f.word, tag: 'n' })),
};
