// Runs every negative test under test/errorcheck through the front end and compares the
// diagnostics with the file's `// ERROR "regexp"` comments (see harness/errorcheck.ts).
// syntax_*.go files exercise the parser; types_*.go files the whole front end (parse + check),
// whose entry point is checkProgram with the standard packages read from src/stdlib.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/parser/index.js';
import { checkProgram } from '../src/compiler/check/program.js';
import { errorcheck } from './harness/errorcheck.js';
import { stdHost } from './check/host.js';

const dir = join(import.meta.dirname, 'errorcheck');

describe('errorcheck', () => {
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.go')).sort()) {
    it(name, () => {
      const src = readFileSync(join(dir, name), 'utf8');
      const diagnostics = name.startsWith('types_')
        ? checkProgram([{ name, src }], stdHost).diagnostics
        : parseFile(src, name).diagnostics;
      expect(errorcheck(src, diagnostics)).toEqual([]);
    });
  }
});
