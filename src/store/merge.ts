import type { Event } from '../core/event.ts';
import { classifyStatus, type StatusClass } from '../core/status-class.ts';
import type { StoreWriter } from './store.ts';

/** Whether reports are merged by their full CAMEO code or by its root (the code family). */
export type MergeFamily = 'root' | 'code';

/** How reports of the same event are recognised. */
export interface MergeOptions {
  family: MergeFamily;
  /** The largest number of days between the first and the last report's date in one merged event. */
  windowDays: number;
}

export const DEFAULT_MERGE_OPTIONS: MergeOptions = { family: 'root', windowDays: 2 };

/** What two reports must share to be one event; null when the event cannot be merged (no source, target or day). */
export interface MergeKey {
  source: string;
  target: string;
  family: string;
  statusClass: StatusClass;
  day: string;
}

/** The day an event is placed on: its own full date, else the publication date; null when only a year or month is known. */
export function eventDay(event: Event, published: string | undefined): string | null {
  if (event.date !== undefined) return /^\d{4}-\d{2}-\d{2}$/.test(event.date) ? event.date : null;
  return published ?? null;
}

/** The merge key of an event, or null when it lacks a source, a target or a day. */
export function mergeKey(event: Event, published: string | undefined, options: MergeOptions = DEFAULT_MERGE_OPTIONS): MergeKey | null {
  const source = event.source[0]?.code;
  const target = event.target[0]?.code;
  const day = eventDay(event, published);
  if (!source || !target || day === null) return null;
  const family = options.family === 'root' ? event.cameo.root : event.cameo.code;
  return { source, target, family, statusClass: classifyStatus(event), day };
}

/** A merged event as the merge needs it: its key and the range of days its reports cover. */
export interface MergeGroup {
  id: number;
  source: string;
  target: string;
  family: string;
  statusClass: StatusClass;
  firstDay: string;
  lastDay: string;
}

/** Days from `a` to `b` (both YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** `day` moved by `days` days. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The group a report joins: among groups with the same key whose day range, widened to take the
 * report, stays within the window, the one whose first day is closest (then the oldest). Null
 * when none fits and the report starts a group of its own.
 */
export function chooseGroup(key: MergeKey, candidates: readonly MergeGroup[], options: MergeOptions = DEFAULT_MERGE_OPTIONS): MergeGroup | null {
  let best: MergeGroup | null = null;
  let bestDistance = Infinity;
  for (const group of candidates) {
    if (group.source !== key.source || group.target !== key.target || group.family !== key.family || group.statusClass !== key.statusClass) continue;
    const first = key.day < group.firstDay ? key.day : group.firstDay;
    const last = key.day > group.lastDay ? key.day : group.lastDay;
    if (daysBetween(first, last) > options.windowDays) continue;
    const distance = Math.abs(daysBetween(group.firstDay, key.day));
    if (distance < bestDistance || (distance === bestDistance && best !== null && group.id < best.id)) {
      best = group;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Places a report in its merged event, through the store's writer: the group `chooseGroup` picks
 * among the stored ones (widened to take the report), else a new one. An event without a merge
 * key gets a merged event of its own. Returns the merged event's id.
 */
export async function placeInMergedEvent(writer: StoreWriter, event: Event, published: string | undefined, options: MergeOptions): Promise<number> {
  const key = mergeKey(event, published, options);
  if (key === null) {
    const statusClass = classifyStatus(event);
    return writer.insertMergedEvent({ source: event.source[0]?.code ?? null, target: event.target[0]?.code ?? null, family: null, statusClass, firstDay: null, lastDay: null });
  }
  const candidates = await writer.findMergedEvents(key, addDays(key.day, -options.windowDays), addDays(key.day, options.windowDays));
  const group = chooseGroup(key, candidates, options);
  if (!group) return writer.insertMergedEvent({ source: key.source, target: key.target, family: key.family, statusClass: key.statusClass, firstDay: key.day, lastDay: key.day });
  await writer.widenMergedEvent(group.id, key.day < group.firstDay ? key.day : group.firstDay, key.day > group.lastDay ? key.day : group.lastDay);
  return group.id;
}
