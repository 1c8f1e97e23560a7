// BOOTSTRAP natives: a minimal fmt (Println, Print, Printf, Sprintf, Sprint, Sprintln), os.Args,
// strconv.Atoi, and the runtime entry points the code generator calls (shift and complex
// division checks, the runtime's own error values).
//
// THIS IS A STOPGAP. It exists so that programs can be compared with `go run` while the VM is
// built; the standard-packages stage replaces the fmt and strconv parts with the real packages
// (and `register` in natives.ts lets it override every entry here). It formats only what the
// VM's golden tests need: booleans, integers, floats (%v as strconv 'g' shortest), strings,
// pointers, slices, arrays and structs of those, nil; verbs %v %+v %d %s %q %x %X %c %t %f %e
// %g %T %p %% with width, precision and the - 0 + flags. Like fmt, it prints an operand with an
// Error() or String() method by calling it (VM.callGo), but it does not recover panics in them
// and knows no Formatter/GoStringer.
import type { NativeContext, NativeFn, VMType } from './program.js';
import { Kind } from './kind.js';
import { ProgramExit, RuntimePanic } from './errors.js';
import { printhex } from './print.js';
import { hiterSize, mapiterinit, mapiternext, type MapRuntime } from './map.js';

const encoder = new TextEncoder();

// ---- reading Go values -------------------------------------------------------------------------

interface Eface {
  typ: number;
  data: number;
}

function readArgs(vm: NativeContext, base: number): Eface[] {
  const regs = vm.regs;
  const ptr = regs[base]!;
  const len = regs[base + 1]!;
  const out: Eface[] = [];
  for (let i = 0; i < len; i++) out.push({ typ: vm.mem.loadPtr(ptr + 16 * i), data: vm.mem.loadPtr(ptr + 16 * i + 8) });
  return out;
}

function isPointerShapedKind(k: number): boolean {
  return k === Kind.Pointer || k === Kind.Map || k === Kind.Chan || k === Kind.Func || k === Kind.UnsafePointer;
}

/** The address of the value of an interface's data word (pointer-shaped values are the word). */
function valueAddr(t: VMType, data: number, scratch: { addr: number }): number {
  void scratch;
  return data;
}

function shortestFloat(v: number, bits: 32 | 64): { digits: string; exp: number } {
  // Shortest decimal that round-trips (strconv's shortest mode).
  let s: string;
  if (bits === 64) s = v.toExponential();
  else {
    s = '';
    for (let p = 1; p <= 9; p++) {
      s = v.toExponential(p - 1);
      if (Math.fround(Number(s)) === v) break;
    }
  }
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s)!;
  return { digits: (m[2]! + (m[3] ?? '')).replace(/0+$/, '') || '0', exp: Number(m[4]) };
}

/** strconv.FormatFloat(v, 'g', -1, bits). */
export function formatFloatG(v: number, bits: 32 | 64): string {
  if (v !== v) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  const neg = v < 0 || Object.is(v, -0);
  const a = Math.abs(v);
  if (a === 0) return neg ? '-0' : '0';
  const { digits, exp } = shortestFloat(a, bits);
  // strconv 'g' with the shortest precision: exponent form when exp < -4 || exp >= 6.
  const out = exp < -4 || exp >= 6 ? expForm(digits, exp) : fixedForm(digits, exp);
  return (neg ? '-' : '') + out;
}

function expForm(digits: string, exp: number): string {
  let s = digits[0]!;
  if (digits.length > 1) s += '.' + digits.slice(1);
  const e = Math.abs(exp);
  return s + 'e' + (exp < 0 ? '-' : '+') + (e < 10 ? '0' + e : String(e));
}

function fixedForm(digits: string, exp: number): string {
  if (exp < 0) return '0.' + '0'.repeat(-exp - 1) + digits;
  if (digits.length <= exp + 1) return digits + '0'.repeat(exp + 1 - digits.length);
  return digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
}

function quote(s: string): string {
  return JSON.stringify(s).replace(/\\u([0-9a-f]{4})/g, (_, h: string) => '\\u' + h);
}

class Formatter {
  constructor(private readonly vm: NativeContext) {}

