import type { Entity, Mention, ProjectEntity } from '../../model/index.js';
import type { PlaceMatch } from '../places/index.js';
import type { SentenceFindings } from '../find-in-sentence.js';
import { entityId } from './entity-ids.js';
import { EntityTable } from './entity-table.js';
import { filterCandidates } from './filter-candidates.js';
import type { Occurrence } from './occurrence.js';
import { findStageVerbs, stageOf, type StageVerb } from './stage-verbs.js';
import { candidateEntity, candidateId, placeId, placeMatchEntity, regionEntity } from './to-entity.js';
import { byStart, sortSmall } from '../sort-small.js';

/** Entities, their occurrences sentence by sentence, and the mentions the graph stores. */
export interface Resolution {
  table: EntityTable;
  /** Occurrences per sentence index, in text order. */
  occurrences: Map<number, Occurrence[]>;
  mentions: Mention[];
}

/**
 * Turns every sentence's findings into entities (merged across sentences by id) and mentions.
 * A project section (成兰铁路绵阳段) brings its whole line (成兰铁路) in as an entity too.
 */
export function resolveFindings(findings: readonly SentenceFindings[]): Resolution {
  const table = new EntityTable();
  const occurrences = new Map<number, Occurrence[]>();
  const mentions: Mention[] = [];
  for (const f of findings) {
    const at: SentenceAt = { table, mentions, list: [], sentence: f.sentence, verbs: undefined };
    for (const r of f.regions) add(at, regionEntity(r), r);
    for (const p of f.places) add(at, place(table, p), p);
    for (const c of f.compounds) for (const p of c.places) add(at, place(table, p), p);
    for (const c of filterCandidates(f)) {
      // An entity met before is the table's already: it is built only the first time.
      const id = candidateId(c);
      const known = id === undefined || c.partOfName !== undefined ? undefined : table.get(id);
      const e = known ?? candidateEntity(c);
      if (!e) continue;
      add(at, e, c);
      if (e.type === 'Project' && c.partOfName !== undefined && !table.get(entityId('Project', c.partOfName))) {
        const line: ProjectEntity = {
          ...e,
          id: entityId('Project', c.partOfName),
          name: c.partOfName,
          aliases: [],
          rule: 'project.line-of-section',
        };
        delete line.partOf;
        table.add(line, line.name);
      }
    }
    occurrences.set(f.sentence.index, sortSmall(at.list, byStart));
  }
  return { table, occurrences, mentions };
}

/** What `add` writes to while one sentence is resolved (module-level functions: no closures per sentence). */
interface SentenceAt {
  table: EntityTable;
  mentions: Mention[];
  list: Occurrence[];
  sentence: SentenceFindings['sentence'];
  /** Read only for a sentence that names something. */
  verbs: StageVerb[] | undefined;
}

function add(
  at: SentenceAt,
  e: Parameters<EntityTable['add']>[0],
  m: { start: number; end: number; surface: string; rule: string },
): void {
  const s = at.sentence;
  const entity = at.table.add(e, m.surface);
  at.list.push({ entity, sentence: s.index, start: m.start, end: m.end, surface: m.surface, rule: m.rule });
  at.verbs ??= findStageVerbs(s.text);
  const stage = stageOf(s.text, at.verbs, m.start - s.start, m.end - s.start);
  const { start, end, surface, rule } = m;
  // Two literals, keys in output order, rather than a spread of the optional stage (copied key by key).
  at.mentions.push(
    stage
      ? { entityId: entity.id, sentence: s.index, start, end, surface, stage: stage.stage, stageVerb: stage.verb, rule }
      : { entityId: entity.id, sentence: s.index, start, end, surface, rule },
  );
}

/** A place met before is the table's already: its entity is built only the first time. */
function place(table: EntityTable, p: PlaceMatch): Entity {
  return table.get(placeId(p.division)) ?? placeMatchEntity(p);
}
