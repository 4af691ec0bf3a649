import { programs } from './programs/index.js';
import { projects } from './projects/index.js';
import type { RecognizerModule } from './recognizer.js';

/** The recognisers of the other entity types, run on every sentence in this order. */
export const MODULES: readonly RecognizerModule[] = [projects, programs];