  typeName(typ: number): string {
    if (typ === 0) return '<nil>';
    return this.vm.typeAt(typ)?.name ?? '?';
  }

  /** %v of the value of type t at address p (for pointer-shaped types p holds the value itself when direct). */
  valueAt(t: VMType, p: number, plus: boolean, depth: number): string {
    const mem = this.vm.mem;
    switch (t.kind) {
      case Kind.Bool: return mem.load8(p) !== 0 ? 'true' : 'false';
      case Kind.Int: case Kind.Int64: return String(mem.loadInt64Big(p));
      case Kind.Int32: return String(mem.loadInt32(p));
      case Kind.Int16: return String(mem.loadInt16(p));
      case Kind.Int8: return String(mem.loadInt8(p));
      case Kind.Uint: case Kind.Uint64: case Kind.Uintptr: return String(mem.load64Big(p));
      case Kind.Uint32: return String(mem.load32(p));
      case Kind.Uint16: return String(mem.load16(p));
      case Kind.Uint8: return String(mem.load8(p));
      case Kind.Float64: return formatFloatG(mem.loadF64(p), 64);
      case Kind.Float32: return formatFloatG(mem.loadF32(p), 32);
      case Kind.Complex128: return '(' + formatFloatG(mem.loadF64(p), 64) + signed(formatFloatG(mem.loadF64(p + 8), 64)) + 'i)';
      case Kind.Complex64: return '(' + formatFloatG(mem.loadF32(p), 32) + signed(formatFloatG(mem.loadF32(p + 4), 32)) + 'i)';
      case Kind.String: return this.vm.goString(mem.loadPtr(p), mem.load64(p + 8));
      case Kind.Pointer: {
        const q = mem.loadPtr(p);
        if (q === 0) return '<nil>';
        const et = t.elemType !== undefined ? this.types(t.elemType) : undefined;
        if (depth === 0 && et !== undefined && (et.kind === Kind.Struct || et.kind === Kind.Array || et.kind === Kind.Slice)) {
          return '&' + this.valueAt(et, q, plus, depth + 1);
        }
        return printhex(q);
      }
      case Kind.Map:
        return this.mapText(t, mem.loadPtr(p), plus, depth);
      case Kind.Chan: case Kind.Func: case Kind.UnsafePointer: {
        const q = mem.loadPtr(p);
        return q === 0 ? '<nil>' : printhex(q);
      }
      case Kind.Slice: {
        const et = this.types(t.elemType!);
        const ptr = mem.loadPtr(p);
        const n = mem.load64(p + 8);
        const parts: string[] = [];
        for (let i = 0; i < n; i++) parts.push(this.valueAt(et, ptr + i * et.size, plus, depth + 1));
        return '[' + parts.join(' ') + ']';
      }
      case Kind.Array: {
        const et = this.types(t.elemType!);
        const parts: string[] = [];
        for (let i = 0; i < t.len!; i++) parts.push(this.valueAt(et, p + i * et.size, plus, depth + 1));
        return '[' + parts.join(' ') + ']';
      }
      case Kind.Struct: {
        const parts = (t.fields ?? []).map((f, i) => {
          const v = this.valueAt(this.types(f.type), p + f.off, plus, depth + 1);
          return plus ? `${t.fieldNames?.[i] ?? ''}:${v}` : v;
        });
        return '{' + parts.join(' ') + '}';
      }
      case Kind.Interface: {
        const typ = mem.loadPtr(p);
        const data = mem.loadPtr(p + 8);
        if (typ === 0) return '<nil>';
        const dyn = t.imethods !== undefined && t.imethods.length > 0 ? mem.loadPtr(typ + 8) : typ;
        return this.eface({ typ: dyn, data }, plus, depth + 1);
      }
    }
    return '?';
  }

