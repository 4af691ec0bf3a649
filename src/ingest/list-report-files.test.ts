import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listReportFiles } from './list-report-files.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'govkg-list-'));
  await mkdir(join(dir, 'reports/b'), { recursive: true });
  await mkdir(join(dir, 'reports/a'), { recursive: true });
  await mkdir(join(dir, 'nothing'));
  for (const f of [
    'reports/b/2024.txt',
    'reports/a/2023.html',
    'reports/a/2022.md',
    'reports/z.txt',
    'reports/a/notes.pdf',
    'nothing/readme.json',
  ])
    await writeFile(join(dir, f), '报告');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const collect = async (paths: string[]) => {
  const out: string[] = [];
  for await (const i of listReportFiles(paths)) out.push(i.error ? `! ${i.error.message}` : i.path);
  return out.map((p) => p.replaceAll(dir, ''));
};

describe('listReportFiles', () => {
  it('expands a folder recursively, sorted, reports only', async () => {
    expect(await collect([join(dir, 'reports')])).toEqual([
      '/reports/a/2022.md',
      '/reports/a/2023.html',
      '/reports/b/2024.txt',
      '/reports/z.txt',
    ]);
  });
  it('keeps the order of the arguments and reads a named file whatever its ending', async () => {
    expect(await collect([join(dir, 'reports/z.txt'), join(dir, 'reports/a/notes.pdf')])).toEqual([
      '/reports/z.txt',
      '/reports/a/notes.pdf',
    ]);
  });
  it('turns a missing path and a folder without reports into errors, and goes on', async () => {
    expect(await collect([join(dir, 'missing'), join(dir, 'nothing'), join(dir, 'reports/z.txt')])).toEqual([
      '! /missing: no such file or folder',
      '! /nothing: folder holds no reports (.txt, .md, .markdown, .html, .htm)',
      '/reports/z.txt',
    ]);
  });
});
