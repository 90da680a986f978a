/** Timing helpers for the benchmarks: median of several runs after a warm-up, printed as figures. */

export function time<T>(work: () => T, runs: number): { result: T; ms: number } {
  let result = work(); // warm-up: let the JIT compile before measuring
  const samples: number[] = [];
  const collect = (globalThis as { gc?: () => void }).gc; // present under node --expose-gc
  for (let i = 0; i < runs; i++) {
    // Start each run with a clean heap, so one run's garbage is not collected on the next one's time.
    collect?.();
    const start = process.hrtime.bigint();
    result = work();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { result, ms: samples[Math.floor(samples.length / 2)] };
}

/** Prints one figure line and returns the rate per second. */
export function printFigure(what: string, size: string, ms: number, units: number): number {
  const perSecond = units / (ms / 1000);
  console.log(
    `${what.padEnd(40)} ${size.padStart(16)}  ${ms.toFixed(1).padStart(9)} ms  ${Math.round(perSecond).toLocaleString("en").padStart(12)} /s`
  );
  return perSecond;
}
