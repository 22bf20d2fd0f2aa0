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

/** What the timed function of a pair returned, kept while it is timed (so the engine cannot drop the work) and let go before the next GC. */
let kept: unknown;

/**
 * `a` and `b` timed in turns, `runs` pairs after two warm-up pairs, with a
 * GC before each run: the median time of each, and the median of the
 * pairs' ratios `b / a`, which a drift of the machine's speed between the
 * two of a pair barely moves. Each function returns what it made, which is
 * let go before the other runs: a whole parsed file still alive would
 * slow the other's collections.
 */
export function measurePairs(a: () => unknown, b: () => unknown, runs: number): { aMs: number; bMs: number; ratio: number } {
  const time = (f: () => unknown): number => {
    kept = undefined;
    gc?.();
    const t0 = performance.now();
    kept = f();
    const ms = performance.now() - t0;
    void kept;
    kept = undefined;
    return ms;
  };
  for (let i = 0; i < 2; i++) {
    time(a);
    time(b);
  }
  const as: number[] = [];
  const bs: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    const ta = time(a);
    const tb = time(b);
    as.push(ta);
    bs.push(tb);
    ratios.push(tb / ta);
  }
  return { aMs: median(as), bMs: median(bs), ratio: median(ratios) };
}
