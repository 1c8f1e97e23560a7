// Go 1.19's size classes: a table of facts.
//
// The numbers below are copied from Go 1.19's runtime/sizeclasses.go, which Go generates with
// mksizeclasses.go. They are facts, not design: each small object size (1..32768 bytes) is rounded
// up to one of 67 size classes (class 0 means "large object, own span"), and a span of a class is
// class_to_allocnpages[c] pages of 8 KiB cut into equal objects of class_to_size[c] bytes. Two
// lookup tables map a size to its class in one indexing step: size_to_class8 for sizes up to
// 1024 - 8 in steps of 8, size_to_class128 above that in steps of 128.
//
// The classes are chosen (by mksizeclasses.go) so that the tail waste of a span and the worst
// internal fragmentation stay at or below 12.5%, and so that every object is aligned to the
// largest power of two that divides its size (up to a page). minigo relies on these numbers
// being Go's: the addresses that successive allocations return, `runtime.MemStats.BySize`, and
// the capacity `append` grows a slice to (`roundupsize`) are all observable.
//
// Derived facts computed once here: objects per span (class_to_nelems) and the byte size of a
// span (class_to_spanbytes), which Go recomputes where it needs them.
//
// How it differs from Go: `class_to_divmagic` is left out. Go divides by the object size with a
// multiply-and-shift because division is slow; in JS, `Math.floor(off / size)` on doubles is as
// fast and exact for the offsets in a span.

export const _MaxSmallSize = 32768;
export const smallSizeDiv = 8;
export const smallSizeMax = 1024;
export const largeSizeDiv = 128;
export const _NumSizeClasses = 68;
export const _PageShift = 13;
export const _PageSize = 1 << _PageShift;
export const _PageMask = _PageSize - 1;

/** Tiny allocator block size (malloc.go `maxTinySize`, `_TinySize`). */
export const maxTinySize = 16;
/** The size class of 16-byte blocks (malloc.go `tinySizeClass`). */
export const tinySizeClass = 2;
/** numSpanClasses = _NumSizeClasses << 1 (scan and noscan of every class). */
export const numSpanClasses = _NumSizeClasses << 1;

export const class_to_size: readonly number[] = Object.freeze([
  0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224,
  240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152,
  1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912,
  8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
]);

export const class_to_allocnpages: readonly number[] = Object.freeze([
  0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8, 3, 10, 7, 4,
]);

/** size_to_class8[divRoundUp(size, 8)] for size <= smallSizeMax - 8. */
export const size_to_class8: Uint8Array = Uint8Array.from([
  0, 1, 2, 3, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15, 16, 16, 17, 17, 18, 18, 19, 19, 19, 19, 20, 20, 20, 20, 21, 21,
  21, 21, 22, 22, 22, 22, 23, 23, 23, 23, 24, 24, 24, 24, 25, 25, 25, 25, 26, 26, 26, 26, 27, 27, 27, 27, 27, 27, 27, 27, 28, 28, 28, 28, 28, 28, 28, 28, 29, 29, 29, 29, 29,
  29, 29, 29, 30, 30, 30, 30, 30, 30, 30, 30, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32,
]);

/** size_to_class128[divRoundUp(size - smallSizeMax, 128)] for smallSizeMax - 8 < size <= _MaxSmallSize. */
export const size_to_class128: Uint8Array = Uint8Array.from([
  32, 33, 34, 35, 36, 37, 37, 38, 38, 39, 39, 40, 40, 40, 41, 41, 41, 42, 43, 43, 44, 44, 44, 44, 44, 45, 45, 45, 45, 45, 45, 46, 46, 46, 46, 47, 47, 47, 47, 47,
  47, 48, 48, 48, 49, 49, 50, 51, 51, 51, 51, 51, 51, 51, 51, 51, 51, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 53, 53, 54, 54, 54, 54, 55, 55, 55, 55, 55, 56, 56,
  56, 56, 56, 56, 56, 56, 56, 56, 56, 57, 57, 57, 57, 57, 57, 57, 57, 57, 57, 58, 58, 58, 58, 58, 58, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
  59, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 61, 61, 61, 61, 61, 62, 62, 62, 62, 62, 62, 62, 62, 62, 62, 62, 63, 63, 63, 63, 63, 63, 63,
  63, 63, 63, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65,
  65, 65, 65, 65, 65, 65, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
  67, 67, 67, 67, 67, 67, 67, 67, 67,
]);

/** Objects per span: floor(npages * 8192 / size). Class 0 (large) holds one object. */
export const class_to_nelems: readonly number[] = Object.freeze(
  class_to_size.map((size, c) => (c === 0 ? 1 : Math.floor((class_to_allocnpages[c]! * _PageSize) / size))),
);

/** Bytes in a span of the class. */
export const class_to_spanbytes: readonly number[] = Object.freeze(
  class_to_allocnpages.map((n) => n * _PageSize),
);

/** divRoundUp(n, a) for a power of two a (stubs.go). */
function divRoundUp(n: number, a: number): number {
  return Math.floor((n + a - 1) / a);
}

/**
 * The size class of a small allocation of `size` bytes, 0 < size <= _MaxSmallSize, computed as
 * mallocgc does. Size 0 maps to class 0 here; mallocgc never asks (it returns &zerobase).
 */
export function sizeToClass(size: number): number {
  if (size <= smallSizeMax - 8) return size_to_class8[divRoundUp(size, smallSizeDiv)]!;
  return size_to_class128[divRoundUp(size - smallSizeMax, largeSizeDiv)]!;
}

/**
 * The size mallocgc will really allocate for a request of `size` bytes (msize.go). `append`
 * uses it to round a grown slice's capacity up to its size class.
 */
export function roundupsize(size: number): number {
  if (size < _MaxSmallSize) return class_to_size[sizeToClass(size)]!;
  return Math.ceil(size / _PageSize) * _PageSize;
}

/** A span class: sizeclass << 1 | noscan (mheap.go `spanClass`). */
export function makeSpanClass(sizeclass: number, noscan: boolean): number {
  return (sizeclass << 1) | (noscan ? 1 : 0);
}

export function spanClassSizeclass(spc: number): number {
  return spc >> 1;
}

export function spanClassNoscan(spc: number): boolean {
  return (spc & 1) !== 0;
}

/** The span class of tiny blocks: class 2 (16 bytes), noscan. */
export const tinySpanClass = makeSpanClass(tinySizeClass, true);
