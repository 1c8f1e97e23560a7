// GODEBUG=gccheckmark=1: verify a mark phase by marking again with the world stopped
// (Go's mcheckmark.go).
//
// Design
//   A concurrent mark is correct when every object reachable at mark termination is marked.
//   If the write barrier or a root were missing, the mutator could have hidden an object
//   behind one already scanned, and that object would be freed while still in use. Checkmark
//   finds such objects before any harm is done: at mark termination, with the world stopped,
//   it marks from the same roots again into a second set of mark bits (checkmark bits), and
//   every object it reaches must already carry the real mark bit. One that does not is
//   reported as Go reports it:
//
//     runtime: checkmarks found unexpected unmarked object obj=0x...
//     runtime: found obj at *(0x...+0x...)
//     fatal error: checkmark found unmarked object
//
//   The unit tests prove the barrier this way: a mutator that moves pointers between objects
//   while marking proceeds passes with the barrier, and fails checkmark without it.
//
// How it differs from Go: the checkmark bits are a map from span to bitmap, made for the one
// pass, rather than bits kept in every heap arena.

import type { Marker, RootJob } from './mgcmark.js';
import { throw_ } from './error.js';

/** Mark from roots into checkmark bits; a reachable object the real mark left white is fatal. */
export function gcCheckmark(m: Marker, roots: RootJob[]): void {
  if (!m.done) throw_('gcCheckmark: mark work left');
  const w = m.work;
  const saved = [w.bytesMarked, w.heapScanWork, w.stackScanWork, w.globalsScanWork] as const;
  m.checkmarks = new Map();
  m.roots = roots;
  m.rootNext = 0;
  try {
    m.drainAll();
  } finally {
    m.checkmarks = null;
    [w.bytesMarked, w.heapScanWork, w.stackScanWork, w.globalsScanWork] = saved;
  }
}