  /** map[k:v ...] with keys sorted as fmt's internal/fmtsort sorts them. */
  mapText(t: VMType, h: number, plus: boolean, depth: number): string {
    const rt = this.vm as unknown as MapRuntime;
    const mem = this.vm.mem;
    if (h === 0) return 'map[]';
    const kt = this.types(t.keyType!);
    const et = this.types(t.elemType!);
    const it = this.vm.alloc(hiterSize, false);
    const ti = this.vm.types.indexOf(t);
    mapiterinit(rt, t, ti, h, it);
    const entries: { k: number; v: number }[] = [];
    for (;;) {
      const k = mem.loadPtr(it);
      if (k === 0) break;
      entries.push({ k, v: mem.loadPtr(it + 8) });
      mapiternext(rt, t, it);
    }
    entries.sort((a, b) => this.compareKeys(kt, a.k, b.k));
    return 'map[' + entries.map((e) => this.valueAt(kt, e.k, plus, depth + 1) + ':' + this.valueAt(et, e.v, plus, depth + 1)).join(' ') + ']';
  }

  private compareKeys(t: VMType, p: number, q: number): number {
    const mem = this.vm.mem;
    switch (t.kind) {
      case Kind.String: {
        const a = this.vm.goString(mem.loadPtr(p), mem.load64(p + 8));
        const b = this.vm.goString(mem.loadPtr(q), mem.load64(q + 8));
        return a < b ? -1 : a > b ? 1 : 0;
      }
      case Kind.Int: case Kind.Int64: {
        const a = mem.loadInt64Big(p);
        const b = mem.loadInt64Big(q);
        return a < b ? -1 : a > b ? 1 : 0;
      }
      case Kind.Uint: case Kind.Uint64: case Kind.Uintptr: {
        const a = mem.load64Big(p);
        const b = mem.load64Big(q);
        return a < b ? -1 : a > b ? 1 : 0;
      }
      case Kind.Float32: case Kind.Float64: {
        const a = t.kind === Kind.Float64 ? mem.loadF64(p) : mem.loadF32(p);
        const b = t.kind === Kind.Float64 ? mem.loadF64(q) : mem.loadF32(q);
        if (a !== a) return b !== b ? 0 : -1;
        if (b !== b) return 1;
        return a < b ? -1 : a > b ? 1 : 0;
      }
      case Kind.Bool:
        return mem.load8(p) - mem.load8(q);
      case Kind.Int8: return mem.loadInt8(p) - mem.loadInt8(q);
      case Kind.Int16: return mem.loadInt16(p) - mem.loadInt16(q);
      case Kind.Int32: return mem.loadInt32(p) - mem.loadInt32(q);
      case Kind.Uint8: return mem.load8(p) - mem.load8(q);
      case Kind.Uint16: return mem.load16(p) - mem.load16(q);
      case Kind.Uint32: return mem.load32(p) - mem.load32(q);
      case Kind.Struct:
        for (const f of t.fields ?? []) {
          const c = this.compareKeys(this.types(f.type), p + f.off, q + f.off);
          if (c !== 0) return c;
        }
        return 0;
      case Kind.Array: {
        const et = this.types(t.elemType!);
        for (let i = 0; i < t.len!; i++) {
          const c = this.compareKeys(et, p + i * et.size, q + i * et.size);
          if (c !== 0) return c;
        }
        return 0;
      }
      case Kind.Pointer: case Kind.Chan:
        return mem.loadPtr(p) - mem.loadPtr(q);
      case Kind.Interface: {
        // nil first, then by type (fmtsort compares reflect types by name here), then value.
        const ta = mem.loadPtr(p);
        const tb = mem.loadPtr(q);
        if (ta === 0 || tb === 0) return (ta === 0 ? 0 : 1) - (tb === 0 ? 0 : 1);
        const nonEmpty = (t.imethods?.length ?? 0) > 0;
        const da = nonEmpty ? mem.loadPtr(ta + 8) : ta;
        const db = nonEmpty ? mem.loadPtr(tb + 8) : tb;
        if (da !== db) return da - db;
        const dt = this.vm.typeAt(da)!;
        const pa = mem.loadPtr(p + 8);
        const pb = mem.loadPtr(q + 8);
        if (dt.kind === Kind.Pointer || dt.kind === Kind.Chan) return pa - pb;
        return this.compareKeys(dt, pa, pb);
      }
      default:
        return 0;
    }
  }

  private types(i: number): VMType {
    return (this.vm as unknown as { types: VMType[] }).types[i]!;
  }

