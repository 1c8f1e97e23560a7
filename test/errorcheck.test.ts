// Runs every negative test under test/errorcheck through the front end and compares the
// diagnostics with the file's `// ERROR "regexp"` comments (see harness/errorcheck.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/parser/index.js';
import { errorcheck } from './harness/errorcheck.js';

const dir = join(import.meta.dirname, 'errorcheck');

describe('errorcheck', () => {
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.go')).sort()) {
    it(name, () => {
      const src = readFileSync(join(dir, name), 'utf8');
      const { diagnostics } = parseFile(src, name);
      expect(errorcheck(src, diagnostics)).toEqual([]);
    });
  }
});
