import type { Entity } from '../../model/index.js';

/**
 * The entities of a document by id. The first sighting fixes the entity; later sightings only add
 * aliases (自贡, 盐都, 自 for 自贡市). Keeps first-seen order for stable output.
 */
export class EntityTable {
  private readonly byId = new Map<string, Entity>();

  /** Returns the table's entity for `e.id`, adding `e` if new, and records `surface` as an alias. */
  add(e: Entity, surface: string): Entity {
    const known = this.byId.get(e.id);
    const entity = known ?? e;
    if (!known) this.byId.set(e.id, e);
    if (surface !== entity.name && !entity.aliases.includes(surface)) entity.aliases.push(surface);
    return entity;
  }

  get(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  all(): Entity[] {
    return [...this.byId.values()];
  }
}
