// Expressions and types printed as gc's IR formatter prints them in -m lines (gc ir/fmt.go):
// `&T{...}`, `[]int{...}`, `T{}`, `make([]int, n)`, `func literal`, `... argument`,
// `fmt.Sprintf("%d", ... argument...)`, `interface {}` with a blank; in shape instances
// (stencil.ts) instance types with link-string arguments (`List[go.shape.int_0]`), a shape-typed
// value converted to an interface as `unsafe.Pointer(x)` and a call of a shape instance with its
// dictionary (`F[go.shape.int_0](&.dict.F[int], x)`).
//
// Parentheses are gc's: the source's are dropped and an operand that binds less tightly than its
// context gets them (gc ir.OpPrec).
//
// Differences from gc: we print from the AST, so a constant is printed as it was written.
import type * as ast from '../../parser/ast.js';
import type { Info } from '../check/info.js';
import { typeString } from '../types/typestring.js';
import type { Package } from '../types/package.js';
import { Func, type Var } from '../types/objects.js';
import { ArrayType, Basic, Interface, MapType, Named, Pointer, Signature, Slice, Struct, under, type Type } from '../types/types.js';
import { isShape, linkString } from './shape.js';
import { isShapeInstance } from './stencil.js';

/** gc ir.OpPrec of the binary operators. */
const binaryPrec: Readonly<Record<string, number>> = {
  '*': 6, '/': 6, '%': 6, '<<': 6, '>>': 6, '&': 6, '&^': 6,
  '+': 5, '-': 5, '|': 5, '^': 5,
  '==': 4, '!=': 4, '<': 4, '<=': 4, '>': 4, '>=': 4,
  '&&': 2, '||': 1,
};

export class IRFormatter {
  /** Calls whose implicit variadic slice prints as `... argument`. */
  readonly packed = new Set<ast.CallExpr>();

  constructor(
    readonly info: Info,
    readonly pkg: Package,
  ) {}

