/** A tiny logger: diagnostics to stderr (results go to stdout), levelled, silent under vitest. */
type Level = 'silent' | 'error' | 'warn' | 'info' | 'debug';
const ORDER: Record<Level, number> = { silent: 0, error: 1, warn: 2, info: 3, debug: 4 };

let level: Level = process.env.VITEST ? 'silent' : 'info';

/** Sets the level (the CLI calls this once from config). */
export function setLogLevel(l: Level): void {
  level = l;
}

const emit = (l: Level, args: unknown[]) => {
  if (ORDER[l] <= ORDER[level])
    process.stderr.write(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ') + '\n');
};

export const log = {
  error: (...a: unknown[]) => emit('error', a),
  warn: (...a: unknown[]) => emit('warn', a),
  info: (...a: unknown[]) => emit('info', a),
  /** Debug: the Cypher and its parameters, timings. */
  debug: (...a: unknown[]) => emit('debug', a),
  get level(): Level {
    return level;
  },
};
