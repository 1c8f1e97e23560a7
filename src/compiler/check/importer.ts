// Loading standard packages (the checker's importer; spec "Import declarations").
//
// Design
//   minigo's standard library is Go source under src/stdlib/<import path>/ (exported API, bodies
//   where written in Go, bodiless functions implemented natively). The importer reads a
//   package's files through a small host interface, parses them, checks them with their own
//   Checker (recursively importing what they import) and caches the result, so each package is
//   checked once per program. The checker itself never touches the file system: the CLI (or a
//   browser host, or a test) supplies `readPackage`.
//
//   Packages are appended to `order` after their imports, which is the initialization order
//   (spec "Package initialization": imported packages first). Import cycles among standard
//   packages would be a bug in src/stdlib and are reported as such.
//
//   Generic declarations in standard packages (sync/atomic.Pointer[T]) are skipped until the
//   generics stage; `genericStdObjects` remembers them so that a use reports
//   "generics are not supported yet".
//
// Differences from go/types: there is no export data; packages are checked from source.
import type { Diagnostic } from '../../diagnostics.js';
import { parseFile } from '../../parser/index.js';
import type * as ast from '../../parser/ast.js';
import type { Package } from '../types/package.js';
import { newPackage } from '../types/universe.js';
import { Checker, type Importer } from './check.js';
import { checkFiles } from './check.js';
import { newInfo, type CheckedPackage } from './info.js';

export interface SourceFile {
  readonly name: string;
  readonly src: string;
}

export interface Host {
  /** The .go files of standard package `path` (file names for messages), or null if there is none. */
  readPackage(path: string): SourceFile[] | null;
}

export const genericStdObjects = new WeakSet<object>();

export class StdImporter implements Importer {
  private readonly cache = new Map<string, CheckedPackage | 'loading'>();
  /** Checked packages in initialization order. */
  readonly order: CheckedPackage[] = [];
  /** Errors in standard packages (bugs in src/stdlib or in the checker). */
  readonly diagnostics: Diagnostic[] = [];

  constructor(private readonly host: Host) {}

  importPackage(path: string): Package | string {
    const c = this.cache.get(path);
    if (c === 'loading') return `import cycle not allowed`;
    if (c !== undefined) return c.pkg;
    const files = this.host.readPackage(path);
    if (files === null || files.length === 0) return `package ${path} is not in GOROOT (/usr/lib/go-1.19/src/${path})`;
    this.cache.set(path, 'loading');
    const parsed: ast.File[] = [];
    for (const f of files) {
      const r = parseFile(f.src, f.name);
      this.diagnostics.push(...r.diagnostics);
      if (r.file !== null) parsed.push(r.file);
    }
    const name = parsed[0]?.name.name ?? path.slice(path.lastIndexOf('/') + 1);
    const pkg = newPackage(path, name);
    const info = newInfo();
    const check = new Checker(pkg, info, this, true);
    checkFiles(check, parsed);
    for (const o of check.genericStd) genericStdObjects.add(o);
    this.diagnostics.push(...check.diagnostics());
    const cp: CheckedPackage = { pkg, info, files: parsed, inits: check.inits, std: true };
    this.cache.set(path, cp);
    this.order.push(cp);
    return pkg;
  }
}
