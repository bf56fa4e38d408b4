// Charts of the reports with uPlot (a WebJar): the script and its stylesheet are added once as elements, which the
// Content-Security-Policy allows ('self'); uPlot sizes its canvas through CSSOM, also allowed. Charts follow their
// container's width and are destroyed when the page is left. Every chart's numbers are also in a data table: the
// chart is for the eye, the table is what screen readers and tests read.

import { locale } from '../../lib/i18n.js';

const SCRIPT = '/webjars/uplot/dist/uPlot.iife.min.js';
const STYLESHEET = '/webjars/uplot/dist/uPlot.min.css';
const HEIGHT = 240;
// Distinguishable for common colour-vision deficiencies (Okabe–Ito); the legend names every series as text.
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'];

let loading = null;

// At most `count` of the values, evenly spread, always starting with the first.
function everyNth(values, count) {
  const step = Math.ceil(values.length / count);
  return values.filter((value, i) => i % step === 0);
}

/** A period's x value as a date in the console's language (months as month and year). */
function formatX(x, granularity) {
  const options = granularity === 'MONTH' ? { month: 'short', year: 'numeric' } : { month: 'short', day: 'numeric' };
  return new Intl.DateTimeFormat(locale(), { ...options, timeZone: 'UTC' }).format(new Date(x * 1000));
}

/** uPlot, loaded on first use: a `<script src>` element and a `<link rel=stylesheet>`, once. */
export function loadUPlot() {
  if (window.uPlot) return Promise.resolve(window.uPlot);
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = STYLESHEET;
      document.head.append(link);
      const script = document.createElement('script');
      script.src = SCRIPT;
      script.onload = () => resolve(window.uPlot);
      script.onerror = () => {
        loading = null;
        script.remove();
        reject(new Error('The chart library did not load'));
      };
      document.head.append(script);
    });
  }
  return loading;
}

/** A UTC day (`YYYY-MM-DD`) as uPlot's x value (seconds). */
export const dayToX = isoDay => {
  const [y, m, d] = isoDay.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 1000;
};

/**
 * The charts of one page: `plot(container, spec)` draws (or redraws) a chart into a container element;
 * everything is destroyed when `signal` aborts.
 */
export function chartSet(signal) {
  const charts = new Map();

  function remove(container) {
    const found = charts.get(container);
    if (!found) return;
    found.observer.disconnect();
    found.chart.destroy();
    charts.delete(container);
  }

  signal.addEventListener('abort', () => [...charts.keys()].forEach(remove));

  /**
   * spec: `{ x: [day strings], xLabel, granularity, series: [{ label, values }], label }` — counts per period as lines
   * with points, the y axis starting at zero with whole-number steps.
   */
  async function plot(container, spec) {
    const uPlot = await loadUPlot();
    if (signal.aborted || !container.isConnected) return;
    remove(container);
    const options = {
      width: Math.max(container.clientWidth, 200),
      height: HEIGHT,
      title: spec.label,
      // Days are calendar days of the report's zone, already cut by the server: show them as they are.
      tzDate: ts => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
      scales: { x: { time: true }, y: { range: (u, min, max) => [0, Math.max(1, Math.ceil(max * 1.1))] } },
      axes: [
        // Ticks on the periods themselves (days, Mondays or 1sts), as many as fit, labelled as calendar dates.
        { splits: u => everyNth(u.data[0], Math.max(1, Math.floor(u.bbox.width / devicePixelRatio / 72))),
          values: (u, splits) => splits.map(x => formatX(x, spec.granularity)) },
        { incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 50000, 100000] },
      ],
      cursor: { drag: { x: false, y: false } },
      series: [{ label: spec.xLabel, value: (u, x) => (x === null || x === undefined ? '–' : formatX(x, spec.granularity)) },
        ...spec.series.map((one, i) => ({
        label: one.label,
        stroke: PALETTE[i % PALETTE.length],
        width: 2,
        points: { show: true, size: 6, fill: PALETTE[i % PALETTE.length] },
      }))],
    };
    const data = [spec.x.map(dayToX), ...spec.series.map(one => one.values)];
    const chart = new uPlot(options, data, container);
    let width = container.clientWidth;
    // Resized in the next frame, not inside the observer's callback (which would re-enter the observer's loop).
    const observer = new ResizeObserver(() => requestAnimationFrame(() => {
      if (container.clientWidth !== width && container.clientWidth > 0 && charts.has(container)) {
        width = container.clientWidth;
        chart.setSize({ width: Math.max(width, 200), height: HEIGHT });
      }
    }));
    observer.observe(container);
    charts.set(container, { chart, observer });
  }

  return { plot, clear: () => [...charts.keys()].forEach(remove) };
}

/** Every period from `from` to `to` (`YYYY-MM-DD`) for a granularity: days, ISO weeks (Mondays) or months (1st). */
export function periods(from, to, granularity = 'DAY') {
  const start = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  if (granularity === 'WEEK') start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7));
  if (granularity === 'MONTH') start.setUTCDate(1);
  const all = [];
  for (const at = start; at <= end && all.length < 1000;) {
    all.push(at.toISOString().slice(0, 10));
    if (granularity === 'MONTH') at.setUTCMonth(at.getUTCMonth() + 1);
    else at.setUTCDate(at.getUTCDate() + (granularity === 'WEEK' ? 7 : 1));
  }
  return all;
}
