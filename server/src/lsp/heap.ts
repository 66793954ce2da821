// The server's memory policy: keep V8's young generation (the "nursery", two semi-spaces) small unless
// an analysis needs a large one, and give memory back once the editor goes quiet.
//
// Why: V8 grows the nursery (up to 2 x 8-16 MB) whenever many objects survive a scavenge, e.g. while
// the analyses of many drafts are built and kept, and never shrinks it while allocation goes on. With 50
// small drafts open the nursery was 15 MB of a 30 MB heap although a 1,000-word analysis allocates only
// ~0.2 MB. A long draft, on the other hand, allocates ~31 bytes per character per analysis (4 MB at
// 20,000 words) and is re-analysed faster with a large nursery (fewer of its intermediate objects are
// copied and promoted), so it may still grow it.
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Texts at least this long may grow the nursery: their analysis allocates more (~31 bytes per
 * character, 1 MB here) than the smallest nursery holds.
 */
export const GROW_NURSERY_CHARS = 32 * 1024;
/** V8's default growth factor (the nursery doubles) and "no growth". */
const GROW = 2;
const KEEP = 1;
let growth = GROW;

/**
 * Called before each analysis: lets V8 grow the nursery only for a text whose analysis does not fit in a
 * small one. `--semi-space-growth-factor` is read by V8 each time it considers growing, so it can be
 * changed at run time (unlike the semi-spaces' maximum size).
 */
export function beforeAnalysis(chars: number): void {
  const want = chars >= GROW_NURSERY_CHARS ? GROW : KEEP;
  if (want === growth) return;
  try {
    setFlagsFromString(`--semi-space-growth-factor=${want}`);
    growth = want;
  } catch {
    /* an embedder without V8 flags: keep V8's policy */
  }
}
// Small from the start (server.ts imports this module first): loading the server and analysing short
// drafts need no more than V8's initial nursery.
beforeAnalysis(0);

/**
 * A full garbage collection once the server has been idle for a moment after analysing: V8 otherwise
 * keeps the heap it grew while analysing. V8 shrinks the nursery only in a collection that finds the
 * allocation rate of the last ~5 s low, so while the nursery is still large after a collection, another
 * one follows 5.5 s later (at most SHRINK_TRIES times: a client that keeps sending requests while the user
 * is idle must not cost a full collection every few seconds).
 */
const IDLE_GC_MS = 1500;
const SHRINK_GC_MS = 5500;
const SHRINK_TRIES = 3;
/** The nursery (physical bytes) above which another collection is worth it (V8 starts at 1 MB). */
const SMALL_NURSERY = 2.5 * 1024 * 1024;

let idleGcTimer: NodeJS.Timeout | null = null;
let fullGc: ((options?: object) => void) | null | undefined;

function nurseryBytes(): number {
  for (const s of getHeapSpaceStatistics()) if (s.space_name === 'new_space') return s.physical_space_size;
  return 0;
}

function idleCollect(tries: number): void {
  idleGcTimer = null;
  fullGc?.({ type: 'major', execution: 'sync' });
  if (tries < SHRINK_TRIES && nurseryBytes() > SMALL_NURSERY) {
    idleGcTimer = setTimeout(() => idleCollect(tries + 1), SHRINK_GC_MS);
    idleGcTimer.unref();
  }
}

/** (Re)starts the idle timer; called after each analysis. */
export function scheduleIdleGc(): void {
  if (fullGc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      fullGc = runInNewContext('gc') as (options?: object) => void;
    } catch {
      fullGc = null;
    }
  }
  if (!fullGc) return;
  if (idleGcTimer) clearTimeout(idleGcTimer);
  idleGcTimer = setTimeout(() => idleCollect(0), IDLE_GC_MS);
  idleGcTimer.unref();
}