  eface(a: Eface, plus: boolean, depth = 0): string {
    if (a.typ === 0) return '<nil>';
    const t = this.vm.typeAt(a.typ);
    if (t === undefined) return '?';
    // fmt's handleMethods: an error's Error(), else a Stringer's String().
    const fi = t.methods?.get('Error|func()(string)') ?? t.methods?.get('String|func()(string)');
    if (fi !== undefined && !(t.kind === Kind.Pointer && a.data === 0)) {
      const [p, n] = this.vm.callGo(fi, [a.data], 2);
      return this.vm.goString(p!, n!);
    }
    if (t.name === 'runtime.Error' || t.name === 'runtime.plainError') {
      return this.vm.goString(this.vm.mem.loadPtr(a.data), this.vm.mem.load64(a.data + 8));
    }
    if (isPointerShapedKind(t.kind)) {
      // The data word is the value: give valueAt an address holding it.
      if (t.kind === Kind.Pointer) {
        if (a.data === 0) return '<nil>';
        const et = t.elemType !== undefined ? this.types(t.elemType) : undefined;
        if (depth === 0 && et !== undefined && (et.kind === Kind.Struct || et.kind === Kind.Array || et.kind === Kind.Slice)) {
          return '&' + this.valueAt(et, a.data, plus, depth + 1);
        }
        return printhex(a.data);
      }
      if (t.kind === Kind.Map) return this.mapText(t, a.data, plus, depth);
      return a.data === 0 ? '<nil>' : printhex(a.data);
    }
    return this.valueAt(t, valueAddr(t, a.data, { addr: 0 }), plus, depth);
  }

  /** Sprintf. */
  sprintf(format: string, args: Eface[]): string {
    let out = '';
    let ai = 0;
    for (let i = 0; i < format.length; i++) {
      const ch = format[i]!;
      if (ch !== '%') {
        out += ch;
        continue;
      }
      i++;
      let minus = false;
      let zero = false;
      let plus = false;
      let sharp = false;
      let space = false;
      for (; i < format.length; i++) {
        const f = format[i];
        if (f === '-') minus = true;
        else if (f === '0') zero = !minus;
        else if (f === '+') plus = true;
        else if (f === '#') sharp = true;
        else if (f === ' ') space = true;
        else break;
      }
      let width = -1;
      let prec = -1;
      if (format[i] === '*') {
        width = Number(this.intOf(args[ai++]!));
        i++;
      } else {
        let w = '';
        while (i < format.length && format[i]! >= '0' && format[i]! <= '9') w += format[i++];
        if (w !== '') width = Number(w);
      }
      if (format[i] === '.') {
        i++;
        let p = '';
        if (format[i] === '*') {
          prec = Number(this.intOf(args[ai++]!));
          i++;
        } else {
          while (i < format.length && format[i]! >= '0' && format[i]! <= '9') p += format[i++];
          prec = p === '' ? 0 : Number(p);
        }
      }
      const verb = format[i];
      if (verb === undefined) {
        out += '%!(NOVERB)';
        break;
      }
      if (verb === '%') {
        out += '%';
        continue;
      }
      if (ai >= args.length) {
        out += `%!${verb}(MISSING)`;
        continue;
      }
      const a = args[ai++]!;
      let s = this.verb(verb, a, plus, sharp, prec, space);
      if (width >= 0 && s.length < width) {
        if (minus) s = s + ' '.repeat(width - s.length);
        else if (zero && verb !== 's' && verb !== 'v' && verb !== 'q' && verb !== 'c' && verb !== 't') {
          const neg = s.startsWith('-') || s.startsWith('+');
          s = neg ? s[0]! + '0'.repeat(width - s.length) + s.slice(1) : '0'.repeat(width - s.length) + s;
        } else s = ' '.repeat(width - s.length) + s;
      }
      out += s;
    }
    if (ai < args.length) {
      out += '%!(EXTRA ' + args.slice(ai).map((a) => `${this.typeName(a.typ)}=${this.eface(a, false)}`).join(', ') + ')';
    }
    return out;
  }

