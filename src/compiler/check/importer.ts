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
//   A host may also hand over packages checked in advance (`Host.checked`; the CLI's start-up
//   snapshot checks every standard package when it is built). A checked package is taken as it
//   is, after its imports are taken again in the order its check first asked for them, so
//   `order` comes out exactly as if it had been checked here. Such a set serves one program:
//   later phases annotate the packages' objects.
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
  /**
   * Standard packages checked in advance (`StdImporter.checked` of an importer that checked them
   * all without errors), to be used instead of checking them again; read by one program only.
   */
  readonly checked?: ReadonlyMap<string, CheckedStdPackage>;
}

/** A checked standard package and the imports its check asked for, in order. */
export interface CheckedStdPackage {
  readonly cp: CheckedPackage;
  readonly imports: readonly string[];
}

export class StdImporter implements Importer {
  private readonly cache = new Map<string, CheckedPackage | 'loading'>();
  /** Checked packages in initialization order. */
  readonly order: CheckedPackage[] = [];
  /** Errors in standard packages (bugs in src/stdlib or in the checker). */
  readonly diagnostics: Diagnostic[] = [];
  /** Per package, the imports its check asked for; the innermost package being checked is last. */
  private readonly importsOf = new Map<string, string[]>();
  private readonly checking: string[][] = [];

  constructor(private readonly host: Host) {}

  /** The packages checked so far, as `Host.checked` takes them. */
  checked(): Map<string, CheckedStdPackage> {
    return new Map(this.order.map((cp) => [cp.pkg.path, { cp, imports: this.importsOf.get(cp.pkg.path) ?? [] }]));
  }

  importPackage(path: string): Package | string {
    this.checking.at(-1)?.push(path);
    const c = this.cache.get(path);
    if (c === 'loading') return `import cycle not allowed`;
    if (c !== undefined) return c.pkg;
    const pre = this.host.checked?.get(path);
    if (pre !== undefined) {
      this.cache.set(path, 'loading');
      this.recordImports(path, () => pre.imports.forEach((p) => this.importPackage(p)));
      this.cache.set(path, pre.cp);
      this.order.push(pre.cp);
      return pre.cp.pkg;
    }
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
    this.recordImports(path, () => checkFiles(check, parsed));
    this.diagnostics.push(...check.diagnostics());
    const cp: CheckedPackage = { pkg, info, files: parsed, inits: check.inits, std: true };
    this.cache.set(path, cp);
    this.order.push(cp);
    return pkg;
  }

  /** Runs f, which imports for package path, recording the paths it asks for. */
  private recordImports(path: string, f: () => void): void {
    const imports: string[] = [];
    this.importsOf.set(path, imports);
    this.checking.push(imports);
    f();
    this.checking.pop();
  }
}
