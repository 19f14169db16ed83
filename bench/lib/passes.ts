// Speed figures of the bench scripts: one short timed pass on a shared machine moved by a pause of
// the garbage collector or another process as much as a change meant to be faster; so a figure is
// the median of several timed passes over the same documents (after a warm-up), and the passes
// themselves are listed beside it in the JSON. `--passes N` sets how many (3 by default).
import { benchUsageError } from './bench-options.ts';

/** The number of timed passes from a `--passes` option value: a whole number from 1 to 50. */
export function passCount(script: string, value: string | undefined, fallback = 3): number {
  if (value === undefined) return fallback;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > 50) benchUsageError(script, `--passes takes a whole number from 1 to 50, not "${value}"`);
  return count;
}

/** The median of some figures (the mean of the middle two for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
}

/** A pass's wall-clock and CPU time of this process (user and system), in milliseconds. */
export interface PassTime {
  ms: number;
  cpuMs: number;
}

/** Runs `work` and times it, by the clock and by this process's CPU time (less moved by other processes' load). */
export function timePass<T>(work: () => T): PassTime & { value: T } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = work();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
}
