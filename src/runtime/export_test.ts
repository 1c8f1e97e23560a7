// The one door through which unit tests reach the runtime's internals (Go's export_test.go).
// Production code imports the modules it needs directly; tests import this.

export * from './error.js';
export * from './sizeclasses.js';
export * from './mem.js';
export * from './mspan.js';
export * from './mbitmap.js';
export * from './mcentral.js';
export * from './mheap.js';
export * from './mcache.js';
export * from './malloc.js';
export * from './mgcsweep.js';
export * from './stack.js';
export * from './mstats.js';
export * from './checkheap.js';
export * from './sema.js';
export * from './runtime2.js';
export * from './proc.js';
export * from './chan.js';
export * from './select.js';
export * from './time.js';
export * from './mgcwork.js';
export * from './mgcmark.js';
export * from './mbarrier.js';
export * from './mgcpacer.js';
export * from './mcheckmark.js';
export * from './mfinal.js';
export * from './mgc.js';
export * from './gctrace.js';
