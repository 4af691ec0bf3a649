import type { Document, Entity, Extraction, PlaceEntity, PlaceRef } from '../model/index.js';
import { segmentSentences, splitSentences } from '../text/index.js';
import { withBoundaries } from './boundaries.js';
import { ensureDictionary } from './dictionary.js';
import { joinLocalNames } from './local-names.js';
import { findInSentences, type SentenceFindings } from './find-in-sentence.js';
import { contextOf, issuerOf } from './issuer.js';
import { getGazetteer } from './places/index.js';
import type { TokenizedSentence } from './recognizer.js';
import { findRelations, memberOf, mergeRelations, type RelationDraft } from './relations/index.js';
import { placeEntity, resolveFindings, type Resolution } from './resolve/index.js';

/** Everything the pipeline computed for a document, for `extract` and `explain`. */
export interface PipelineResult {
  extraction: Extraction;
  tokenized: TokenizedSentence[];
  findings: SentenceFindings[];
  resolution: Resolution;
  drafts: RelationDraft[];
}

/** The pipeline, one step per line. */
export function runPipeline(doc: Document): PipelineResult {
  ensureDictionary();
  const issuer = issuerOf(doc);
  const ctx = contextOf(issuer);
  const sentences = splitSentences(doc.text);
  const tokenized = segmentSentences(doc.text, sentences).map((s) =>
    withBoundaries(joinLocalNames(s, ctx.issuerProvince)),
  );
  const findings = findInSentences(tokenized, ctx, { issuerCode: issuer?.code, issuerName: issuer?.name });
  const resolution = resolveFindings(findings);
  const issuerEntity = issuerPlace(issuer);
  const drafts = findings.flatMap((f) => {
    const occurrences = resolution.occurrences.get(f.sentence.index) ?? [];
    // Every relation rule joins occurrences (a compound's places are occurrences too): a sentence
    // that names nothing states nothing, and its text need not be scanned for relation words.
    if (occurrences.length === 0) return [];
    return findRelations({ findings: f, occurrences, ctx, ...(issuerEntity ? { issuer: issuerEntity } : {}) });
  });
  drafts.push(...memberOf(resolution.occurrences.values(), issuerEntity, drafts));
  const relations = mergeRelations(drafts, sentences);
  const entities = withRelationEnds(resolution.table.all(), drafts);
  const { text: _text, ...summary } = doc;
  const document = { ...summary, ...(issuer ? { issuer } : {}) };
  const warnings = findings.flatMap((f) => f.warnings);
  const extraction: Extraction = { document, entities, relations, mentions: resolution.mentions, sentences, warnings };
  return { extraction, tokenized, findings, resolution, drafts };
}

/** Reads a document and returns everything it names and states. */
export function extract(doc: Document): Extraction {
  return runPipeline(doc).extraction;
}

function issuerPlace(issuer: PlaceRef | undefined): PlaceEntity | undefined {
  const d = issuer ? getGazetteer().byCode.get(issuer.code) : undefined;
  return d ? placeEntity(d, 'place.issuer') : undefined;
}

/** The issuer enters the entity list when a relation names it (LOCATED_IN by default) even if the text never does. */
function withRelationEnds(entities: Entity[], drafts: readonly RelationDraft[]): Entity[] {
  const ids = new Set(entities.map((e) => e.id));
  const out = [...entities];
  for (const d of drafts)
    for (const e of [d.from, d.to])
      if (!ids.has(e.id)) {
        ids.add(e.id);
        out.push(e);
      }
  return out;
}
