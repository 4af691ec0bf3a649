import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../model/index.js';
import { GovkgError } from '../errors.js';

/**
 * Labels and relationship types are the only words builders splice into Cypher, so they are
 * checked against the fixed lists of src/model first: nothing from a document reaches the text.
 */
export function label(l: EntityType): EntityType {
  if (!(ENTITY_TYPES as readonly string[]).includes(l)) throw new GovkgError('BAD_INPUT', `not an entity label: ${l}`);
  return l;
}

/** A relationship type from the fixed list (see `label`). */
export function relType(t: RelationType): RelationType {
  if (!(RELATION_TYPES as readonly string[]).includes(t))
    throw new GovkgError('BAD_INPUT', `not a relationship type: ${t}`);
  return t;
}

/** `LOCATED_IN|CONNECTS|…`: every fact type, for patterns that look at all evidence-carrying relationships. */
export const FACT_TYPES_PATTERN = RELATION_TYPES.join('|');
