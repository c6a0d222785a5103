/**
 * Work in slices that yield to the page: each slice runs for a few
 * milliseconds inside a `yuanwen:scan` performance measure, then gives the
 * main thread back before the next.
 */

export const SCAN_MEASURE = 'yuanwen:scan';
const SLICE_MS = 6;

let sliceCounter = 0;

/** Yields to the event loop (a task, so input and rendering can run in between). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Calls `step` until it returns false, in slices of about SLICE_MS, each
 * measured as `yuanwen:scan`. Stops early when `signal` aborts.
 */
export async function runInSlices(
  step: () => boolean,
  signal: AbortSignal,
  onSliceEnd: () => void = () => {},
): Promise<void> {
  let more = true;
  while (more && !signal.aborted) {
    const id = ++sliceCounter;
    const startMark = `${SCAN_MEASURE}:start:${id}`;
    performance.mark(startMark);
    const deadline = performance.now() + SLICE_MS;
    do more = step();
    while (more && performance.now() < deadline);
    onSliceEnd();
    performance.measure(SCAN_MEASURE, startMark);
    performance.clearMarks(startMark);
    if (more) await yieldToPage();
  }
}
