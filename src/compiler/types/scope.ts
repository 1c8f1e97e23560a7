// Scopes (spec "Declarations and scope", "Blocks"): the map from names to objects of one block.
//
// Design
//   A Scope is a block: universe → package → file → function → nested blocks. Each holds its
//   objects in insertion order, its parent and its children. `insert` does not overwrite: it
//   returns the object already declared under the name, so the checker can report gc's
//   "x redeclared in this block" with the other declaration's position.
//
//   `lookupParent(name, pos)` resolves an identifier used at `pos`: walking outward, an object
//   counts only if its scope has begun (`obj.scopePos <= pos`), so `x := x` inside a function
//   sees the outer x. Package-level objects are visible everywhere in the package regardless of
//   order, so the universe, package and file (imports) scopes ignore `pos`: the checker sets
//   `isPackage` on file scopes too.
//
//   Scopes stay open: the REPL adds declarations to the live package scope between inputs.
//
// Differences from go/types: no lazily resolved (imported) objects; positions are file:line:col;
// go/types records each scope's source extent, which we keep as `pos`/`end` for tools.
import { comparePos, type Obj, type Pos, noPos } from './objects.js';

export class Scope {
  readonly children: Scope[] = [];
  private readonly elems = new Map<string, Obj>();
  /** Universe, package and file scopes: declarations are visible before their position. */
  isPackage = false;
  /** A function's outermost scope (parameters and results). */
  isFunc = false;

  constructor(
    readonly parent: Scope | null,
    readonly pos: Pos = noPos,
    public end: Pos = noPos,
    /** What the scope belongs to, for debugging ("package main", "function f", "if"...). */
    readonly comment = '',
  ) {
    // As in go/types, the universe does not list its children: it would keep every package
    // checked in the process alive.
    if (parent !== null && parent.parent !== null) parent.children.push(this);
  }

  get size(): number {
    return this.elems.size;
  }

  /** Names declared in this scope, sorted (go/types Names). */
  names(): string[] {
    return [...this.elems.keys()].sort();
  }

  /** Objects in declaration order. */
  objects(): Obj[] {
    return [...this.elems.values()];
  }

  lookup(name: string): Obj | undefined {
    return this.elems.get(name);
  }

  /**
   * The innermost object named `name` visible at `pos` (any position if omitted), and the scope
   * declaring it.
   */
  lookupParent(name: string, pos?: Pos): [Scope, Obj] | undefined {
    for (let s: Scope | null = this; s !== null; s = s.parent) {
      const obj = s.elems.get(name);
      if (obj !== undefined && (pos === undefined || s.isPackage || comparePos(obj.scopePos, pos) <= 0)) return [s, obj];
    }
    return undefined;
  }

  /**
   * Declares obj unless the name is blank or taken: returns the existing object on conflict,
   * else undefined. Sets obj.parent if it has none.
   */
  insert(obj: Obj): Obj | undefined {
    const name = obj.name;
    if (name === '_') return undefined;
    const prev = this.elems.get(name);
    if (prev !== undefined) return prev;
    this.elems.set(name, obj);
    if (obj.parent === null) obj.parent = this;
    return undefined;
  }

  /** Whether pos lies within the scope's extent (unknown extents contain everything). */
  contains(pos: Pos): boolean {
    if (this.pos === noPos) return true;
    return comparePos(this.pos, pos) <= 0 && comparePos(pos, this.end) <= 0;
  }

  /** The innermost scope, this or a descendant, whose extent contains pos. */
  innermost(pos: Pos): Scope | undefined {
    if (!this.contains(pos)) return undefined;
    for (const c of this.children) {
      const s = c.innermost(pos);
      if (s !== undefined) return s;
    }
    return this;
  }
}
