// math's natives: every function of math.go bound to the bit-exact engines of this directory
// (Go implements most of them in Go with assembly stubs; minigo runs them in TypeScript, where a
// float64 is a JS number with the same IEEE 754 semantics).
//
// How it differs from Go: NaN payloads are not preserved through float registers (a JS engine
// may canonicalize them), so Float64bits(NaN()) can differ from Go's 0x7ff8000000000001.
import type { NativeFn } from '../../vm/program.js';
import * as m from './index.js';

type F1 = (x: number) => number;
type F2 = (x: number, y: number) => number;

function unary(f: F1): NativeFn {
  return (vm, base) => {
    vm.regs[base] = f(vm.regs[base]!);
  };
}

function binary(f: F2): NativeFn {
  return (vm, base) => {
    vm.regs[base] = f(vm.regs[base]!, vm.regs[base + 1]!);
  };
}

const unaries: Record<string, F1> = {
  Abs: m.abs, Acosh: m.acosh, Asin: m.asin, Acos: m.acos, Asinh: m.asinh, Atan: m.atan, Atanh: m.atanh,
  Cbrt: m.cbrt, Erf: m.erf, Erfc: m.erfc, Erfinv: m.erfinv, Erfcinv: m.erfcinv, Exp: m.exp, Exp2: m.exp2,
  Expm1: m.expm1, Floor: m.floor, Ceil: m.ceil, Trunc: m.trunc, Round: m.round, RoundToEven: m.roundToEven,
  Gamma: m.gamma, J0: m.j0, Y0: m.y0, J1: m.j1, Y1: m.y1, Log: m.log, Log10: m.log10, Log2: m.log2,
  Log1p: m.log1p, Logb: m.logb, Cos: m.cos, Sin: m.sin, Sinh: m.sinh, Cosh: m.cosh, Sqrt: m.sqrt, Tan: m.tan,
  Tanh: m.tanh, Pow10: m.pow10,
};

const binaries: Record<string, F2> = {
  Atan2: m.atan2, Copysign: m.copysign, Dim: m.dim, Max: m.max, Min: m.min, Hypot: m.hypot, Mod: m.mod,
  Nextafter: m.nextafter, Nextafter32: m.nextafter32, Pow: m.pow, Remainder: m.remainder, Ldexp: m.ldexp,
  Jn: m.jn, Yn: m.yn,
};

export const mathNatives: Record<string, NativeFn> = {
  'math.Inf': unary(m.inf),
  'math.NaN': (vm, base) => {
    vm.regs[base] = NaN;
  },
  'math.IsNaN': (vm, base) => {
    const f = vm.regs[base]!;
    vm.regs[base] = f !== f ? 1 : 0;
  },
  'math.IsInf': (vm, base) => {
    vm.regs[base] = m.isInf(vm.regs[base]!, vm.regs[base + 1]!) ? 1 : 0;
  },
  'math.Signbit': (vm, base) => {
    vm.regs[base] = m.signbit(vm.regs[base]!) ? 1 : 0;
  },
  'math.Ilogb': unary(m.ilogb),
  'math.FMA': (vm, base) => {
    vm.regs[base] = m.fma(vm.regs[base]!, vm.regs[base + 1]!, vm.regs[base + 2]!);
  },
  'math.Frexp': (vm, base) => {
    const r = m.frexp(vm.regs[base]!);
    vm.regs[base] = r.frac;
    vm.regs[base + 1] = r.exp;
  },
  'math.Lgamma': (vm, base) => {
    const r = m.lgamma(vm.regs[base]!);
    vm.regs[base] = r.lgamma;
    vm.regs[base + 1] = r.sign;
  },
  'math.Modf': (vm, base) => {
    const r = m.modf(vm.regs[base]!);
    vm.regs[base] = r.int;
    vm.regs[base + 1] = r.frac;
  },
  'math.Sincos': (vm, base) => {
    const r = m.sincos(vm.regs[base]!);
    vm.regs[base] = r.sin;
    vm.regs[base + 1] = r.cos;
  },
  'math.Float32bits': unary(m.float32bits),
  'math.Float32frombits': unary(m.float32frombits),
  'math.Float64bits': (vm, base) => {
    vm.setIntBig(base, m.float64bits(vm.regs[base]!));
  },
  'math.Float64frombits': (vm, base) => {
    const v = vm.regs[base]!;
    vm.regs[base] = m.float64frombits(v === v ? v : vm.intBig(base));
  },
};
for (const [name, f] of Object.entries(unaries)) mathNatives['math.' + name] = unary(f);
for (const [name, f] of Object.entries(binaries)) mathNatives['math.' + name] = binary(f);
