// How every row of `npm run bench` is timed, in the main process and in the
// per-service processes alike: two warm-up runs, then the median of `runs`,
// with a GC before each run when node was started with --expose-gc. Rows
// with a target relative to JSON.parse alternate their runs with it
// (measurePaired).
const gc = (globalThis as { gc?: () => void }).gc;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/** Median time in ms of `runs` runs of `f`, after two warm-up runs. */
export function measure(f: () => void, runs: number): number {
  f();
  f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc?.();
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** What {@link measurePaired} gives. */
export interface PairedTiming {
  /** Median ms of the floor (JSON.parse of the same text). */
  readonly floorMs: number;
  /** Median ms of the measured function. */
  readonly ms: number;
  /** The median, over the runs, of each run's time over the floor's time just before it. */
  readonly ratio: number;
}

/**
 * `f` timed against `floor` in alternating runs (two warm-up pairs, then
 * `runs` pairs, a GC before each run). The ratio is the median of each
 * pair's ratio rather than a ratio of medians: on this shared machine the
 * speed of one process drifts by a third from minute to minute (JSON.parse
 * of one text took 18 to 30 ms), and a pair's two runs drift together.
 */
export function measurePaired(floor: () => void, f: () => void, runs: number): PairedTiming {
  for (let i = 0; i < 2; i++) {
    floor();
    f();
  }
  const floors: number[] = [];
  const times: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc?.();
    let t0 = performance.now();
    floor();
    const a = performance.now() - t0;
    gc?.();
    t0 = performance.now();
    f();
    const b = performance.now() - t0;
    floors.push(a);
    times.push(b);
    ratios.push(b / a);
  }
  return { floorMs: median(floors), ms: median(times), ratio: median(ratios) };
}
