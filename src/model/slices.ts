/** How long one slice of work may hold the main thread, in ms. */
const SLICE_MS = 12;

/** Runs work written as a generator of steps to its end, at once, and returns its result. */
export function runAtOnce<T>(steps: Generator<void, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * Ends the task once more than about 12 ms have passed since `sliceStart`, so that input and
 * painting go on during long work, and returns when the next slice starts (or at once, with
 * `sliceStart`). A hidden page goes on without pauses: no one is waiting on it, and browsers
 * hold back the timers of background tabs to about one a second.
 */
export async function pauseAfterSlice(sliceStart: number): Promise<number> {
  if (performance.now() - sliceStart <= SLICE_MS || globalThis.document?.hidden) return sliceStart;
  // scheduler.yield() resumes before other queued tasks and is not clamped to 4 ms when it
  // nests, as setTimeout is; browsers without it use setTimeout.
  await ((globalThis as { scheduler?: { yield?(): Promise<void> } }).scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve)));
  return performance.now();
}

/**
 * Runs work written as a generator of steps to its end in slices of about 12 ms with a task
 * boundary between them (see `pauseAfterSlice`). Rejects with the signal's reason once `signal`
 * aborts, also when it aborted before the call.
 */
export async function runInSlices<T>(steps: Generator<void, T>, signal?: AbortSignal): Promise<T> {
  let sliceStart = performance.now();
  let step = steps.next();
  while (!step.done) {
    sliceStart = await pauseAfterSlice(sliceStart);
    signal?.throwIfAborted();
    step = steps.next();
  }
  signal?.throwIfAborted();
  return step.value;
}
