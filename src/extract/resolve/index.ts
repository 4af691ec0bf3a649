/** Entity resolution: candidates → entities with deterministic ids, occurrences and mentions. */
export { resolveFindings } from './resolve-findings.js';
export type { Resolution } from './resolve-findings.js';
export type { Occurrence } from './occurrence.js';
export { placeEntity } from './to-entity.js';
export { entityId } from './entity-ids.js';
export { stageOf } from './stage-verbs.js';
