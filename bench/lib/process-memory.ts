// The resident memory of another process, all its threads together (threads share one address
// space): read from /proc/<pid>/status on Linux, from `ps` elsewhere. The kernel's own peak
// (VmHWM) catches spikes between two samples; on Linux it can be reset to the current size, so
// that the peak of one part of a run can be told apart from the peak while the process started.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** A process's resident memory now and at its highest (bytes); `peak` is null where the system does not keep one. */
export interface ProcessMemory {
  rss: number;
  peak: number | null;
}

/** The resident memory of process `pid` (all its threads). */
export function readProcessMemory(pid: number): ProcessMemory {
  const status = `/proc/${pid}/status`;
  if (existsSync(status)) {
    const text = readFileSync(status, 'utf8');
    const field = (name: string) => {
      const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text);
      return match ? Number(match[1]) * 1024 : null;
    };
    return { rss: field('VmRSS') ?? 0, peak: field('VmHWM') };
  }
  const kilobytes = Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim());
  return { rss: kilobytes * 1024, peak: null };
}

/** Resets the kernel's peak of `pid` (VmHWM) to its current resident size; false where that cannot be done. */
export function resetPeakMemory(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/**
 * Follows the resident memory of `pid` from now until `stop()`: samples it every `intervalMs` and,
 * where the kernel keeps a resettable peak, takes that too, so that a spike between samples counts.
 */
export function watchPeakMemory(pid: number, intervalMs = 50): { stop(): { peakBytes: number; exact: boolean } } {
  const exact = resetPeakMemory(pid);
  let highest = readProcessMemory(pid).rss;
  const timer = setInterval(() => {
    try {
      highest = Math.max(highest, readProcessMemory(pid).rss);
    } catch {
      // the process has ended: what was seen stands
    }
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      const last = readProcessMemory(pid);
      return { peakBytes: Math.max(highest, last.rss, exact && last.peak !== null ? last.peak : 0), exact };
    },
  };
}
