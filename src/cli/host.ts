// The host side of compiling: reading the program's files and the standard packages' Go sources.
//
// The checker reaches files only through its `Host` interface, so that the compiler can run
// where there is no file system (a browser bundle supplies its own host). This is the Node one:
// standard packages are read from src/stdlib next to the installed package, unless the start-up
// snapshot (snapshot.ts) hands over its checked copies in `stdHost.checked`, and with them, in
// `stdHost.image`, the code generator that compiled them (`programCompiler` continues it).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckedStdPackage } from '../compiler/check/importer.js';
import type { Host, SourceFile } from '../compiler/check/program.js';
import type { Program } from '../compiler/check/info.js';
import { ProgramCompiler } from '../compiler/codegen/package.js';
import { ProgramEscapes } from '../compiler/escape/program.js';

/** The standard packages' sources: src/stdlib of this installation. */
export const stdlibDir = fileURLToPath(new URL('../../src/stdlib/', import.meta.url));

export const stdHost: Host & { checked?: ReadonlyMap<string, CheckedStdPackage>; image?: ProgramCompiler } = {
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

/**
 * The code generator for a checked program: the snapshot's image of the standard packages,
 * continued (it serves the one program of this process, as `stdHost.checked` does), or a
 * fresh one.
 */
export function programCompiler(program: Program): ProgramCompiler {
  const escapes = new ProgramEscapes(program.packages);
  const image = stdHost.image;
  if (image === undefined) return new ProgramCompiler(program, escapes);
  delete stdHost.image;
  return image.resume(program, escapes);
}
