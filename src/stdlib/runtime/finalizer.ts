// runtime.SetFinalizer: Go's checks, in Go's words, then the runtime's addfinalizer
// (src/runtime/mfinal.ts).
//
// Design
//   SetFinalizer(obj any, finalizer any) receives two interfaces. The checks of mfinal.go, in
//   order, each a fatal error (Go's throw) when it fails:
//     obj is nil                      "runtime.SetFinalizer: first argument is nil"
//     obj not a pointer               "... first argument is T, not pointer"
//     obj not in an allocated block   "... pointer not in allocated block" (a pointer to a
//                                     zero-size object or to a package variable is accepted and
//                                     ignored: such objects are never freed)
//     obj not at the block's start    "... pointer not at beginning of allocated block", unless
//                                     it may be a tiny allocation (pointer-free, under 16 bytes)
//     finalizer nil                   removes obj's finalizer
//     finalizer not a func            "... second argument is F, not a function"
//     variadic, or not one parameter  "... cannot pass T to finalizer F[ because dotdotdot]"
//     the parameter cannot take obj   "... cannot pass T to finalizer F": it must be T itself, a
//                                     pointer type with T's element type where one of the two is
//                                     unnamed, or an interface T implements
//     a finalizer already set         "runtime.SetFinalizer: finalizer already set"
//   The parameter decides how the finalizer goroutine passes obj (FinalizerArg): the pointer
//   alone, or as an interface with T's descriptor (empty interface) or the itab; each
//   memory-typed result needs a hidden result address (func.ts's calling convention).
//
// How it differs from Go: the function's signature is read from the checker's type that the
// code generator keeps beside each runtime type (goType), since minigo's func type descriptors
// do not list parameters.

import type { NativeContext, VMType } from '../../vm/program.js';
import { Named, Pointer, Signature, Interface, under, type Type } from '../../compiler/types/types.js';
import { TypeTable, isMemType } from '../../compiler/codegen/types.js';
import { sizeof } from '../../compiler/types/sizes.js';
import { Kind } from '../../vm/kind.js';
import { getitab } from '../../vm/iface.js';
import { typeSetOf } from '../../compiler/types/typeset.js';
import { Finalizers, type FinalizerArg } from '../../runtime/mfinal.js';
import { FatalError, fatal, InternalError } from '../../runtime/error.js';
import { DATA_BASE } from '../../runtime/mem.js';
import { maxTinySize } from '../../runtime/sizeclasses.js';
import type { VM } from '../../vm/vm.js';

const prefix = 'runtime.SetFinalizer: ';

function goTypeOf(t: VMType): Type {
  const gt = (t as VMType & { goType?: Type }).goType;
  if (gt === undefined) throw new InternalError(`SetFinalizer: no checker type for ${t.name}`);
  return gt;
}

/** The runtime type whose checker type is identical to t. */
function vmTypeFor(vm: NativeContext, t: Type): VMType | undefined {
  const key = TypeTable.key(t);
  return vm.types.find((x) => {
    const gt = (x as VMType & { goType?: Type }).goType;
    return gt !== undefined && TypeTable.key(gt) === key;
  });
}

/** runtime.SetFinalizer(obj, finalizer): arguments (etyp, data, ftyp, fdata) at base. */
export function setFinalizer(vm: NativeContext, base: number): void {
  const regs = vm.regs;
  const etypAddr = regs[base]!;
  const p = regs[base + 1]!;
  const ftypAddr = regs[base + 2]!;
  const fv = regs[base + 3]!;
  if (etypAddr === 0) fatal(prefix + 'first argument is nil');
  const etyp = vm.typeAt(etypAddr)!;
  if (etyp.kind !== Kind.Pointer) fatal(`${prefix}first argument is ${etyp.name}, not pointer`);
  const elem = vm.types[etyp.elemType!]!;
  const h = vm.heap;
  const objBase = h.findObject(p);
  if (objBase === 0 || h.spanOf(p)!.isFree(h.spanOf(p)!.objIndex(p))) {
    if (p === h.zerobase || (p >= DATA_BASE && p < vm.mem.dataEnd)) return;
    fatal(prefix + 'pointer not in allocated block');
  }
  if (p !== objBase && (elem.ptrdata !== 0 || elem.size >= maxTinySize)) fatal(prefix + 'pointer not at beginning of allocated block');
  if (ftypAddr === 0) {
    h.fin?.remove(p);
    return;
  }
  const ftyp = vm.typeAt(ftypAddr)!;
  if (ftyp.kind !== Kind.Func) fatal(`${prefix}second argument is ${ftyp.name}, not a function`);
  const sig = under(goTypeOf(ftyp)) as Signature;
  const cannot = `${prefix}cannot pass ${etyp.name} to finalizer ${ftyp.name}`;
  if (sig.variadic) fatal(cannot + ' because dotdotdot');
  if (sig.params.vars.length !== 1) fatal(cannot);
  const arg = finalizerArg(vm, etyp, goTypeOf(etyp), sig.params.vars[0]!.type, sig);
  if (arg === null) fatal(cannot);
  const v = vm as unknown as VM;
  const fin = (h.fin ??= new Finalizers(h, v.sched));
  v.sched.createfing(fin);
  if (!fin.add(p, fv, arg)) throw new FatalError(prefix + 'finalizer already set', [], true);
}

/** How a finalizer with parameter type fint takes an object of pointer type etyp; null if it cannot. */
function finalizerArg(vm: NativeContext, etyp: VMType, et: Type, fint: Type, sig: Signature): FinalizerArg | null {
  const memResults = sig.results.vars.filter((r) => isMemType(r.type)).map((r) => sizeof(r.type));
  const key = TypeTable.key(fint);
  if (key === TypeTable.key(et)) return { tab: 0, memResults };
  const fu = under(fint);
  if (fu instanceof Pointer) {
    const eu = under(et) as Pointer;
    const unnamed = !(fint instanceof Named) || !(et instanceof Named);
    if (unnamed && TypeTable.key(fu.elem) === TypeTable.key(eu.elem)) return { tab: 0, memResults };
    return null;
  }
  if (fu instanceof Interface) {
    if (typeSetOf(fu).methods.length === 0) return { tab: etyp.addr, memResults };
    const it = vmTypeFor(vm, fint);
    if (it === undefined) return null;
    const tab = getitab(vm as unknown as VM, etyp, it, true);
    return tab === 0 ? null : { tab, memResults };
  }
  return null;
}
