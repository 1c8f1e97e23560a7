// The standard packages' natives, by package, gathered for src/vm/natives.ts to register.
import type { NativeFn } from '../vm/program.js';
import { bufioNatives } from './bufio/natives.js';
import { bytesNatives } from './bytes/natives.js';
import { errorsNatives } from './errors/natives.js';
import { fmtNatives } from './fmt/natives.js';
import { mathNatives } from './math/natives.js';
import { randNatives } from './math/rand/natives.js';
import { bitsNatives } from './math/bits/natives.js';
import { osNatives } from './os/natives.js';
import { runtimeNatives } from './runtime/natives.js';
import { callersNatives, machineNatives } from './runtime/callers.js';
import { mprofNatives } from './runtime/mprof.js';
import { sortNatives } from './sort/natives.js';
import { strconvNatives } from './strconv/natives.js';
import { atomicNatives } from './sync/atomic/natives.js';
import { syncNatives } from './sync/natives.js';
import { timeNatives } from './time/natives.js';
import { stringsNatives } from './strings/natives.js';
import { unicodeNatives } from './unicode/natives.js';

export const stdlibNatives: Record<string, NativeFn> = {
  ...fmtNatives,
  ...errorsNatives,
  ...bytesNatives,
  ...bufioNatives,
  ...mathNatives,
  ...randNatives,
  ...bitsNatives,
  ...osNatives,
  ...runtimeNatives,
  ...callersNatives,
  ...mprofNatives,
  ...machineNatives,
  ...sortNatives,
  ...strconvNatives,
  ...syncNatives,
  ...atomicNatives,
  ...timeNatives,
  ...stringsNatives,
  ...unicodeNatives,
};
