import iconv from 'iconv-lite';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadFileError } from '../errors.js';
import { readDocument } from './read-document.js';

// A report composed in the style of a prefecture city's work report (not taken from any real one).
const REPORT = [
  '2024年九江市政府工作报告',
  '2024-01-15',
  '各位代表：',
  '现在，我代表市人民政府，向大会报告工作，请予审议。',
  '一、2023年工作回顾',
  '过去一年，我们加快建设昌九高铁九江段，推动庐山西海旅游度假区提质升级，九江港城西港区二期建成投用。',
].join('\n');

let dir: string;
const file = async (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'govkg-ingest-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readDocument decodes', () => {
  const encodings: [string, () => Uint8Array][] = [
    ['utf-8', () => Buffer.from(REPORT, 'utf8')],
    ['utf-8 with BOM', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(REPORT)])],
    ['utf-16le with BOM', () => iconv.encode(REPORT, 'utf16le', { addBOM: true })],
    ['utf-16be with BOM', () => iconv.encode(REPORT, 'utf16be', { addBOM: true })],
    ['utf-16le without BOM', () => iconv.encode(REPORT, 'utf16le')],
    ['utf-16be without BOM', () => iconv.encode(REPORT, 'utf16be')],
    ['gbk', () => iconv.encode(REPORT, 'gbk')],
    ['gb18030', () => iconv.encode(REPORT, 'gb18030')],
    ['windows line ends', () => Buffer.from(REPORT.replace(/\n/g, '\r\n'))],
  ];
  it.each(encodings)('%s', async (name, bytes) => {
    const doc = await readDocument(await file(`${name}.txt`, bytes()));
    expect(doc.text).toBe(REPORT);
    expect(doc.title).toBe('2024年九江市政府工作报告');
    expect(doc.issuer).toEqual({ code: '360400', name: '九江市' });
    expect(doc.year).toBe(2024);
    expect(doc.date).toBe('2024-01-15');
  });

  it('gives the same id to the same text in any encoding', async () => {
    const a = await readDocument(await file('id-a.txt', Buffer.from(REPORT)));
    const b = await readDocument(await file('id-b.txt', iconv.encode(REPORT, 'gbk')));
    expect(a.id).toBe(b.id);
    expect(a.id).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('readDocument reduces markup', () => {
  const html = (charset: string) =>
    `<!DOCTYPE html><html><head><meta charset="${charset}"><title>网页标题</title></head><body><h1>2024年九江市政府工作报告</h1>` +
    `<p>2024-01-15</p><p>各位代表：</p><p>现在，我代表市人民政府，向大会报告工作，请予审议。</p>` +
    `<p>过去一年，我们加快建设<a href="/x">昌九高铁九江段</a>，九江港城西港区二期建成投用。</p><img src="a.png"></body></html>`;

  it.each([['utf-8'], ['gbk']])('HTML in %s', async (charset) => {
    const doc = await readDocument(await file(`page-${charset}.html`, iconv.encode(html(charset), charset)));
    expect(doc.title).toBe('2024年九江市政府工作报告');
    expect(doc.text).not.toMatch(/[<>]|href/);
    expect(doc.text).toContain('加快建设昌九高铁九江段');
    expect(doc.issuer?.code).toBe('360400');
  });

  it('HTML whose body starts without the title: title and issuer from <title>', async () => {
    const page = `<html><head><title>2023年洛阳市政府工作报告</title></head><body><p>各位代表：</p><p>现在，我代表市人民政府向大会报告工作。过去一年，我们推进伊河治理工程，加快建设洛阳新区综合交通枢纽。</p></body></html>`;
    const doc = await readDocument(await file('untitled.html', page));
    expect(doc.title).toBe('2023年洛阳市政府工作报告');
    expect(doc.issuer?.name).toBe('洛阳市');
    expect(doc.year).toBe(2023);
    expect(doc.text.startsWith('各位代表：')).toBe(true);
  });

  it('Markdown', async () => {
    const md = `---\nsource: x\n---\n# 2024年九江市政府工作报告\n\n2024-01-15\n\n各位代表：\n\n**过去一年**，我们加快建设[昌九高铁](http://x)九江段，九江港城西港区二期建成投用，推动庐山西海旅游度假区提质升级。`;
    const doc = await readDocument(await file('report.md', md));
    expect(doc.title).toBe('2024年九江市政府工作报告');
    expect(doc.text).toContain('过去一年，我们加快建设昌九高铁九江段');
  });
});

describe('readDocument refuses bad input with a message naming the file', () => {
  const bad: [string, string, () => Uint8Array | string, RegExp][] = [
    ['an empty file', 'empty.txt', () => '', /empty file/],
    ['blank lines only', 'blank.txt', () => '\n \n\t\n', /empty file/],
    [
      'a PDF',
      'report.txt',
      () => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 1, 2, 3, 200, 201])]),
      /binary file \(a PDF file\)/,
    ],
    ['random bytes', 'noise.txt', () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), /binary file/],
    [
      'Shift_JIS Japanese',
      'japanese.txt',
      () => iconv.encode('これは日本語の文章です。東京都の予算について説明します。'.repeat(20), 'shift_jis'),
      /unknown or unsupported encoding/,
    ],
    ['English text', 'english.txt', () => 'Report on the work of the government. '.repeat(50), /no Chinese text/],
  ];
  it.each(bad)('%s', async (_what, name, content, message) => {
    const path = await file(name, content());
    const error = await readDocument(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadFileError);
    expect((error as BadFileError).message).toMatch(message);
    expect((error as BadFileError).message.startsWith(path)).toBe(true);
  });

  it('a missing file', async () => {
    await expect(readDocument(join(dir, 'nope.txt'))).rejects.toThrow(/nope\.txt: no such file/);
  });

  it('a 50 MB file, by its size alone', async () => {
    const path = await file('huge.txt', '');
    await truncate(path, 50 * 1024 * 1024); // sparse: nothing is written, and nothing must be read
    await expect(readDocument(path)).rejects.toThrow(/huge\.txt: file too large \(50\.0 MB; the limit is 20\.0 MB\)/);
  });
});
