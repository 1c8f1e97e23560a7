// The error function and its inverses: Erf, Erfc, Erfinv, Erfcinv (Go's erf.go, erfinv.go).
//
// Erf and Erfc are msun's s_erf.c: on [0, 0.84375) a rational approximation of erf(x)/x - 1; on
// [0.84375, 1.25) erf(1) plus a rational function of x-1; beyond, erfc(x) = exp(-x² - 0.5625 +
// R/S)/x with x² split as z² + (z-x)(z+x), z being x with its low 32 bits cleared, so the large
// exponent is computed exactly. Erfinv is Giles' single-precision-free rational approximation
// (Wichura's AS241 coefficients) in three regions; Erfcinv(x) = Erfinv(1-x).
//
// How it differs from Go: nothing observable.

import { fromWords, goNaN, hiWord } from './bits.js';
import { exp } from './exp.js';
import { log } from './log.js';

const erx = 8.45062911510467529297e-1;
const efx = 1.28379167095512586316e-1;
const efx8 = 1.02703333676410069053;
const pp0 = 1.28379167095512558561e-1;
const pp1 = -3.25042107247001499370e-1;
const pp2 = -2.84817495755985104766e-2;
const pp3 = -5.77027029648944159157e-3;
const pp4 = -2.37630166566501626084e-5;
const qq1 = 3.97917223959155352819e-1;
const qq2 = 6.50222499887672944485e-2;
const qq3 = 5.08130628187576562776e-3;
const qq4 = 1.32494738004321644526e-4;
const qq5 = -3.96022827877536812320e-6;
const pa0 = -2.36211856075265944077e-3;
const pa1 = 4.14856118683748331666e-1;
const pa2 = -3.72207876035701323847e-1;
const pa3 = 3.18346619901161753674e-1;
const pa4 = -1.10894694282396677476e-1;
const pa5 = 3.54783043256182359371e-2;
const pa6 = -2.16637559486879084300e-3;
const qa1 = 1.06420880400844228286e-1;
const qa2 = 5.40397917702171048937e-1;
const qa3 = 7.18286544141962662868e-2;
const qa4 = 1.26171219808761642112e-1;
const qa5 = 1.36370839120290507362e-2;
const qa6 = 1.19844998467991074170e-2;
const ra0 = -9.86494403484714822705e-3;
const ra1 = -6.93858572707181764372e-1;
const ra2 = -1.05586262253232909814e1;
const ra3 = -6.23753324503260060396e1;
const ra4 = -1.62396669462573470355e2;
const ra5 = -1.84605092906711035994e2;
const ra6 = -8.12874355063065934246e1;
const ra7 = -9.81432934416914548592;
const sa1 = 1.96512716674392571292e1;
const sa2 = 1.37657754143519042600e2;
const sa3 = 4.34565877475229228821e2;
const sa4 = 6.45387271733267880336e2;
const sa5 = 4.29008140027567833386e2;
const sa6 = 1.08635005541779435134e2;
const sa7 = 6.57024977031928170135;
const sa8 = -6.04244152148580987438e-2;
const rb0 = -9.86494292470009928597e-3;
const rb1 = -7.99283237680523006574e-1;
const rb2 = -1.77579549177547519889e1;
const rb3 = -1.60636384855821916062e2;
const rb4 = -6.37566443368389627722e2;
const rb5 = -1.02509513161107724954e3;
const rb6 = -4.83519191608651397019e2;
const sb1 = 3.03380607434824582924e1;
const sb2 = 3.25792512996573918826e2;
const sb3 = 1.53672958608443695994e3;
const sb4 = 3.19985821950859553908e3;
const sb5 = 2.55305040643316442583e3;
const sb6 = 4.74528541206955367215e2;
const sb7 = -2.24409524465858183362e1;

const OneOver035 = 2.857142857142857; // 1/0.35

/** exp(-x²-0.5625+R/S) with x² split exactly; shared tail of Erf and Erfc. */
function tail(x: number, R: number, S: number): number {
  const z = fromWords(hiWord(x), 0);
  return exp(-z * z - 0.5625) * exp((z - x) * (z + x) + R / S);
}

/** math.Erf. */
export function erf(x: number): number {
  const VeryTiny = 2.848094538889218e-306;
  const Small = 3.725290298461914e-9; // 2^-28
  if (x !== x) return goNaN;
  if (x === Infinity) return 1;
  if (x === -Infinity) return -1;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x < 0.84375) {
    let temp: number;
    if (x < Small) {
      if (x < VeryTiny) temp = 0.125 * (8.0 * x + efx8 * x);
      else temp = x + efx * x;
    } else {
      const z = x * x;
      const r = pp0 + z * (pp1 + z * (pp2 + z * (pp3 + z * pp4)));
      const s = 1 + z * (qq1 + z * (qq2 + z * (qq3 + z * (qq4 + z * qq5))));
      const y = r / s;
      temp = x + x * y;
    }
    return sign ? -temp : temp;
  }
  if (x < 1.25) {
    const s = x - 1;
    const P = pa0 + s * (pa1 + s * (pa2 + s * (pa3 + s * (pa4 + s * (pa5 + s * pa6)))));
    const Q = 1 + s * (qa1 + s * (qa2 + s * (qa3 + s * (qa4 + s * (qa5 + s * qa6)))));
    if (sign) return -erx - P / Q;
    return erx + P / Q;
  }
  if (x >= 6) return sign ? -1 : 1;
  const s = 1 / (x * x);
  let R: number;
  let S: number;
  if (x < OneOver035) {
    R = ra0 + s * (ra1 + s * (ra2 + s * (ra3 + s * (ra4 + s * (ra5 + s * (ra6 + s * ra7))))));
    S = 1 + s * (sa1 + s * (sa2 + s * (sa3 + s * (sa4 + s * (sa5 + s * (sa6 + s * (sa7 + s * sa8)))))));
  } else {
    R = rb0 + s * (rb1 + s * (rb2 + s * (rb3 + s * (rb4 + s * (rb5 + s * rb6)))));
    S = 1 + s * (sb1 + s * (sb2 + s * (sb3 + s * (sb4 + s * (sb5 + s * (sb6 + s * sb7))))));
  }
  const r = tail(x, R, S);
  if (sign) return r / x - 1;
  return 1 - r / x;
}

