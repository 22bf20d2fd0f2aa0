// How every row of `npm run bench` is timed, in the main process and in the
// per-service processes alike: two warm-up runs, then the median of `runs`,
// with a GC before each run when node was started with --expose-gc.
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
