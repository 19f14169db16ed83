/** Half the length of each period, in seconds: the padding of a chart's time axis. */
export const HALF_PERIOD = { day: 43_200, week: 302_400, month: 1_314_000 };

/** The periods a series can be drawn by. */
export const INTERVALS = ['day', 'week', 'month'] as const;

/** A period a series is drawn by. */
export type Interval = (typeof INTERVALS)[number];

/** A period (`2025-03` or `2025-03-10`) as seconds since 1970. */
export function periodTime(period: string): number {
  return Date.parse(period.length === 7 ? `${period}-01T00:00:00Z` : `${period}T00:00:00Z`) / 1000;
}

/** The first day of a period. */
export function periodStart(period: string): string {
  return period.length === 7 ? `${period}-01` : period;
}
