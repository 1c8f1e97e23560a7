// strings' natives: the byte searches and case mappings that dominate real programs' use of
// the package (everything else is Go, strings.go). Searches work on the bytes in place.
//
// How it differs from Go: Go uses assembly (IndexByte, Count) and Rabin-Karp/bytealg; these
// are plain loops over the simulated memory. Case mappings follow unicode/natives.ts.
import type { NativeContext, NativeFn } from '../../vm/program.js';
import { simpleCase, titleCase } from '../unicode/natives.js';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

function bytesOf(vm: NativeContext, i: number): Uint8Array {
  const n = vm.regs[i + 1]!;
  return n === 0 ? new Uint8Array(0) : vm.mem.bytes(vm.regs[i]!, n);
}

export function indexOf(s: Uint8Array, sub: Uint8Array, from = 0): number {
  const n = sub.length;
  if (n === 0) return from;
  const first = sub[0]!;
  const last = s.length - n;
  outer: for (let i = from; i <= last; i++) {
    if (s[i] !== first) continue;
    for (let j = 1; j < n; j++) if (s[i + j] !== sub[j]) continue outer;
    return i;
  }
  return -1;
}

export function lastIndexOf(s: Uint8Array, sub: Uint8Array): number {
  const n = sub.length;
  outer: for (let i = s.length - n; i >= 0; i--) {
    for (let j = 0; j < n; j++) if (s[i + j] !== sub[j]) continue outer;
    return i;
  }
  return -1;
}

function runeCount(s: Uint8Array): number {
  return Array.from(decoder.decode(s)).length;
}

export function count(s: Uint8Array, sub: Uint8Array): number {
  if (sub.length === 0) return runeCount(s) + 1;
  let n = 0;
  for (let i = indexOf(s, sub); i >= 0; i = indexOf(s, sub, i + sub.length)) n++;
  return n;
}

/** Maps each rune of s (invalid bytes stay as they are), returning a Go string at regs[base]. */
function mapRunes(vm: NativeContext, base: number, f: (r: number) => number): void {
  const s = bytesOf(vm, base);
  const out = mapBytes(s, f);
  if (out === s) return;
  const p = out.length === 0 ? 0 : vm.alloc(out.length, false);
  if (out.length > 0) vm.mem.writeBytes(p, out);
  vm.regs[base] = p;
  vm.regs[base + 1] = out.length;
}

/** Maps each rune of s (invalid bytes stay as they are); returns s itself when nothing changes. */
export function mapBytes(s: Uint8Array, f: (r: number) => number): Uint8Array {
  let ascii = true;
  for (let i = 0; i < s.length; i++) if (s[i]! >= 0x80) ascii = false;
  let out: Uint8Array;
  if (ascii) {
    out = new Uint8Array(s.length);
    let changed = false;
    for (let i = 0; i < s.length; i++) {
      const c = f(s[i]!);
      if (c !== s[i]) changed = true;
      out[i] = c;
    }
    if (!changed) return s;
  } else {
    const parts: number[] = [];
    let i = 0;
    while (i < s.length) {
      const [r, size] = decodeRune(s, i);
      if (r === 0xfffd && size === 1) parts.push(0xef, 0xbf, 0xbd);
      else for (const b of encoder.encode(String.fromCodePoint(f(r)))) parts.push(b);
      i += size;
    }
    out = Uint8Array.from(parts);
  }
  return out;
}

/** utf8.DecodeRune at s[i:]. */
export function decodeRune(s: Uint8Array, i: number): [number, number] {
  const b0 = s[i]!;
  if (b0 < 0x80) return [b0, 1];
  const n = s.length - i;
  const c = (k: number) => (k < n ? s[i + k]! : 0);
  const cont = (b: number) => (b & 0xc0) === 0x80;
  if (b0 >= 0xc2 && b0 <= 0xdf && n >= 2 && cont(c(1))) return [((b0 & 0x1f) << 6) | (c(1) & 0x3f), 2];
  if (b0 >= 0xe0 && b0 <= 0xef && n >= 3) {
    const lo = b0 === 0xe0 ? 0xa0 : 0x80;
    const hi = b0 === 0xed ? 0x9f : 0xbf;
    if (c(1) >= lo && c(1) <= hi && cont(c(2))) return [((b0 & 0x0f) << 12) | ((c(1) & 0x3f) << 6) | (c(2) & 0x3f), 3];
  }
  if (b0 >= 0xf0 && b0 <= 0xf4 && n >= 4) {
    const lo = b0 === 0xf0 ? 0x90 : 0x80;
    const hi = b0 === 0xf4 ? 0x8f : 0xbf;
    if (c(1) >= lo && c(1) <= hi && cont(c(2)) && cont(c(3))) {
      return [((b0 & 0x07) << 18) | ((c(1) & 0x3f) << 12) | ((c(2) & 0x3f) << 6) | (c(3) & 0x3f), 4];
    }
  }
  return [0xfffd, 1];
}

/** unicode.SimpleFold's orbit as Go's EqualFold uses it: equal under simple case folding. */
export function foldEq(a: number, b: number): boolean {
  if (a === b) return true;
  const la = simpleCase(a, false);
  const lb = simpleCase(b, false);
  if (la === lb) return true;
  return simpleCase(a, true) === simpleCase(b, true);
}

/** strings.EqualFold and bytes.EqualFold over UTF-8 bytes: equal under simple Unicode case folding. */
export function equalFold(s: Uint8Array, t: Uint8Array): boolean {
  let i = 0;
  let j = 0;
  while (i < s.length && j < t.length) {
    const [a, na] = decodeRune(s, i);
    const [b, nb] = decodeRune(t, j);
    if (!foldEq(a, b)) return false;
    i += na;
    j += nb;
  }
  return i === s.length && j === t.length;
}

export const stringsNatives: Record<string, NativeFn> = {
  'strings.Index': (vm, base) => {
    vm.regs[base] = indexOf(bytesOf(vm, base), bytesOf(vm, base + 2));
  },
  'strings.LastIndex': (vm, base) => {
    vm.regs[base] = lastIndexOf(bytesOf(vm, base), bytesOf(vm, base + 2));
  },
  'strings.IndexByte': (vm, base) => {
    vm.regs[base] = bytesOf(vm, base).indexOf(vm.regs[base + 2]!);
  },
  'strings.Count': (vm, base) => {
    vm.regs[base] = count(bytesOf(vm, base), bytesOf(vm, base + 2));
  },
  'strings.ToUpper': (vm, base) => mapRunes(vm, base, (r) => simpleCase(r, true)),
  'strings.ToLower': (vm, base) => mapRunes(vm, base, (r) => simpleCase(r, false)),
  'strings.ToTitle': (vm, base) => mapRunes(vm, base, titleCase),
  'strings.EqualFold': (vm, base) => {
    const s = bytesOf(vm, base);
    const t = bytesOf(vm, base + 2);
    vm.regs[base] = equalFold(s, t) ? 1 : 0;
  },
};
