import { createServer } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { portInUse, start, status } from './server.js';

const opts = (boltPort: number) => ({
  home: mkdtempSync(join(tmpdir(), 'govkg-neo4j-')),
  scriptsDir: 'scripts/neo4j',
  boltPort,
  httpPort: boltPort + 1,
  heap: '256m',
  pageCache: '64m',
  startTimeoutSec: 5,
});

describe('local server guards', () => {
  it('refuses to start on a port another program holds, naming the port', async () => {
    const srv = createServer().listen(0, '127.0.0.1');
    await new Promise((r) => srv.once('listening', r));
    const port = (srv.address() as { port: number }).port;
    try {
      expect(await portInUse(port)).toBe(true);
      await expect(start(opts(port))).rejects.toMatchObject({
        code: 'PORT_TAKEN',
        message: expect.stringContaining(String(port)),
      });
    } finally {
      srv.close();
    }
  });
  it('reports not running for an empty home', () => {
    expect(status(opts(1)).running).toBe(false);
  });
});
