/** Entity node labels, a fixed list: graph writes take labels only from here. */
export const ENTITY_TYPES = ['Place', 'Region', 'Project', 'Program', 'Organization', 'Sector'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const PLACE_LEVELS = ['province', 'city', 'county', 'town', 'foreign'] as const;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];

export const PROJECT_KINDS = [
  'railway',
  'highway',
  'road',
  'bridge',
  'tunnel',
  'airport',
  'port',
  'reservoir',
  'irrigation',
  'waterworks',
  'water-diversion',
  'power',
  'pipeline',
  'park',
  'base',
  'center',
  'lab',
  'institute',
  'hospital',
  'school',
  'complex',
  'district',
  'corridor',
  'other',
] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];

export const ORGANIZATION_KINDS = ['enterprise', 'university', 'institute', 'hospital', 'agency'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

interface EntityBase {
  /** Deterministic: `place:510781`, `project:<slug of canonical name>`, … the same name gives the same id in every document. */
  id: string;
  name: string;
  /** Other names seen for it (short forms, abbreviations), without the canonical name. */
  aliases: string[];
  /** Id of the rule that recognised it first (e.g. `place.gazetteer.short`, `project.suffix`). */
  rule: string;
}

export interface PlaceEntity extends EntityBase {
  type: 'Place';
  /** GB/T 2260: 6 digits, 9 for towns; ISO 3166 alpha-2 prefixed `foreign:` for countries. */
  code: string;
  level: PlaceLevel;
  /** Code of the enclosing division (town → county → city → province); absent for provinces and countries. */
  parentCode?: string;
}
export interface RegionEntity extends EntityBase {
  type: 'Region';
}
export interface ProjectEntity extends EntityBase {
  type: 'Project';
  kind: ProjectKind;
  /** For a section or phase (成兰铁路绵阳段): the id of the whole line it is part of. */
  partOf?: string;
}
export interface ProgramEntity extends EntityBase {
  type: 'Program';
}
export interface OrganizationEntity extends EntityBase {
  type: 'Organization';
  kind: OrganizationKind;
}
export interface SectorEntity extends EntityBase {
  type: 'Sector';
  /** Id of the parent sector in the taxonomy, if any. */
  parent?: string;
}

export type Entity = PlaceEntity | RegionEntity | ProjectEntity | ProgramEntity | OrganizationEntity | SectorEntity;

/** How a relation or a client names an entity: enough to match it (the output contract's `from`/`to`). */
export interface EntityRef {
  id: string;
  type: EntityType;
  name: string;
  code?: string;
}
