// Natives the translated code computes inline instead of calling.
//
// Design
//   A called native costs the translated code a frame-record store, a call through the natives
//   table, forgetting every register held in a local (and loading them again), the checks for a
//   parked goroutine or an ended turn, and the end of its block (blocks.ts), since a native may
//   stop the frame. The natives here are pure functions of one float64 register, read at the
//   CALLN's base register and written back there (stdlib/math/natives.ts, `unary`), whose engine
//   is the JS Math function named, of the same argument:
//
//     math.Sqrt   Math.sqrt(x)      math.Floor  Math.floor(x)     math.Trunc  Math.trunc(x)
//     math.Ceil   Math.ceil(x)      math.Abs    Math.abs(x)
//
//   Abs is the one whose engine is not a call of Math.abs: it clears the sign bit of the float64
//   (stdlib/math/bits.ts). Math.abs does the same in V8, NaN payload included (checked on Node 20,
//   interpreted and optimised); the others' engines are these very calls, so the result is the
//   native's by construction. So the translated code evaluates the function on the register's
//   local (`xN = Math.sqrt(xN); R[B + N] = xN`): the CALLN stays one instruction of its block for
//   the budget, ends no block, and forgets nothing. Such a call cannot fail, park, end the turn
//   or run Go code, so nothing it skips could have happened.
//
// How it differs from Go: gc treats math.Sqrt, Floor, Ceil, Trunc and Abs as intrinsics and emits
// the machine instruction; this is the same idea one level up, where V8 emits it.
import type { VM } from '../vm.js';

/** Qualified native name → the JS function computing its result from its argument. */
const inlineMath: ReadonlyMap<string, string> = new Map([
  ['math.Sqrt', 'Math.sqrt'],
  ['math.Abs', 'Math.abs'],
  ['math.Floor', 'Math.floor'],
  ['math.Ceil', 'Math.ceil'],
  ['math.Trunc', 'Math.trunc'],
]);

/** The JS function that computes native n inline, or undefined when it is called. */
export function inlineNative(vm: VM, n: number): string | undefined {
  return inlineMath.get(vm.prog.nativeNames[n]!);
}
