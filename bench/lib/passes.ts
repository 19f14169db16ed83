// Speed figures of the bench scripts: one short timed pass on a shared machine moved by a pause of
// the garbage collector or another process as much as a change meant to be faster; so a figure is
// the median of several timed passes over the same documents (after a warm-up), and the passes
// themselves are listed beside it in the JSON. `--passes N` sets how many (3 by default).
//
// Why later passes are faster (measured on this machine, December 2026): mostly V8 still compiling.
// The optimising compiler kept finishing functions through the first ~5,000 leads (about 1,100 in the
// first pass of 600 leads, 300, 200, 360, 150, then under 100 a pass; --trace-opt), so a pass of the
// same leads took ~40% less CPU time by the sixth pass, and a pass of leads never coded before grows
// just as fast. The word-level caches (word keys, lemmas, tagger word values, place candidates, each
// kept across documents and bounded) do remember what earlier passes met: a second pass over the same
// leads misses none, where a first pass over unseen leads misses about three words a lead. Clearing
// every cache before a pass cost about 3% of its CPU time, so for unseen text (which repeats most
// words of earlier news) the repeated passes flatter the figure by about 1%, within the noise of one
// pass: the figures are stated as they are, the median of passes over the same leads.
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