  private intOf(a: Eface): bigint {
    const t = this.vm.typeAt(a.typ);
    if (t === undefined) return 0n;
    const mem = this.vm.mem;
    switch (t.kind) {
      case Kind.Int: case Kind.Int64: return mem.loadInt64Big(a.data);
      case Kind.Int32: return BigInt(mem.loadInt32(a.data));
      case Kind.Int16: return BigInt(mem.loadInt16(a.data));
      case Kind.Int8: return BigInt(mem.loadInt8(a.data));
      case Kind.Uint: case Kind.Uint64: case Kind.Uintptr: return mem.load64Big(a.data);
      case Kind.Uint32: return BigInt(mem.load32(a.data));
      case Kind.Uint16: return BigInt(mem.load16(a.data));
      case Kind.Uint8: return BigInt(mem.load8(a.data));
      default: return 0n;
    }
  }

  private floatOf(a: Eface): number | null {
    const t = this.vm.typeAt(a.typ);
    if (t?.kind === Kind.Float64) return this.vm.mem.loadF64(a.data);
    if (t?.kind === Kind.Float32) return this.vm.mem.loadF32(a.data);
    return null;
  }

  private verb(verb: string, a: Eface, plus: boolean, sharp: boolean, prec: number, space: boolean): string {
    const t = a.typ === 0 ? undefined : this.vm.typeAt(a.typ);
    const k = t?.kind ?? Kind.Invalid;
    const isInt = k >= Kind.Int && k <= Kind.Uintptr;
    switch (verb) {
      case 'v':
        return this.eface(a, plus);
      case 'T':
        return this.typeName(a.typ);
      case 'd':
        if (isInt) {
          const v = this.intOf(a);
          return (plus && v >= 0n ? '+' : space && v >= 0n ? ' ' : '') + String(v);
        }
        break;
      case 'x':
      case 'X': {
        let s: string;
        if (isInt) {
          const v = this.intOf(a);
          s = (v < 0n ? '-' : '') + (sharp ? '0x' : '') + (v < 0n ? -v : v).toString(16);
        } else if (k === Kind.String) {
          const str = this.eface(a, false);
          s = Array.from(encoder.encode(str), (x) => x.toString(16).padStart(2, '0')).join('');
        } else break;
        return verb === 'X' ? s.toUpperCase().replace('0X', '0X') : s;
      }
      case 'o':
        if (isInt) return this.intOf(a).toString(8);
        break;
      case 'b':
        if (isInt) return this.intOf(a).toString(2);
        break;
      case 'c':
        if (isInt) return String.fromCodePoint(Number(this.intOf(a)));
        break;
      case 'q':
        if (k === Kind.String) return quote(this.eface(a, false));
        if (isInt) return "'" + String.fromCodePoint(Number(this.intOf(a))) + "'";
        break;
      case 's':
        if (k === Kind.String || t?.name === 'runtime.Error' || t?.name === 'runtime.plainError') return this.eface(a, false);
        if (k === Kind.Slice && t !== undefined && this.types(t.elemType!).kind === Kind.Uint8) {
          const mem = this.vm.mem;
          return this.vm.goString(mem.loadPtr(a.data), mem.load64(a.data + 8));
        }
        break;
      case 't':
        if (k === Kind.Bool) return this.eface(a, false);
        break;
      case 'p':
        if (isPointerShapedKind(k)) return printhex(a.data);
        break;
      case 'f':
      case 'F':
      case 'e':
      case 'g': {
        const f = this.floatOf(a);
        if (f === null) break;
        const sign = plus && f >= 0 ? '+' : '';
        if (!isFinite(f)) return f !== f ? 'NaN' : f > 0 ? sign + '+Inf'.slice(sign ? 1 : 0) : '-Inf';
        if (verb === 'f' || verb === 'F') return sign + f.toFixed(prec < 0 ? 6 : prec);
        if (verb === 'e') {
          const s = f.toExponential(prec < 0 ? 6 : prec);
          return sign + s.replace(/e([+-])(\d)$/, 'e$10$2');
        }
        if (prec < 0) return sign + formatFloatG(f, k === Kind.Float32 ? 32 : 64);
        const s = f.toPrecision(prec === 0 ? 1 : prec);
        return sign + (s.includes('e') ? s.replace(/e([+-])(\d)$/, 'e$10$2') : s.includes('.') ? s.replace(/\.?0+$/, '') : s);
      }
    }
    return `%!${verb}(${this.typeName(a.typ)}=${this.eface(a, false)})`;
  }
}

