// A Go package as the checker sees it: path, name, package scope and imports.
//
// Design
//   The package scope's parent is the universe. The constructor takes that parent explicitly so
//   that this module need not import universe.ts (which itself creates package `unsafe`);
//   `newPackage` in universe.ts is the usual way to make one.
//
// Differences from go/types: no `fake` packages and no go version field yet (the -lang stage will
// add one); `complete` is kept for the REPL, whose main package is never complete.
import { Scope } from './scope.js';

export class Package {
  readonly scope: Scope;
  /** Packages imported by this one, in import order. */
  readonly imports: Package[] = [];
  /** All declarations have been checked. */
  complete = false;

  constructor(
    readonly path: string,
    public name: string,
    parentScope: Scope | null,
  ) {
    this.scope = new Scope(parentScope, undefined, undefined, `package ${path}`);
    this.scope.isPackage = true;
  }

  toString(): string {
    return `package ${this.name} ("${this.path}")`;
  }
}
