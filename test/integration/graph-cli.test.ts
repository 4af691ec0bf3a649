import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The govkg command itself, as a user runs it, against the real Neo4j of the environment.
const dir = mkdtempSync(join(tmpdir(), 'govkg-cli-'));

const govkg = (args: string[], env: Record<string, string> = {}) =>
  spawnSync('npx', ['tsx', 'src/cli.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, GOVKG_LOG_LEVEL: 'info', ...env },
    timeout: 300_000,
  });

// A port nobody listens on: bind an ephemeral one, then let it go.
const unusedPort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('govkg ingest', () => {
  it('says clearly that Neo4j is unreachable, and exits non-zero before any work', async () => {
    const port = await unusedPort();
    const r = govkg(['ingest', 'seeds'], { NEO4J_URI: `bolt://127.0.0.1:${port}` });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`govkg: Neo4j is not reachable at bolt://127.0.0.1:${port}`);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.stdout).toBe('');
  });

  it('ingesting the same files twice leaves an identical graph', () => {
    // Copies of the seeds with a line of their own: new documents this test alone owns.
    const reports = join(dir, 'reports');
    rmSync(reports, { recursive: true, force: true });
    spawnSync('mkdir', ['-p', reports]);
    for (const f of readdirSync('seeds').filter((f) => f.endsWith('.txt'))) {
      copyFileSync(join('seeds', f), join(reports, f));
      writeFileSync(join(reports, f), readFileSync(join(reports, f), 'utf8') + `\n（测试副本 ${process.pid}）\n`);
    }
    try {
      const first = govkg(['ingest', reports]);
      expect(first.status, first.stderr).toBe(0);
      expect(first.stdout).toMatch(/ingested 2 documents in [\d.]+ s: 2 written, 0 replaced, 0 unchanged, 0 failed/);
      expect(govkg(['export', '--format', 'json', '--out', join(dir, 'one')]).status).toBe(0);
      const second = govkg(['ingest', reports]);
      expect(second.stdout).toMatch(/0 written, 0 replaced, 2 unchanged, 0 failed/);
      expect(second.stdout).toContain('nodes +0 −0, relationships +0 −0, properties set 0');
      expect(govkg(['export', '--format', 'json', '--out', join(dir, 'two')]).status).toBe(0);
      expect(readFileSync(join(dir, 'two', 'graph.json'), 'utf8')).toBe(
        readFileSync(join(dir, 'one', 'graph.json'), 'utf8'),
      );
    } finally {
      const del = govkg(['delete', ...readdirSync(reports).map((f) => join(reports, f))]);
      expect(del.status, del.stderr).toBe(0);
    }
  });

  it('reports a file that fails and still writes the others', () => {
    const reports = join(dir, 'mixed');
    mkdirSync(reports, { recursive: true });
    const good = join(reports, 'a-good.txt');
    writeFileSync(
      good,
      readFileSync(
        join(
          'seeds',
          readdirSync('seeds').find((f) => f.endsWith('.txt'))!,
        ),
        'utf8',
      ) + `\n（混合测试 ${process.pid}）\n`,
    );
    writeFileSync(join(reports, 'b-empty.txt'), ''); // an empty report: the reader refuses it
    try {
      const r = govkg(['ingest', reports]);
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/1 written, 0 replaced, 0 unchanged, 1 failed/);
      expect(r.stdout).toContain(`failed: ${join(reports, 'b-empty.txt')}`);
    } finally {
      expect(govkg(['delete', good]).status).toBe(0);
    }
  });
});
