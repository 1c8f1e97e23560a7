// GoValue over the VM: the part of reflect that fmt's engine needs, read from minigo's simulated
// address space and runtime type descriptors.
//
// A `VMValue` is (type descriptor, address of the value). An interface's data word holds the value
// itself for pointer-shaped kinds (pointer, map, chan, func, unsafe.Pointer) and a pointer to a
// boxed copy for every other kind; `fromEface` turns such a pair into a VMValue, keeping the word
// of a pointer-shaped value in `direct` so that no memory needs to be allocated for it.
//
// Methods come from the descriptor's method table (`VMType.methods`: method key → the function
// taking the interface data word as receiver), which the code generator fills with the method
// set Go uses for an interface conversion, so `methods()` is exactly that set. Error, String and
// GoString are called through `callGo`.
//
// How it differs from reflect: no flags (the engine tracks read-only values itself); Format and
// Scan methods are not offered yet (the engine then prints or scans the value by kind), because
// they need fmt.State and fmt.ScanState as Go values.
import { writePointer } from '../../runtime/mbarrier.js';
import type { NativeContext, VMType } from '../../vm/program.js';
import { hiterSize, mapiterinit, mapiternext, type MapRuntime } from '../../vm/map.js';
import { type Bytes, type GoMethods, type GoValue, type Int64, Kind } from './value.js';

function pointerShaped(k: number): boolean {
  return k === Kind.Pointer || k === Kind.Map || k === Kind.Chan || k === Kind.Func || k === Kind.UnsafePointer;
}

interface MethodFns {
  error?: number;
  string?: number;
  goString?: number;
}

const methodCache = new WeakMap<VMType, MethodFns | null>();

function methodFns(t: VMType): MethodFns | null {
  let m = methodCache.get(t);
  if (m !== undefined) return m;
  m = null;
  if (t.methods !== undefined) {
    const error = t.methods.get('Error|func()(string)');
    const string = t.methods.get('String|func()(string)');
    const goString = t.methods.get('GoString|func()(string)');
    if (error !== undefined || string !== undefined || goString !== undefined) {
      m = {};
      if (error !== undefined) m.error = error;
      if (string !== undefined) m.string = string;
      if (goString !== undefined) m.goString = goString;
    }
  }
  methodCache.set(t, m);
  return m;
}

