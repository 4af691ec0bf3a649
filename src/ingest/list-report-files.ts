import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { BadFileError } from '../errors.js';
import { REPORT_EXTENSIONS } from './limits.js';

/** One input of a run: a report file to read, or a path that failed before reading (missing, an empty folder). */
export type ReportInput = { path: string; error?: undefined } | { path: string; error: BadFileError };

const isReportFile = (name: string) => (REPORT_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());

/**
 * Expands the paths of a command line into report files, in a stable order: each argument in the
 * order given, a folder's reports (recursively, .txt/.md/.html) sorted by path. A missing path
 * or a folder without reports becomes an input carrying its error, so the run goes on.
 */
export async function* listReportFiles(paths: readonly string[]): AsyncGenerator<ReportInput> {
  for (const path of paths) {
    const kind = await stat(path).then(
      (s) => (s.isDirectory() ? 'dir' : s.isFile() ? 'file' : 'other'),
      () => 'missing',
    );
    if (kind === 'missing') yield { path, error: new BadFileError(path, 'no such file or folder') };
    else if (kind === 'other') yield { path, error: new BadFileError(path, 'not a regular file or folder') };
    else if (kind === 'file') yield { path };
    else {
      const files = await reportsUnder(path);
      if (!files.length)
        yield { path, error: new BadFileError(path, `folder holds no reports (${REPORT_EXTENSIONS.join(', ')})`) };
      for (const f of files) yield { path: f };
    }
  }
}

async function reportsUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && isReportFile(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
