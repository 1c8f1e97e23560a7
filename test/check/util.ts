// Helpers for the checker's unit tests: check one main-package file, read back results.
import { formatDiagnostic } from '../../src/diagnostics.js';
import { checkProgram } from '../../src/compiler/check/program.js';
import type { Program } from '../../src/compiler/check/info.js';
import { Const } from '../../src/compiler/types/objects.js';
import { valueString } from '../../src/compiler/types/constant.js';
import { typeString } from '../../src/compiler/types/typestring.js';
import { stdHost } from './host.js';

/** The error lines gc would print for src (as x.go), or [] if it compiles. */
export function errorsOf(src: string): string[] {
  return checkProgram([{ name: 'x.go', src }], stdHost).diagnostics.map(formatDiagnostic);
}

/** The checked program; fails the test if src has errors. */
export function programOf(src: string): Program {
  const r = checkProgram([{ name: 'x.go', src }], stdHost);
  if (r.program === null) throw new Error('unexpected errors:\n' + r.diagnostics.map(formatDiagnostic).join('\n'));
  return r.program;
}

/** `value type` of package-level constant `name` in the main package, as gc would print them. */
export function constOf(p: Program, name: string): string {
  const obj = p.main.pkg.scope.lookup(name);
  if (!(obj instanceof Const)) throw new Error(`${name} is not a constant`);
  return `${valueString(obj.val)} ${typeString(obj.type)}`;
}
