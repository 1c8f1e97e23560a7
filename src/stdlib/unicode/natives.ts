// unicode's natives: the category predicates and simple case mappings, answered by the JS
// engine's Unicode database (regular-expression property escapes and String case mapping)
// instead of Go's range tables.
//
// How it differs from Go: Go 1.19 ships Unicode 13.0.0 tables; the JS engine's tables may be a
// newer Unicode version, so a code point assigned after 13.0 can be classified differently.
// Case mappings are the simple (one-to-one) mappings: where JS's full mapping of a code point
// is several code points (ß → SS), the rune maps to itself, as Go's does.
import type { NativeFn } from '../../vm/program.js';

function pred(re: RegExp): NativeFn {
  return (vm, base) => {
    const r = vm.regs[base]!;
    vm.regs[base] = r >= 0 && r <= 0x10ffff && re.test(String.fromCodePoint(r)) ? 1 : 0;
  };
}

/** The simple case mapping of r by JS's toUpperCase/toLowerCase, or r itself. */
export function simpleCase(r: number, upper: boolean): number {
  if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) return r;
  if (r < 0x80) {
    if (upper) return r >= 0x61 && r <= 0x7a ? r - 32 : r;
    return r >= 0x41 && r <= 0x5a ? r + 32 : r;
  }
  const s = String.fromCodePoint(r);
  const m = upper ? s.toUpperCase() : s.toLowerCase();
  const c = m.codePointAt(0)!;
  return m.length === String.fromCodePoint(c).length ? c : r;
}

/** unicode.ToTitle: the title case of the few digraphs that have one, else upper case. */
export function titleCase(r: number): number {
  switch (r) {
    case 0x1c4: case 0x1c5: case 0x1c6: return 0x1c5;
    case 0x1c7: case 0x1c8: case 0x1c9: return 0x1c8;
    case 0x1ca: case 0x1cb: case 0x1cc: return 0x1cb;
    case 0x1f1: case 0x1f2: case 0x1f3: return 0x1f2;
  }
  return simpleCase(r, true);
}

const isSpace: NativeFn = (vm, base) => {
  const r = vm.regs[base]!;
  let ok: boolean;
  if (r <= 0xff) ok = r === 0x20 || (r >= 0x09 && r <= 0x0d) || r === 0x85 || r === 0xa0;
  else ok = /\p{White_Space}/u.test(String.fromCodePoint(r));
  vm.regs[base] = ok ? 1 : 0;
};

export const unicodeNatives: Record<string, NativeFn> = {
  'unicode.IsDigit': pred(/\p{Nd}/u),
  'unicode.IsNumber': pred(/\p{N}/u),
  'unicode.IsLetter': pred(/\p{L}/u),
  'unicode.IsMark': pred(/\p{M}/u),
  'unicode.IsPunct': pred(/\p{P}/u),
  'unicode.IsSymbol': pred(/\p{S}/u),
  'unicode.IsControl': pred(/\p{Cc}/u),
  'unicode.IsUpper': pred(/\p{Lu}/u),
  'unicode.IsLower': pred(/\p{Ll}/u),
  'unicode.IsTitle': pred(/\p{Lt}/u),
  'unicode.IsGraphic': pred(/[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]/u),
  'unicode.IsPrint': pred(/[\p{L}\p{M}\p{N}\p{P}\p{S} ]/u),
  'unicode.IsSpace': isSpace,
  'unicode.ToUpper': (vm, base) => {
    vm.regs[base] = simpleCase(vm.regs[base]!, true);
  },
  'unicode.ToLower': (vm, base) => {
    vm.regs[base] = simpleCase(vm.regs[base]!, false);
  },
  'unicode.ToTitle': (vm, base) => {
    vm.regs[base] = titleCase(vm.regs[base]!);
  },
  'unicode.To': (vm, base) => {
    const c = vm.regs[base]!;
    const r = vm.regs[base + 1]!;
    vm.regs[base] = c === 0 ? simpleCase(r, true) : c === 1 ? simpleCase(r, false) : titleCase(r);
  },
};