function signed(s: string): string {
  return s.startsWith('-') || s.startsWith('+') ? s : '+' + s;
}

function sprint(f: Formatter, args: Eface[], ln: boolean, vm: NativeContext): string {
  let out = '';
  args.forEach((a, i) => {
    if (i > 0) {
      if (ln) out += ' ';
      else {
        // Print adds spaces between operands when neither is a string.
        const prevStr = vm.typeAt(args[i - 1]!.typ)?.kind === Kind.String;
        const curStr = vm.typeAt(a.typ)?.kind === Kind.String;
        if (!prevStr && !curStr) out += ' ';
      }
    }
    out += f.eface(a, false);
  });
  return ln ? out + '\n' : out;
}

function writeOut(vm: NativeContext, base: number, s: string): void {
  const b = encoder.encode(s);
  vm.write(1, b);
  vm.regs[base] = b.length;
  vm.regs[base + 1] = 0;
  vm.regs[base + 2] = 0;
}

function returnString(vm: NativeContext, base: number, s: string): void {
  const [p, n] = vm.newString(s);
  vm.regs[base] = p;
  vm.regs[base + 1] = n;
}

export const bootstrapNatives: Record<string, NativeFn> = {
  'fmt.Println': (vm, base) => writeOut(vm, base, sprint(new Formatter(vm), readArgs(vm, base), true, vm)),
  'fmt.Print': (vm, base) => writeOut(vm, base, sprint(new Formatter(vm), readArgs(vm, base), false, vm)),
  'fmt.Printf': (vm, base) => {
    const fmt = vm.goString(vm.regs[base]!, vm.regs[base + 1]!);
    writeOut(vm, base, new Formatter(vm).sprintf(fmt, readArgs(vm, base + 2)));
  },
  'fmt.Sprintf': (vm, base) => {
    const fmt = vm.goString(vm.regs[base]!, vm.regs[base + 1]!);
    returnString(vm, base, new Formatter(vm).sprintf(fmt, readArgs(vm, base + 2)));
  },
  'fmt.Sprint': (vm, base) => returnString(vm, base, sprint(new Formatter(vm), readArgs(vm, base), false, vm)),
  'fmt.Sprintln': (vm, base) => returnString(vm, base, sprint(new Formatter(vm), readArgs(vm, base), true, vm)),
  /** os.Args: the package variable is filled in before package initialization (its address in base). */
  'os.Args': (vm, base) => {
    const addr = vm.regs[base]!;
    const args = ['/tmp/go-build/exe/main', ...vm.args];
    const mem = vm.mem;
    const strs = args.map((a) => vm.newString(a));
    const arr = vm.alloc(16 * args.length, true);
    strs.forEach(([p, n], i) => {
      mem.storePtr(arr + 16 * i, p);
      mem.store64(arr + 16 * i + 8, n);
    });
    mem.storePtr(addr, arr);
    mem.store64(addr + 8, args.length);
    mem.store64(addr + 16, args.length);
  },
  'strconv.Atoi': (vm, base) => {
    const s = vm.goString(vm.regs[base]!, vm.regs[base + 1]!);
    let t = s;
    if (t.startsWith('+') || t.startsWith('-')) t = t.slice(1);
    if (/^[0-9]+$/.test(t) && s.length < 19) {
      vm.regs[base] = Number(s);
      vm.regs[base + 1] = 0;
      vm.regs[base + 2] = 0;
    } else {
      vm.regs[base] = 0;
      const [tab, data] = vm.errorValue(`strconv.Atoi: parsing ${quote(s)}: invalid syntax`);
      vm.regs[base + 1] = tab;
      vm.regs[base + 2] = data;
    }
  },
  'errors.New': (vm, base) => {
    const [tab, data] = vm.errorValue(vm.goString(vm.regs[base]!, vm.regs[base + 1]!));
    vm.regs[base] = tab;
    vm.regs[base + 1] = data;
  },
  // A few math functions for the benchmarks (the standard-packages stage registers all of math).
  'math.Sqrt': (vm, base) => {
    vm.regs[base] = Math.sqrt(vm.regs[base]!);
  },
  'math.Abs': (vm, base) => {
    vm.regs[base] = Math.abs(vm.regs[base]!);
  },
  'math.Floor': (vm, base) => {
    vm.regs[base] = Math.floor(vm.regs[base]!);
  },
  'math.Ceil': (vm, base) => {
    vm.regs[base] = Math.ceil(vm.regs[base]!);
  },
  'math.Trunc': (vm, base) => {
    vm.regs[base] = Math.trunc(vm.regs[base]!);
  },
  'math.Inf': (vm, base) => {
    vm.regs[base] = vm.regs[base]! >= 0 ? Infinity : -Infinity;
  },
  'math.NaN': (vm, base) => {
    vm.regs[base] = NaN;
  },
  'math.IsNaN': (vm, base) => {
    const f = vm.regs[base]!;
    vm.regs[base] = f !== f ? 1 : 0;
  },
  'math.IsInf': (vm, base) => {
    const f = vm.regs[base]!;
    const sign = vm.regs[base + 1]!;
    vm.regs[base] = (sign >= 0 && f === Infinity) || (sign <= 0 && f === -Infinity) ? 1 : 0;
  },
  'os.Exit': (vm, base) => {
    throw new ProgramExit(vm.regs[base]! | 0);
  },
  'runtime.panicshift': () => {
    throw new RuntimePanic('negative shift amount');
  },
  'runtime.errorString.Error': (vm, base) => {
    const p = vm.regs[base]!;
    vm.regs[base] = vm.mem.loadPtr(p);
    vm.regs[base + 1] = vm.mem.load64(p + 8);
  },
  'runtime.errorString.RuntimeError': () => {},
  'runtime.complex128div': (vm, base) => complexdiv(vm.regs, base, false),
  'runtime.complex64div': (vm, base) => complexdiv(vm.regs, base, true),
};