/** math.Erfc. */
export function erfc(x: number): number {
  const Tiny = 1.3877787807814457e-17; // 2^-56
  if (x !== x) return goNaN;
  if (x === Infinity) return 0;
  if (x === -Infinity) return 2;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x < 0.84375) {
    let temp: number;
    if (x < Tiny) temp = x;
    else {
      const z = x * x;
      const r = pp0 + z * (pp1 + z * (pp2 + z * (pp3 + z * pp4)));
      const s = 1 + z * (qq1 + z * (qq2 + z * (qq3 + z * (qq4 + z * qq5))));
      const y = r / s;
      if (x < 0.25) temp = x + x * y;
      else temp = 0.5 + (x * y + (x - 0.5));
    }
    return sign ? 1 + temp : 1 - temp;
  }
  if (x < 1.25) {
    const s = x - 1;
    const P = pa0 + s * (pa1 + s * (pa2 + s * (pa3 + s * (pa4 + s * (pa5 + s * pa6)))));
    const Q = 1 + s * (qa1 + s * (qa2 + s * (qa3 + s * (qa4 + s * (qa5 + s * qa6)))));
    if (sign) return 1 + erx + P / Q;
    return 1 - erx - P / Q;
  }
  if (x < 28) {
    const s = 1 / (x * x);
    let R: number;
    let S: number;
    if (x < OneOver035) {
      R = ra0 + s * (ra1 + s * (ra2 + s * (ra3 + s * (ra4 + s * (ra5 + s * (ra6 + s * ra7))))));
      S = 1 + s * (sa1 + s * (sa2 + s * (sa3 + s * (sa4 + s * (sa5 + s * (sa6 + s * (sa7 + s * sa8)))))));
    } else {
      if (sign && x > 6) return 2;
      R = rb0 + s * (rb1 + s * (rb2 + s * (rb3 + s * (rb4 + s * (rb5 + s * rb6)))));
      S = 1 + s * (sb1 + s * (sb2 + s * (sb3 + s * (sb4 + s * (sb5 + s * (sb6 + s * sb7))))));
    }
    const r = tail(x, R, S);
    if (sign) return 2 - r / x;
    return r / x;
  }
  return sign ? 2 : 0;
}

const a = [
  1.1975323115670912564578, 4.7072688112383978012285e1, 6.9706266534389598238465e2, 4.8548868893843886794648e3,
  1.6235862515167575384252e4, 2.3782041382114385731252e4, 1.1819493347062294404278e4, 8.87094069625455148302e2,
];
const b = [
  1.0, 4.2313330701600911252e1, 6.871870074920579083e2, 5.3941960214247511077e3, 2.1213794301586595867e4,
  3.930789580009271061e4, 2.8729085735721942674e4, 5.226495278852854561e3,
];
const c = [
  1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504,
  1.27045825245236838258, 2.4178072517745061177e-1, 2.27238449892691845833e-2, 7.7454501427834140764e-4,
];
const d = [
  1.4142135623730950488016887, 2.9036514445419946173133295, 2.3707661626024532365971225,
  9.7547832001787427186894837e-1, 2.0945065210512749128288442e-1, 2.1494160384252876777097297e-2,
  7.7441459065157709165577218e-4, 1.4859850019840355905497876e-9,
];
const e = [
  6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 2.9656057182850489123e-1,
  2.6532189526576123093e-2, 1.2426609473880784386e-3, 2.71155556874348757815e-5, 2.01033439929228813265e-7,
];
const f = [
  1.414213562373095048801689, 8.482908416595164588112026e-1, 1.936480946950659106176712e-1,
  2.103693768272068968719679e-2, 1.112800997078859844711555e-3, 2.61108840508059362513802e-5,
  2.010321207683943062279931e-7, 2.891024605872965461538222e-15,
];

function horner7(k: number[], r: number): number {
  return ((((((k[7]! * r + k[6]!) * r + k[5]!) * r + k[4]!) * r + k[3]!) * r + k[2]!) * r + k[1]!) * r + k[0]!;
}

/** math.Erfinv. */
export function erfinv(x: number): number {
  if (x !== x || x <= -1 || x >= 1) {
    if (x === -1 || x === 1) return x > 0 ? Infinity : -Infinity;
    return goNaN;
  }
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  let ans: number;
  if (x <= 0.85) {
    const r = 0.180625 - 0.25 * x * x;
    ans = (x * horner7(a, r)) / horner7(b, r);
  } else {
    let r = Math.sqrt(Math.LN2 - log(1.0 - x));
    if (r <= 5.0) {
      r -= 1.6;
      ans = horner7(c, r) / horner7(d, r);
    } else {
      r -= 5.0;
      ans = horner7(e, r) / horner7(f, r);
    }
  }
  return sign ? -ans : ans;
}

/** math.Erfcinv. */
export function erfcinv(x: number): number {
  return erfinv(1 - x);
}
