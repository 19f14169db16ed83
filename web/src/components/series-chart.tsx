import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';

/** One line or bar series of a chart. */
export interface ChartSeries {
  label: string;
  values: (number | null)[];
  colour: string;
  kind: 'line' | 'dashed' | 'bars';
}

interface Props {
  title: string;
  /** Period starts, in seconds since 1970. */
  times: number[];
  /** Half the width of a period (seconds), to pad the time axis. */
  halfPeriod: number;
  series: ChartSeries[];
  testId: string;
}

/** A uPlot time chart; redrawn when its data changes. */
export function SeriesChart({ title, times, halfPeriod, series, testId }: Props) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const bars = uPlot.paths.bars?.({ size: [0.6, 40] });
    const width = () => Math.max(320, element.clientWidth - 16);
    // one tick per period (at most twelve labels), labelled as the period is written
    const step = Math.max(1, Math.ceil(times.length / 12));
    const ticks = times.filter((_, index) => index % step === 0);
    const options: uPlot.Options = {
      title,
      width: width(),
      height: 260,
      scales: { x: { time: true, range: (_chart, min, max) => [min - halfPeriod, max + halfPeriod] } },
      axes: [{ splits: () => ticks, values: (_chart, splits) => splits.map((time) => formatPeriod(time, halfPeriod)) }, { size: 50 }],
      series: [
        {},
        ...series.map((entry) => ({
          label: entry.label,
          stroke: entry.colour,
          width: entry.kind === 'bars' ? 1 : 2,
          dash: entry.kind === 'dashed' ? [6, 4] : undefined,
          fill: entry.kind === 'bars' ? `${entry.colour}99` : undefined,
          paths: entry.kind === 'bars' ? bars : undefined,
          points: { show: entry.kind !== 'bars' },
          spanGaps: false,
        })),
      ],
    };
    const chart = new uPlot(options, [times, ...series.map((entry) => entry.values)] as uPlot.AlignedData, element);
    const resize = () => chart.setSize({ width: width(), height: 260 });
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.destroy();
    };
  }, [title, times, halfPeriod, series]);
  return <div class="chart" data-testid={testId} ref={container} />;
}

/** A period start as the series writes it: the month for monthly series, else the day. */
function formatPeriod(time: number, halfPeriod: number): string {
  const iso = new Date(time * 1000).toISOString();
  return halfPeriod > 1_000_000 ? iso.slice(0, 7) : iso.slice(0, 10);
}
