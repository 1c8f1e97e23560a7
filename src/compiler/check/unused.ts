// Unused variables and imports (types2 stmt.go usage, resolver.go unusedImports; spec
// "Implementation restriction: A compiler may make it illegal to declare a variable inside a
// function body if the variable is never used", "Import declarations").
//
// Design
//   After a function body is checked, every local variable (in the function's scope and its
//   nested block scopes, but not in nested function literals, which report their own) that was
//   never read is reported, sorted by position: "x declared but not used" (gc 1.19's words;
//   1.20 changed them). Assigning to a variable does not use it; any read does. After the
//   package is checked, each import that was never referred to is reported:
//   `imported and not used: "os"` (or `... as name` when renamed).
//
// Differences from types2: none.
import { PkgName, Var } from '../types/objects.js';
import type { Scope } from '../types/scope.js';
import type { Checker } from './check.js';

export function usage(check: Checker, scope: Scope): void {
  const unused: Var[] = [];
  const walk = (s: Scope) => {
    for (const o of s.objects()) if (o instanceof Var && !o.used) unused.push(o);
    for (const c of s.children) if (!c.isFunc) walk(c);
  };
  walk(scope);
  unused.sort((a, b) => a.pos.line - b.pos.line || a.pos.col - b.pos.col);
  for (const v of unused) check.errorAtObj(v.pos, `${v.name} declared but not used`);
}

export function unusedImports(check: Checker): void {
  for (const obj of check.imports) {
    if (obj.used || obj.name === '_') continue;
    errorUnusedPkg(check, obj);
  }
}

function errorUnusedPkg(check: Checker, obj: PkgName): void {
  const path = obj.imported.path;
  const elem = path.slice(path.lastIndexOf('/') + 1);
  if (obj.name === '' || obj.name === '.' || obj.name === elem) check.errorAtObj(obj.pos, `imported and not used: ${JSON.stringify(path)}`);
  else check.errorAtObj(obj.pos, `imported and not used: ${JSON.stringify(path)} as ${obj.name}`);
}
