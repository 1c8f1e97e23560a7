import { describe, expect, test } from 'vitest';
import {
  class_to_size,
  class_to_allocnpages,
  class_to_nelems,
  sizeToClass,
  roundupsize,
  size_to_class8,
  size_to_class128,
  _NumSizeClasses,
  _MaxSmallSize,
} from '../../src/runtime/export_test.js';

describe('size classes (Go 1.19 sizeclasses.go)', () => {
  test('table shapes', () => {
    expect(class_to_size.length).toBe(_NumSizeClasses);
    expect(class_to_allocnpages.length).toBe(_NumSizeClasses);
    expect(size_to_class8.length).toBe(1024 / 8 + 1);
    expect(size_to_class128.length).toBe((32768 - 1024) / 128 + 1);
    expect(class_to_size[_NumSizeClasses - 1]).toBe(_MaxSmallSize);
  });

  test('every size 1..32768 maps to the smallest class that fits', () => {
    const bad: number[] = [];
    for (let size = 1; size <= _MaxSmallSize; size++) {
      const c = sizeToClass(size);
      if (!(class_to_size[c]! >= size && class_to_size[c - 1]! < size) || roundupsize(size) !== class_to_size[c]) bad.push(size);
    }
    expect(bad).toEqual([]);
    expect(sizeToClass(0)).toBe(0);
  });

  test('rows of the table in the header of sizeclasses.go', () => {
    // class  bytes/obj  bytes/span  objects  tail waste
    const rows: [number, number, number, number, number][] = [
      [1, 8, 8192, 1024, 0],
      [2, 16, 8192, 512, 0],
      [5, 48, 8192, 170, 32],
      [35, 1408, 16384, 11, 896],
      [43, 3456, 24576, 7, 384],
      [60, 18432, 73728, 4, 0],
      [63, 21760, 65536, 3, 256],
      [65, 27264, 81920, 3, 128],
      [67, 32768, 32768, 1, 0],
    ];
    for (const [c, bytes, span, objects, tail] of rows) {
      expect(class_to_size[c]).toBe(bytes);
      expect(class_to_allocnpages[c]! * 8192).toBe(span);
      expect(class_to_nelems[c]).toBe(objects);
      expect(span - objects * bytes).toBe(tail);
    }
  });

  test('objects are aligned to the largest power of two dividing their size, up to a page', () => {
    for (let c = 1; c < _NumSizeClasses; c++) {
      const size = class_to_size[c]!;
      const align = Math.min(size & -size, 8192);
      for (let i = 0; i < class_to_nelems[c]!; i++) expect((i * size) % align).toBe(0);
    }
  });

  test('roundupsize beyond small sizes rounds to pages', () => {
    expect(roundupsize(32769)).toBe(40960);
    expect(roundupsize(40000)).toBe(40960);
    expect(roundupsize(1 << 20)).toBe(1 << 20);
  });
});
