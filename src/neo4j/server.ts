import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j from 'neo4j-driver';
import { GovkgError } from '../errors.js';
import { log } from '../log.js';
import { ensureJars, homeLayout, type Neo4jHome } from './fetch.js';
import { findJava } from './java.js';

/** What the local server needs to know; the CLI builds it from `Config`. */
export interface LocalServerOptions {
  home: string;
  scriptsDir: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  startTimeoutSec: number;
  javaHome?: string;
  envJavaHome?: string;
}

export interface ServerStatus {
  running: boolean;
  pid?: number;
  bolt: string;
  http: string;
  log: string;
}

// JVM flags Neo4j 5 needs on Java 17+ (module access for its page cache and Netty).
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.util=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
];

const boltUri = (o: LocalServerOptions) => `bolt://127.0.0.1:${o.boltPort}`;

function readPid(home: Neo4jHome): number | undefined {
  if (!existsSync(home.pidFile)) return undefined;
  const pid = Number(readFileSync(home.pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createConnection({ host: '127.0.0.1', port });
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });
}

/** Polls Bolt until the server answers or the deadline passes. */
export async function waitForBolt(
  uri: string,
  timeoutMs: number,
  isAlive: () => boolean = () => true,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) return false;
    const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'neo4j'), {
      connectionTimeout: 2000,
      logging: undefined,
    });
    try {
      await driver.verifyConnectivity();
      return true;
    } catch {
      await sleep(500);
    } finally {
      await driver.close();
    }
  }
  return false;
}

const tail = (file: string, n = 20) =>
  existsSync(file) ? readFileSync(file, 'utf8').trimEnd().split('\n').slice(-n).join('\n') : '(no log)';

/** Whether the local server runs, with its PID and addresses. */
export function status(o: LocalServerOptions): ServerStatus {
  const home = homeLayout(o.home);
  const pid = readPid(home);
  const running = pid !== undefined && alive(pid);
  return {
    running,
    pid: running ? pid : undefined,
    bolt: boltUri(o),
    http: `http://127.0.0.1:${o.httpPort}`,
    log: home.logFile,
  };
}

/**
 * Starts the local Neo4j (fetching it first if needed) and waits until Bolt answers.
 * Already running: returns at once. Returns how it went and how long it took.
 */
export async function start(
  o: LocalServerOptions,
): Promise<{ status: ServerStatus; fetched: boolean; alreadyRunning: boolean; ms: number }> {
  const t0 = Date.now();
  const home = homeLayout(o.home);
  const before = status(o);
  if (before.running) return { status: before, fetched: false, alreadyRunning: true, ms: 0 };
  for (const port of [o.boltPort, o.httpPort]) {
    if (await portInUse(port)) {
      throw new GovkgError(
        'PORT_TAKEN',
        `port ${port} on 127.0.0.1 is taken by another program; stop it, or set GOVKG_NEO4J_BOLT_PORT / GOVKG_NEO4J_HTTP_PORT, or point NEO4J_URI at a running Neo4j`,
      );
    }
  }
  const java = findJava({ javaHome: o.javaHome, envJavaHome: o.envJavaHome });
  const fetched = ensureJars(home, o.scriptsDir, java.bin) === 'fetched';
  mkdirSync(home.data, { recursive: true });
  const out = openSync(home.logFile, 'w');
  const child = spawn(
    java.bin,
    [
      `-Xmx${o.heap}`,
      ...JVM_FLAGS,
      '-cp',
      `${home.classes}:${home.lib}/*`,
      'Launcher',
      home.data,
      String(o.boltPort),
      String(o.httpPort),
      o.pageCache,
      home.plugins,
    ],
    { detached: true, stdio: ['ignore', out, out] },
  );
  closeSync(out);
  child.unref();
  if (!child.pid) throw new GovkgError('START_TIMEOUT', `could not launch ${java.bin}`);
  writeFileSync(home.pidFile, String(child.pid));
  log.info(`Neo4j starting (pid ${child.pid}, Java ${java.version}), waiting for ${boltUri(o)} …`);
  const up = await waitForBolt(boltUri(o), o.startTimeoutSec * 1000, () => alive(child.pid!));
  if (!up) {
    const wasAlive = alive(child.pid);
    if (wasAlive) process.kill(child.pid, 'SIGTERM');
    rmSync(home.pidFile, { force: true });
    throw new GovkgError(
      'START_TIMEOUT',
      `${wasAlive ? `Neo4j did not answer on ${boltUri(o)} within ${o.startTimeoutSec}s` : 'Neo4j exited while starting'}; last lines of ${home.logFile}:\n${tail(home.logFile)}`,
    );
  }
  return { status: status(o), fetched, alreadyRunning: false, ms: Date.now() - t0 };
}

/** Stops the local server cleanly (SIGTERM runs Neo4j's shutdown hook), waiting up to 60 s. */
export async function stop(o: LocalServerOptions): Promise<{ stopped: boolean; pid?: number }> {
  const home = homeLayout(o.home);
  const pid = readPid(home);
  if (pid === undefined || !alive(pid)) {
    rmSync(home.pidFile, { force: true });
    return { stopped: false };
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (alive(pid) && Date.now() < deadline) await sleep(200);
  if (alive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(home.pidFile, { force: true });
  return { stopped: true, pid };
}
