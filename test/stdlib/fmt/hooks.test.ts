// The method hooks' corner cases that a fixture cannot show: panics that escape fmt, non-Go
// exceptions passing through, panic(nil), Formatters that print recursively, Scan methods and read
// errors. Expected behaviour is Go 1.19's print.go/scan.go.

import { describe, expect, test } from 'vitest';
import { errorf } from '../../../src/stdlib/fmt/errors.js';
import { sprint, sprintf } from '../../../src/stdlib/fmt/print.js';
import { ReadError, fscan, scanErrMessage, sscan, sscanf } from '../../../src/stdlib/fmt/scan.js';
import { type GoMethods, type GoValue, Kind, MethodPanic } from '../../../src/stdlib/fmt/value.js';
import { fake, stringValue, toHex } from './fake.js';

const dec = new TextDecoder();
const enc = new TextEncoder();
const text = (b: Uint8Array): string => dec.decode(b);

/** A value of type main.M (an int kind) with the given methods. */
function withMethods(m: GoMethods, t = 'main.M'): GoValue {
  const v = fake({ k: Kind.Int, t, id: 7, v: '3' });
  return Object.assign(Object.create(Object.getPrototypeOf(v)), v, { methods: () => m });
}

describe('fmt method hooks', () => {
  test('a panic while printing a panic value escapes fmt (Go re-panics)', () => {
    const inner = withMethods({
      error: () => {
        throw new MethodPanic(stringValue('second'));
      },
    });
    const v = withMethods({
      string: () => {
        throw new MethodPanic(inner);
      },
    });
    let thrown: unknown;
    try {
      sprint([v]);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(MethodPanic);
    expect(text((thrown as MethodPanic).value!.str())).toBe('second');
  });

  test('exceptions that are not Go panics pass through untouched', () => {
    const boom = new Error('minigo bug');
    const v = withMethods({
      string: () => {
        throw boom;
      },
    });
    expect(() => sprint([v])).toThrow(boom);
  });

  test('panic(nil) in String is recovered by catchPanic and prints nothing (Go 1.19)', () => {
    const v = withMethods({
      string: () => {
        throw new MethodPanic(null);
      },
    });
    expect(text(sprintf('[%v]', [v]))).toBe('[]');
  });

  test('a Formatter may print through the State recursively', () => {
    const v = withMethods({
      format: (s, verb) => {
        const [w, ok] = s.width();
        const args = [
          fake({ k: Kind.Int32, t: 'int32', id: 1, v: String(verb) }),
          fake({ k: Kind.Bool, t: 'bool', id: 2, v: ok }),
          fake({ k: Kind.Int, t: 'int', id: 3, v: String(w) }),
        ];
        s.write(sprintf('<%c %v %d>', args));
      },
    });
    // The width of the previous directive stays in State.Width when a directive has none.
    expect(text(sprintf('%8x|%v', [v, v]))).toBe('<x true 8>|<v false 8>');
  });

  test('Errorf: %w on an error with a Formatter passes %v to Format and records the operand', () => {
    const v = withMethods({
      format: (s, verb) => s.write(enc.encode('F' + String.fromCharCode(verb))),
      error: () => enc.encode('e'),
    });
    const r = errorf('x: %w', [v]);
    expect(text(r.message)).toBe('x: Fv');
    expect(r.wrapped).toBe(v);
  });

  test('a Scan method scans itself; io.EOF from it becomes io.ErrUnexpectedEOF', () => {
    let got = '';
    const v = withMethods(
      {
        scan: (state, verb) => {
          got = text(state.token(true, null)) + '/' + String.fromCharCode(verb);
          return null;
        },
      },
      '*main.Sc',
    );
    expect(sscanf('  word rest', '%s', [v])).toEqual([1, null]);
    expect(got).toBe('word/s');

    const e = withMethods({ scan: () => ({ error: 'io.EOF', isEOF: true }) }, '*main.Sc');
    const [n, err] = sscan('x', [e]);
    expect(n).toBe(0);
    expect(scanErrMessage(err!)).toBe('unexpected EOF');
  });

  test('a read error of the input is returned as the error value', () => {
    const r = {
      readByte: (): number => {
        throw new ReadError('disk on fire');
      },
    };
    const target = {
      kind: Kind.Pointer,
      typeString: () => '*int',
      elemKind: () => Kind.Int,
      isNil: () => false,
      methods: () => null,
    } as unknown as GoValue;
    expect(fscan(r, [target])).toEqual([0, { kind: 'value', value: 'disk on fire' }]);
  });

  test('Sprintf of a format with invalid UTF-8 copies its bytes and decodes its verbs as runes', () => {
    const f = new Uint8Array([0xff, 0x25, 0xe2, 0x98, 0xba]); // "\xff%☺"
    expect(toHex(sprintf(f, []))).toBe(toHex(new Uint8Array([0xff, ...enc.encode('%!☺(MISSING)')])));
  });
});
