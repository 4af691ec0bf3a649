import { isGovkgError } from '../errors.js';
import { extract } from '../extract/index.js';
import { readDocument } from '../ingest/index.js';
import type { Extraction } from '../model/index.js';

/** What became of one input file: its extraction, or the one-line reason it failed. Plain data, so it crosses worker threads. */
export type FileResult = { path: string; extraction: Extraction; error?: undefined } | { path: string; error: string };

/**
 * Reads and extracts one file, catching what goes wrong: a bad file gives its BadFileError
 * message; anything else (a bug) is reported as an unexpected error of that file, so that one
 * file never stops the run.
 */
export async function extractFile(path: string): Promise<FileResult> {
  try {
    return { path, extraction: extract(await readDocument(path)) };
  } catch (e) {
    if (isGovkgError(e)) return { path, error: e.message };
    return { path, error: `${path}: unexpected error while extracting: ${e instanceof Error ? e.message : String(e)}` };
  }
}
