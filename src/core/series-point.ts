// a store's answer that the web app reads too, so it lives in core, which imports nothing of the store

/** One period of a time series. */
export interface SeriesPoint {
  /** The period's first day (YYYY-MM-DD), or YYYY-MM for months. */
  period: string;
  events: number;
  /** Counts by quad class: verbal cooperation, material cooperation, verbal conflict, material conflict. */
  quadClass: { 1: number; 2: number; 3: number; 4: number };
  goldsteinSum: number;
  goldsteinMean: number;
}
