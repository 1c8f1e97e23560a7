// The host side of compiling: reading the program's files and the standard packages' Go sources.
//
// The checker reaches files only through its `Host` interface, so that the compiler can run
// where there is no file system (a browser bundle supplies its own host). This is the Node one:
// standard packages are read from src/stdlib next to the installed package, unless the start-up
// snapshot (snapshot.ts) hands over its checked copies in `stdHost.checked`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckedStdPackage } from '../compiler/check/importer.js';
import type { Host, SourceFile } from '../compiler/check/program.js';

/** The standard packages' sources: src/stdlib of this installation. */
export const stdlibDir = fileURLToPath(new URL('../../src/stdlib/', import.meta.url));

export const stdHost: Host & { checked?: ReadonlyMap<string, CheckedStdPackage> } = {
  readPackage(path: string): SourceFile[] | null {
    const dir = join(stdlibDir, path);
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith('.go') && !n.endsWith('_test.go')).sort();
    } catch {
      return null;
    }
    return names.map((n) => ({ name: join(dir, n), src: readFileSync(join(dir, n), 'utf8') }));
  },
};

/** Reads the named files; on failure prints the go command's message and returns null. */
export function readSources(files: readonly string[]): SourceFile[] | null {
  const out: SourceFile[] = [];
  for (const path of files) {
    try {
      out.push({ name: path, src: readFileSync(path, 'utf8') });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file or directory' : code === 'EISDIR' ? 'is a directory' : String(e);
      process.stderr.write(`minigo: open ${path}: ${why}\n`);
      return null;
    }
  }
  return out;
}
