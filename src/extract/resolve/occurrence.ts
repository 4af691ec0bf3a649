import type { Entity } from '../../model/index.js';

/** One resolved mention of an entity, as the relation rules read it. */
export interface Occurrence {
  entity: Entity;
  sentence: number;
  start: number;
  end: number;
  surface: string;
  rule: string;
}