  /** A type as gc's formatter writes it: `interface {}`, `struct { a int; b string }`. */
  type(t: Type): string {
    if (isShape(t)) return linkString(t);
    if (t instanceof Named && t.typeArgs !== null) {
      const name = t.obj.pkg === null || t.obj.pkg === this.pkg ? t.obj.name : `${t.obj.pkg.name}.${t.obj.name}`;
      return `${name}[${t.typeArgs.map(linkString).join(',')}]`;
    }
    if (t instanceof Pointer) return '*' + this.type(t.elem);
    if (t instanceof Slice) return '[]' + this.type(t.elem);
    if (t instanceof ArrayType) return `[${t.len}]` + this.type(t.elem);
    if (t instanceof MapType) return `map[${this.type(t.key)}]` + this.type(t.elem);
    if (t instanceof Struct) {
      if (t.fields.length === 0) return 'struct {}';
      return 'struct { ' + t.fields.map((f) => (f.embedded ? this.type(f.type) : `${f.name} ${this.type(f.type)}`)).join('; ') + ' }';
    }
    const s = typeString(t, (p) => (p === this.pkg ? '' : p.name));
    return s.replace(/interface\{/g, 'interface {').replace(/struct\{/g, 'struct {').replace(/\{\}/g, '{}');
  }

  composite(e: ast.CompositeLit): string {
    let t = this.info.types.get(e)?.type;
    if (t !== undefined && e.type === null && t instanceof Pointer) t = t.elem;
    const named = e.type !== null && (e.type.kind === 'Ident' || e.type.kind === 'SelectorExpr');
    const instance = t !== undefined && (isShape(t) || (t instanceof Named && t.typeArgs !== null));
    const ts = named && !instance ? this.expr(e.type) : t !== undefined ? this.type(t) : e.type ? this.expr(e.type) : '';
    return ts + (e.elts.length > 0 ? '{...}' : '{}');
  }

  /**
   * An expression as gc's IR formatter writes it: without the source's parentheses, with those
   * its operator precedences need (an operand binding less tightly than `prec` is wrapped).
   */
  expr(x: ast.Expr | null, prec = 0): string {
    if (x === null) return '';
    while (x.kind === 'ParenExpr') x = x.x;
    const tv = this.info.types.get(x);
    if (tv?.mode === 'type' && (isShape(tv.type) || (tv.type instanceof Named && tv.type.typeArgs !== null))) return this.type(tv.type);
    // An inlined call's result prints as ~R0, binding less tightly than anything.
    if (x.kind === 'CallExpr' && this.inlined(x)) return prec > 0 ? '(~R0)' : '~R0';
    const p = this.prec(x);
    const s = this.exprBody(x, p);
    return prec > p ? `(${s})` : s;
  }

  /** gc ir.OpPrec: 8 for operands, 7 unary, 6 to 1 binary; 0 for an inlined call's result. */
  private prec(x: ast.Expr): number {
    switch (x.kind) {
      case 'UnaryExpr': case 'StarExpr': return 7;
      case 'BinaryExpr': {
        const t = this.info.types.get(x)?.type;
        const u = t !== undefined ? under(t) : undefined;
        if (x.op === '+' && u instanceof Basic && u.name.endsWith('string') && this.info.types.get(x)?.value === undefined) return 0;
        return binaryPrec[x.op] ?? 8;
      }
      default: return 8;
    }
  }

  private exprBody(x: ast.Expr, p: number): string {
    switch (x.kind) {
      case 'BadExpr': return '<bad>';
      case 'Ident': return x.name;
      case 'BasicLit':
        if (x.litKind === 'STRING' && x.value.startsWith('`')) return JSON.stringify(x.value.slice(1, -1));
        return x.value;
      case 'FuncLit': return 'func literal';
      case 'CompositeLit': return this.composite(x);
      case 'ParenExpr': return this.expr(x.x, p);
      case 'SelectorExpr': return this.expr(x.x, p) + this.implicitDots(x) + '.' + x.sel.name;
      case 'IndexExpr': return this.expr(x.x, p) + '[' + this.expr(x.index) + ']';
      case 'IndexListExpr': return this.expr(x.x, p) + '[' + x.indices.map((i) => this.expr(i)).join(', ') + ']';
      case 'SliceExpr':
        return this.expr(x.x, p) + '[' + this.expr(x.low) + ':' + this.expr(x.high) + (x.slice3 ? ':' + this.expr(x.max) : '') + ']';
      case 'TypeAssertExpr': return this.expr(x.x, p) + '.(' + (x.type ? this.expr(x.type) : 'type') + ')';
      case 'CallExpr': return this.call(x);
      case 'StarExpr': return '*' + this.expr(x.x, p + 1);
      case 'UnaryExpr': {
        const inner = x.x.kind === 'ParenExpr' ? x.x.x : x.x;
        if (x.op === '&' && inner.kind === 'CompositeLit') return '&' + this.composite(inner);
        const space = x.op === '&' && inner.kind === 'UnaryExpr' && inner.op === '&' ? ' ' : '';
        return x.op + space + this.expr(x.x, p + 1);
      }
      case 'BinaryExpr':
        // A string concatenation is one flat list (gc OADDSTR).
        if (p === 0) return this.expr(x.x, 0) + ' + ' + this.expr(x.y, 0);
        return this.expr(x.x, p) + ' ' + x.op + ' ' + this.expr(x.y, p + 1);
      case 'KeyValueExpr': return this.expr(x.key) + ':' + this.expr(x.value);
      case 'ArrayType': case 'MapType': case 'ChanType': case 'StructType': case 'InterfaceType': case 'FuncType': {
        const t = this.info.types.get(x)?.type;
        return t !== undefined ? this.type(t) : '?';
      }
      case 'Ellipsis': return '...' + this.expr(x.elt);
    }
  }

  /** The embedded fields a selector walks through, as gc's typechecker writes them in (`.T2.T3`). */
  private implicitDots(x: ast.SelectorExpr): string {
    const sel = this.info.selections.get(x);
    if (sel === undefined || sel.kind === 'methodExpr' || sel.index.length < 2) return '';
    let t: Type | undefined = this.info.types.get(x.x)?.type;
    let out = '';
    for (const i of sel.index.slice(0, -1)) {
      if (t === undefined) break;
      let u = under(t);
      if (u instanceof Pointer) u = under(u.elem);
      const f: Var | undefined = u instanceof Struct ? u.fields[i] : undefined;
      if (f === undefined) break;
      out += '.' + f.name;
      t = f.type;
    }
    return out;
  }

  /**
   * An operand converted to an interface: a shape-typed one is converted through the
   * dictionary, whose data word gc prints as `unsafe.Pointer(x)` (OCONVIDATA).
   */
  boxed(x: ast.Expr): string {
    const t = this.info.types.get(x)?.type;
    const s = this.expr(x);
    return t !== undefined && isShape(t) && !(under(t) instanceof Interface) ? `unsafe.Pointer(${s})` : s;
  }

  /**
   * A call of a shape instance, as gc prints it after stenciling: the instance's name and the
   * dictionary as first argument (`F[go.shape.int_0](&.dict.F[int], x)`); null for other calls.
   */
  private instanceCall(x: ast.CallExpr, args: readonly string[]): string | null {
    let fun = x.fun;
    while (fun.kind === 'ParenExpr' || fun.kind === 'IndexExpr' || fun.kind === 'IndexListExpr') fun = fun.x;
    const id = fun.kind === 'Ident' ? fun : fun.kind === 'SelectorExpr' && !this.info.selections.has(fun) ? fun.sel : null;
    const f = id === null ? null : this.info.uses.get(id);
    if (!(f instanceof Func) || !isShapeInstance(f) || f.origin === null) return null;
    const targs = this.info.instances.get(id!)?.typeArgs;
    if (targs === undefined || targs.some(isShape)) return null;
    return `${f.name}(&.dict.${f.origin.name}[${targs.map(linkString).join(',')}]${args.map((a) => ', ' + a).join('')})`;
  }

  /** Whether a call is inlined where it is being printed (its value prints as ~R0). */
  inlined: (x: ast.CallExpr) => boolean = () => false;

  private call(x: ast.CallExpr): string {
    const fun = this.info.types.get(x.fun);
    if (fun?.mode === 'type') {
      // Types without a name print in parentheses: ([]byte)(s), (interface {})(x).
      const t = fun.type;
      const ts = t instanceof Named || t instanceof Basic ? this.type(t) : `(${this.type(t)})`;
      if (under(t) instanceof Interface && x.args[0] !== undefined) {
        const b = this.boxed(x.args[0]);
        if (b !== this.expr(x.args[0])) return b;
      }
      return ts + '(' + this.expr(x.args[0] ?? null) + ')';
    }
    const args = x.args.map((a) => this.expr(a));
    const inst = this.instanceCall(x, args);
    if (inst !== null) return inst;
    const sig = fun?.type !== undefined ? under(fun.type) : undefined;
    if (sig instanceof Signature && sig.variadic && !x.hasEllipsis && x.args.length >= sig.params.length) {
      const fixed = sig.params.length - 1;
      return this.expr(x.fun) + '(' + [...args.slice(0, fixed), '... argument'].join(', ') + '...)';
    }
    return this.expr(x.fun) + '(' + args.join(', ') + (x.hasEllipsis ? '...' : '') + ')';
  }
}
