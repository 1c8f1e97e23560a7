// A checker host for tests: standard packages read from src/stdlib of this checkout.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Host, SourceFile } from '../../src/compiler/check/program.js';

const stdlib = join(import.meta.dirname, '..', '..', 'src', 'stdlib');

export const stdHost: Host = {
  readPackage(path: string): SourceFile[] | null {
    const d = join(stdlib, path);
    try {
      return readdirSync(d).filter((n) => n.endsWith('.go')).sort()
        .map((n) => ({ name: join(d, n), src: readFileSync(join(d, n), 'utf8') }));
    } catch {
      return null;
    }
  },
};
