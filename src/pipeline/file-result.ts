import { isGovkgError } from '../errors.js';
import { explain, extract } from '../extract/index.js';
import { readDocument } from '../ingest/index.js';
import type { Extraction } from '../model/index.js';

/** One file to extract; with `explain`, also the token → entity → rule lines of extract's `explain`. */
export interface FileTask {
  path: string;
  explain?: boolean;
}

/** What became of one input file: its extraction, or the one-line reason it failed. Plain data, so it crosses worker threads. */
export type FileResult =
  { path: string; extraction: Extraction; explain?: string[]; error?: undefined } | { path: string; error: string };

/**
 * Reads and extracts one file, catching what goes wrong: a bad file gives its BadFileError
 * message; anything else (a bug) is reported as an unexpected error of that file, so that one
 * file never stops the run.
 */
export async function extractFile({ path, explain: explaining }: FileTask): Promise<FileResult> {
  try {
    const doc = await readDocument(path);
    return { path, extraction: extract(doc), ...(explaining ? { explain: explain(doc) } : {}) };
  } catch (e) {
    if (isGovkgError(e)) return { path, error: e.message };
    return { path, error: `${path}: unexpected error while extracting: ${e instanceof Error ? e.message : String(e)}` };
  }
}
