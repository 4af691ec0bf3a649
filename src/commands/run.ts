import { loadConfig, type Config } from '../config.js';
import { isGovkgError } from '../errors.js';
import { log, setLogLevel } from '../log.js';

/**
 * Wraps a command's action: loads the config once, and turns every error into one clear line on
 * stderr and a non-zero exit (a stack trace only with GOVKG_LOG_LEVEL=debug).
 */
export function action<A extends unknown[]>(fn: (config: Config, ...args: A) => Promise<number | void>) {
  return async (...args: A): Promise<void> => {
    try {
      const config = loadConfig();
      setLogLevel(config.GOVKG_LOG_LEVEL);
      const code = await fn(config, ...args);
      if (typeof code === 'number') process.exitCode = code;
    } catch (e) {
      if (isGovkgError(e)) log.error(`govkg: ${e.message}`);
      else log.error(`govkg: unexpected error: ${e instanceof Error ? e.message : String(e)}`);
      log.debug(e instanceof Error ? (e.stack ?? '') : '');
      process.exitCode = process.exitCode || 1;
    }
  };
}
