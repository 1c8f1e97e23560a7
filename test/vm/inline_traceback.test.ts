// Tracebacks through inlined calls (codegen/inline.ts, vm/traceback.ts): the golden programs'
// whole stderr, which the golden harness compares only up to the goroutine header. Expected
// text from Go 1.19, with paths cut to the file name and pc offsets to `+0x?` (an inlined
// frame has none: that is what is checked).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGolden } from './golden.js';

const dir = join(import.meta.dirname, '../run');

function normalize(s: string): string {
  return s.replace(/^\t\S*\/([^/\s]+:\d+)/gm, '\t$1').replace(/\+0x[0-9a-f]+/g, '+0x?');
}

const cases: Record<string, string> = {
  'inline_panic.go': `panic: assignment to entry in nil map

goroutine 1 [running]:
main.(*table).set(...)
	inline_panic.go:10
main.store(...)
	inline_panic.go:12
main.main()
	inline_panic.go:19 +0x?
`,
  'inline_frames.go': `panic: runtime error: index out of range [7] with length 3

goroutine 1 [running]:
main.get(...)
	inline_frames.go:112
main.main()
	inline_frames.go:161 +0x?
`,
};

describe('tracebacks through inlined calls', () => {
  for (const [name, want] of Object.entries(cases)) {
    it(name, () => {
      const got = runGolden(join(dir, name));
      expect(normalize(got.stderr)).toBe(want);
    }, 60000);
  }
});
