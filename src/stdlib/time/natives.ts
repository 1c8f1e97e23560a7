// time's natives that need no scheduler. Sleep returns at once: with one goroutine and no
// timers yet, nothing can observe the difference except the wall clock (the scheduler stage
// gives it a real timer).
import type { NativeFn } from '../../vm/program.js';

export const timeNatives: Record<string, NativeFn> = {
  'time.Sleep': () => {},
};
