// The front end's entry point: source files → a checked program (or gc's error lines).
//
// Design
//   checkProgram parses the main package's files; syntax errors stop there, as they do in gc.
//   Otherwise the files are type-checked as package main, importing standard packages through
//   the host (importer.ts). The result lists every package in initialization order with its
//   Info (info.ts), and the diagnostics gc would print, sorted and capped (errors.ts).
//
// Differences from gc: only standard packages can be imported (no modules or GOPATH).
import type { Diagnostic } from '../../diagnostics.js';
import { parseFile } from '../../parser/index.js';
import type * as ast from '../../parser/ast.js';
import { newPackage } from '../types/universe.js';
import { Checker, checkFiles } from './check.js';
import { StdImporter, type Host, type SourceFile } from './importer.js';
import { newInfo, type Program } from './info.js';

export type { Host, SourceFile };

export interface CheckResult {
  /** The checked program, or null if there were errors. */
  readonly program: Program | null;
  readonly diagnostics: readonly Diagnostic[];
}

/** Diagnostics at the positions the files' line directives give them (lexer/linedir.ts). */
function applyLineDirectives(ds: readonly Diagnostic[], files: readonly ast.File[]): Diagnostic[] {
  const bases = new Map(files.filter((f) => f.posBases !== undefined).map((f) => [f.file, f.posBases!]));
  if (bases.size === 0) return [...ds];
  return ds.map((d) => {
    const b = bases.get(d.file);
    return b === undefined ? d : { ...b.resolve(d.line, d.col), msg: d.msg };
  });
}

export function checkProgram(files: readonly SourceFile[], host: Host): CheckResult {
  const parsed: ast.File[] = [];
  const syntax: Diagnostic[] = [];
  for (const f of files) {
    const r = parseFile(f.src, f.name);
    syntax.push(...r.diagnostics);
    if (r.file !== null) parsed.push(r.file);
  }
  if (syntax.length > 0) {
    // gc stops after 10 errors: "<position of the 10th>: too many errors".
    const shown = syntax.length > 10 ? [...syntax.slice(0, 10), { ...syntax[9]!, msg: 'too many errors' }] : syntax;
    return { program: null, diagnostics: shown };
  }
  const importer = new StdImporter(host);
  const name = parsed[0]?.name.name ?? 'main';
  const pkg = newPackage('main', name);
  const info = newInfo();
  const check = new Checker(pkg, info, importer, false);
  checkFiles(check, parsed);
  const diagnostics = applyLineDirectives(check.diagnostics(), parsed);
  if (diagnostics.length === 0 && importer.diagnostics.length > 0) diagnostics.push(...importer.diagnostics.slice(0, 10));
  const main = { pkg, info, files: parsed, inits: check.inits, std: false };
  const program: Program = { packages: [...importer.order, main], main };
  return { program: diagnostics.length === 0 ? program : null, diagnostics };
}