/** runtime/complex.go complex128div. */
function complexdiv(regs: Float64Array, base: number, f32: boolean): void {
  const nr = regs[base]!;
  const ni = regs[base + 1]!;
  const dr = regs[base + 2]!;
  const di = regs[base + 3]!;
  let e: number;
  let f: number;
  if (Math.abs(dr) >= Math.abs(di)) {
    const ratio = di / dr;
    const denom = dr + ratio * di;
    e = (nr + ni * ratio) / denom;
    f = (ni - nr * ratio) / denom;
  } else {
    const ratio = dr / di;
    const denom = di + ratio * dr;
    e = (nr * ratio + ni) / denom;
    f = (ni * ratio - nr) / denom;
  }
  if (e !== e && f !== f) {
    // Go's inf/nan corrections.
    let a = nr;
    let b = ni;
    let c = dr;
    let d = di;
    if (c === 0 && d === 0 && (a === a || b === b)) {
      e = Math.sign(c) < 0 || Object.is(c, -0) ? -Infinity * a : Infinity * a;
      f = (Object.is(c, -0) ? -Infinity : Infinity) * b;
      e = copysign(Infinity, c) * a;
      f = copysign(Infinity, c) * b;
    } else if ((!isFinite(a) || !isFinite(b)) && isFinite(c) && isFinite(d)) {
      a = copysign(isFinite(a) ? 0 : 1, a);
      b = copysign(isFinite(b) ? 0 : 1, b);
      e = Infinity * (a * c + b * d);
      f = Infinity * (b * c - a * d);
    } else if ((!isFinite(c) || !isFinite(d)) && isFinite(a) && isFinite(b)) {
      c = copysign(isFinite(c) ? 0 : 1, c);
      d = copysign(isFinite(d) ? 0 : 1, d);
      e = 0 * (a * c + b * d);
      f = 0 * (b * c - a * d);
    }
  }
  regs[base] = f32 ? Math.fround(e) : e;
  regs[base + 1] = f32 ? Math.fround(f) : f;
}

function copysign(x: number, y: number): number {
  const neg = y < 0 || Object.is(y, -0);
  return neg ? -Math.abs(x) : Math.abs(x);
}
