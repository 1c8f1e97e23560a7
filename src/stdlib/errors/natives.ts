// errors' natives: the three questions errors.Is and errors.As ask of types, which Go answers
// with internal/reflectlite. Everything else of the package is Go (errors.go).
//
// How it differs from Go: reflectlite reads Go's type descriptors; these read minigo's VMTypes
// and build itabs with the VM's getitab.
import { writePointer, typedmemmove } from '../../runtime/mbarrier.js';
import type { NativeContext, NativeFn, VMType } from '../../vm/program.js';
import { getitab, type IfaceRuntime } from '../../vm/iface.js';
import { PlainPanic } from '../../runtime/error.js';
import { Kind } from '../fmt/value.js';

function comparable(vm: NativeContext, t: VMType): boolean {
  switch (t.kind) {
    case Kind.Slice: case Kind.Map: case Kind.Func: return false;
    case Kind.Array: return comparable(vm, vm.types[t.elemType!]!);
    case Kind.Struct: return (t.fields ?? []).every((f) => comparable(vm, vm.types[f.type]!));
    default: return true;
  }
}

function pointerShaped(k: number): boolean {
  return k === Kind.Pointer || k === Kind.Map || k === Kind.Chan || k === Kind.Func || k === Kind.UnsafePointer;
}

const errorKey = 'Error|func()(string)';

/** The dynamic type of a non-empty interface value (itab, data). */
function dynOf(vm: NativeContext, tab: number): VMType | undefined {
  return tab === 0 ? undefined : vm.typeAt(vm.mem.loadPtr(tab + 8));
}

export const errorsNatives: Record<string, NativeFn> = {
  'errors.isComparable': (vm, base) => {
    const t = dynOf(vm, vm.regs[base]!);
    vm.regs[base] = t === undefined || comparable(vm, t) ? 1 : 0;
  },
  'errors.checkAsTarget': (vm, base) => {
    const pt = vm.typeAt(vm.regs[base]!);
    if (pt === undefined || pt.kind !== Kind.Pointer || vm.regs[base + 1] === 0) {
      throw new PlainPanic('errors: target must be a non-nil pointer', false);
    }
    const et = vm.types[pt.elemType!]!;
    if (et.kind !== Kind.Interface && !et.methods?.has(errorKey)) {
      throw new PlainPanic('errors: *target must be interface or implement error', false);
    }
  },
  'errors.assignTo': (vm, base) => {
    const mem = vm.mem;
    const dyn = dynOf(vm, vm.regs[base]!)!;
    const data = vm.regs[base + 1]!;
    const et = vm.types[vm.typeAt(vm.regs[base + 2]!)!.elemType!]!;
    const dst = vm.regs[base + 3]!;
    vm.regs[base] = 0;
    if (et.kind === Kind.Interface) {
      const empty = (et.imethods?.length ?? 0) === 0;
      const tab = empty ? dyn.addr : getitab(vm as unknown as IfaceRuntime, dyn, et, true);
      if (tab === 0) return;
      writePointer(mem, dst, tab);
      writePointer(mem, dst + 8, data);
    } else {
      if (et.addr !== dyn.addr) return;
      if (pointerShaped(dyn.kind)) writePointer(mem, dst, data);
      else typedmemmove(mem, dyn, dst, data);
    }
    vm.regs[base] = 1;
  },
};
