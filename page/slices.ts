/**
 * Work in slices that yield to the page: each slice runs for a few
 * milliseconds, then gives the main thread back before the next. With the
 * `diagnostics` setting on, each slice is a `yuanwen:scan` performance measure;
 * off (the default), nothing is written to the page's timeline, which the page
 * shares and would read as a sign that Yuanwen is installed.
 */

export const SCAN_MEASURE = 'yuanwen:scan';
const SLICE_MS = 6;

let sliceCounter = 0;

/**
 * Yields to the event loop with a task queued behind the page's own: the page's
 * timers and input run first. (`scheduler.yield()` would not do: its
 * continuations jump the queue, and a long scan would starve the page's timers.)
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { postTask?: (cb: () => void, o: object) => Promise<void> } })
    .scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => {}, { priority: 'user-visible' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs synchronous scanning work (outside a slice), inside its own `yuanwen:scan` measure when `diagnostics`. */
export function measured<T>(work: () => T, diagnostics: boolean): T {
  if (!diagnostics) return work();
  const startMark = `${SCAN_MEASURE}:start:${++sliceCounter}`;
  performance.mark(startMark);
  try {
    return work();
  } finally {
    performance.measure(SCAN_MEASURE, startMark);
    performance.clearMarks(startMark);
  }
}

/** What a step did: nothing left to do, a little work (a short block), or more. */
export type StepResult = 'done' | 'light' | 'heavy';
/** Reading the clock costs about a microsecond: after light steps, only every few. */
const LIGHT_STEPS_PER_CLOCK_READ = 8;

/**
 * Calls `step` until it says 'done', in slices of about SLICE_MS, each
 * measured as `yuanwen:scan` when `diagnostics`. Stops early when `signal` aborts.
 */
export async function runInSlices(
  step: () => StepResult,
  signal: AbortSignal,
  onSliceEnd: () => void = () => {},
  diagnostics = false,
): Promise<void> {
  let more = true;
  while (more && !signal.aborted) {
    const startMark = diagnostics ? `${SCAN_MEASURE}:start:${++sliceCounter}` : '';
    if (diagnostics) performance.mark(startMark);
    const deadline = performance.now() + SLICE_MS;
    let light = 0;
    for (;;) {
      const result = step();
      if (result === 'done') {
        more = false;
        break;
      }
      if (result === 'light' && ++light % LIGHT_STEPS_PER_CLOCK_READ !== 0) continue;
      if (performance.now() >= deadline) break;
    }
    onSliceEnd();
    if (diagnostics) {
      performance.measure(SCAN_MEASURE, startMark);
      performance.clearMarks(startMark);
    }
    if (more) await yieldToPage();
  }
}