function toInt64(b: bigint): Int64 {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

/** A Go string (or []byte contents) in fresh VM memory: its pointer (0 when empty). */
export function newBytes(vm: NativeContext, b: Uint8Array): number {
  if (b.length === 0) return 0;
  const p = vm.alloc(b.length, false);
  vm.mem.writeBytes(p, b);
  return p;
}

export class VMValue implements GoValue {
  readonly kind: Kind;

  /**
   * @param addr the address of the value (ignored when `direct` is given)
   * @param direct the value itself, for a pointer-shaped value taken out of an interface
   */
  constructor(
    readonly vm: NativeContext,
    readonly t: VMType,
    readonly addr: number,
    readonly direct: number | undefined = undefined,
  ) {
    this.kind = t.kind as Kind;
  }

  /** The dynamic value of an interface (type descriptor address, data word), or null for nil. */
  static fromEface(vm: NativeContext, typ: number, data: number): VMValue | null {
    if (typ === 0) return null;
    const t = vm.typeAt(typ);
    if (t === undefined) return null;
    return pointerShaped(t.kind) ? new VMValue(vm, t, 0, data) : new VMValue(vm, t, data);
  }

  private word(): number {
    return this.direct ?? this.vm.mem.loadPtr(this.addr);
  }

  private type(i: number): VMType {
    return this.vm.types[i]!;
  }

  typeString(): string {
    return this.t.name;
  }
  typeId(): number {
    return this.t.addr;
  }
  elemKind(): Kind {
    return this.type(this.t.elemType!).kind as Kind;
  }

  bool(): boolean {
    return this.vm.mem.load8(this.addr) !== 0;
  }
  int(): Int64 {
    const mem = this.vm.mem;
    switch (this.kind) {
      case Kind.Int8: return mem.loadInt8(this.addr);
      case Kind.Int16: return mem.loadInt16(this.addr);
      case Kind.Int32: return mem.loadInt32(this.addr);
      default: return toInt64(mem.loadInt64Big(this.addr));
    }
  }
  uint(): Int64 {
    const mem = this.vm.mem;
    switch (this.kind) {
      case Kind.Uint8: return mem.load8(this.addr);
      case Kind.Uint16: return mem.load16(this.addr);
      case Kind.Uint32: return mem.load32(this.addr);
      default: return toInt64(mem.load64Big(this.addr));
    }
  }
  float(): number {
    return this.kind === Kind.Float32 ? this.vm.mem.loadF32(this.addr) : this.vm.mem.loadF64(this.addr);
  }
  complex(): readonly [number, number] {
    const mem = this.vm.mem;
    return this.kind === Kind.Complex64
      ? [mem.loadF32(this.addr), mem.loadF32(this.addr + 4)]
      : [mem.loadF64(this.addr), mem.loadF64(this.addr + 8)];
  }
  str(): Bytes {
    const mem = this.vm.mem;
    const n = mem.load64(this.addr + 8);
    return n === 0 ? new Uint8Array(0) : mem.readBytes(mem.loadPtr(this.addr), n);
  }

  len(): number {
    switch (this.kind) {
      case Kind.Array: return this.t.len!;
      case Kind.Map: {
        const h = this.word();
        return h === 0 ? 0 : this.vm.mem.load64(h);
      }
      default: return this.vm.mem.load64(this.addr + 8);
    }
  }
  index(i: number): GoValue {
    const et = this.type(this.t.elemType!);
    const base = this.kind === Kind.Array ? this.addr : this.vm.mem.loadPtr(this.addr);
    return new VMValue(this.vm, et, base + i * et.size);
  }
  bytes(): Bytes {
    const n = this.len();
    const base = this.kind === Kind.Array ? this.addr : this.vm.mem.loadPtr(this.addr);
    return n === 0 ? new Uint8Array(0) : this.vm.mem.readBytes(base, n);
  }

  numField(): number {
    return this.t.fields?.length ?? 0;
  }
  field(i: number): GoValue {
    const f = this.t.fields![i]!;
    return new VMValue(this.vm, this.type(f.type), this.addr + f.off);
  }
  fieldName(i: number): string {
    return this.t.fieldNames?.[i] ?? '';
  }
  fieldExported(i: number): boolean {
    const c = this.fieldName(i).codePointAt(0) ?? 0x61;
    const s = String.fromCodePoint(c);
    return s !== s.toLowerCase() || (c >= 0x41 && c <= 0x5a);
  }

  mapEntries(): Array<readonly [GoValue, GoValue]> {
    const vm = this.vm;
    const h = this.word();
    const out: Array<readonly [GoValue, GoValue]> = [];
    if (h === 0) return out;
    const kt = this.type(this.t.keyType!);
    const et = this.type(this.t.elemType!);
    const it = vm.alloc(hiterSize, true);
    const rt = vm as unknown as MapRuntime;
    mapiterinit(rt, this.t, vm.types.indexOf(this.t), h, it);
    for (;;) {
      const k = vm.mem.loadPtr(it);
      if (k === 0) break;
      out.push([new VMValue(vm, kt, k), new VMValue(vm, et, vm.mem.loadPtr(it + 8))]);
      mapiternext(rt, this.t, it);
    }
    return out;
  }

  pointer(): number {
    return this.kind === Kind.Slice ? this.vm.mem.loadPtr(this.addr) : this.word();
  }
  isNil(): boolean {
    if (this.kind === Kind.Interface) return this.vm.mem.loadPtr(this.addr) === 0;
    return this.pointer() === 0;
  }
  elem(): GoValue | null {
    const mem = this.vm.mem;
    if (this.kind === Kind.Interface) {
      const tab = mem.loadPtr(this.addr);
      if (tab === 0) return null;
      const nonEmpty = (this.t.imethods?.length ?? 0) > 0;
      const typ = nonEmpty ? mem.loadPtr(tab + 8) : tab;
      return VMValue.fromEface(this.vm, typ, mem.loadPtr(this.addr + 8));
    }
    return new VMValue(this.vm, this.type(this.t.elemType!), this.word());
  }

  methods(): GoMethods | null {
    const fns = methodFns(this.t);
    if (fns === null) return null;
    const vm = this.vm;
    const recv = pointerShaped(this.kind) ? this.word() : this.addr;
    const call = (fi: number) => (): Bytes => {
      const [p, n] = vm.callGo(fi, [recv], 2);
      return n === 0 ? new Uint8Array(0) : vm.mem.readBytes(p!, n!);
    };
    const m: GoMethods = {};
    if (fns.error !== undefined) m.error = call(fns.error);
    if (fns.string !== undefined) m.string = call(fns.string);
    if (fns.goString !== undefined) m.goString = call(fns.goString);
    return m;
  }

  setBool(b: boolean): void {
    this.vm.mem.store8(this.addr, b ? 1 : 0);
  }
  setInt(v: Int64): void {
    this.storeInt(BigInt(v));
  }
  setUint(v: Int64): void {
    this.storeInt(BigInt(v));
  }
  private storeInt(v: bigint): void {
    const mem = this.vm.mem;
    switch (this.t.size) {
      case 1: mem.store8(this.addr, Number(BigInt.asUintN(8, v))); break;
      case 2: mem.store16(this.addr, Number(BigInt.asUintN(16, v))); break;
      case 4: mem.store32(this.addr, Number(BigInt.asUintN(32, v))); break;
      default: mem.store64Big(this.addr, BigInt.asUintN(64, v));
    }
  }
  setFloat(v: number): void {
    if (this.kind === Kind.Float32) this.vm.mem.storeF32(this.addr, v);
    else this.vm.mem.storeF64(this.addr, v);
  }
  setComplex(re: number, im: number): void {
    const mem = this.vm.mem;
    if (this.kind === Kind.Complex64) {
      mem.storeF32(this.addr, re);
      mem.storeF32(this.addr + 4, im);
    } else {
      mem.storeF64(this.addr, re);
      mem.storeF64(this.addr + 8, im);
    }
  }
  setString(s: Bytes): void {
    writePointer(this.vm.mem, this.addr, newBytes(this.vm, s));
    this.vm.mem.store64(this.addr + 8, s.length);
  }
  setBytes(b: Bytes): void {
    this.setString(b);
    this.vm.mem.store64(this.addr + 16, b.length);
  }
}
