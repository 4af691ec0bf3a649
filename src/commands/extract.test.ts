import iconv from 'iconv-lite';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');

/** Runs the real `govkg` command line and collects what it prints. */
function govkg(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      [join(ROOT, 'src/cli.ts'), ...args],
      { cwd: ROOT, env: { ...process.env, VITEST: '' }, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

// Reports composed in the style of other cities' reports.
const report = (city: string, year: number) =>
  `${year}年${city}政府工作报告\n${year}-01-12\n各位代表：\n现在，我代表市人民政府向大会报告工作。过去一年，我们加快建设${city}高铁站综合枢纽，推动${city}经济技术开发区扩区升级，与周边城市深化合作。\n`;

let dir: string;
const good: string[] = [];
const bad = { empty: '', binary: '', english: '', huge: '' };
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'govkg-cli-'));
  await mkdir(join(dir, 'mixed'));
  good.push(join(dir, 'mixed/a-ningbo.txt'), join(dir, 'mixed/c-changde.txt'));
  await writeFile(good[0]!, report('宁波市', 2023));
  await writeFile(good[1]!, iconv.encode(report('常德市', 2024), 'gbk'));
  bad.empty = join(dir, 'mixed/b-empty.txt');
  bad.binary = join(dir, 'mixed/d-scan.txt');
  bad.english = join(dir, 'mixed/e-english.md');
  bad.huge = join(dir, 'huge.txt');
  await writeFile(bad.empty, '');
  await writeFile(bad.binary, Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(64)]));
  await writeFile(bad.english, 'The government work report, in English only. '.repeat(20));
  await writeFile(bad.huge, '');
  await truncate(bad.huge, 50 * 1024 * 1024);
  await mkdir(join(dir, 'no-reports'));
  await writeFile(join(dir, 'no-reports/data.csv'), 'a,b\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('govkg extract', () => {
  it('prints one contract object for one file, and nothing else on stdout', async () => {
    const r = await govkg('extract', good[0]!, '--json');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const x = JSON.parse(lines[0]!);
    expect(x.document).toMatchObject({
      title: '2023年宁波市政府工作报告',
      issuer: { code: '330200', name: '宁波市' },
      year: 2023,
    });
    expect(Array.isArray(x.entities) && Array.isArray(x.relations)).toBe(true);
  });

  it('goes on past bad files, names each with its problem, and exits 1', async () => {
    const r = await govkg(
      'extract',
      '--json',
      join(dir, 'mixed'),
      bad.huge,
      join(dir, 'missing.txt'),
      join(dir, 'no-reports'),
    );
    expect(r.code).toBe(1);
    const docs = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(docs.map((d) => d.document.path)).toEqual(good); // in input order, the GBK one decoded
    expect(docs[1].document.issuer.name).toBe('常德市');
    const errors = r.stderr
      .trim()
      .split('\n')
      .filter((l) => !/files extracted/.test(l));
    expect(errors).toEqual([
      `govkg: ${bad.empty}: empty file`,
      `govkg: ${bad.binary}: binary file (a PDF file), not a text report`,
      `govkg: ${bad.english}: no Chinese text: not a report`,
      `govkg: ${bad.huge}: file too large (50.0 MB; the limit is 20.0 MB)`,
      `govkg: ${join(dir, 'missing.txt')}: no such file or folder`,
      `govkg: ${join(dir, 'no-reports')}: folder holds no reports (.txt, .md, .markdown, .html, .htm)`,
    ]);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('gives the same results on a worker pool, in the same order', async () => {
    const one = await govkg('extract', '--json', '--jobs', '1', join(dir, 'mixed'));
    const two = await govkg('extract', '--json', '--jobs', '2', join(dir, 'mixed'));
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
  });

  it('prints a readable summary by default', async () => {
    const r = await govkg('extract', good[0]!);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2023年宁波市政府工作报告\n.*issuer 宁波市 \(330200\) · year 2023/);
  });

  it('--explain prints token → entity → rule lines', async () => {
    const r = await govkg('extract', good[0]!, '--explain');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/宁波市? → Place 宁波市 .*\[place\./);
  });

  it.each([
    [['extract'], /missing required argument/],
    [['extract', '--jobs', 'zero', 'x.txt'], /--jobs.*invalid/],
    [['extract', '--json', '--explain', 'x.txt'], /cannot be used with/],
  ])('exits 2 on a usage error: %j', async (args, message) => {
    const r = await govkg(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });
});
