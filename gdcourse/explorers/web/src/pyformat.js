/**
 * pyformat.js: numbers written exactly as Python writes them, so the browser's sentences are the
 * kernel's word for word.
 *
 * Python is the oracle: `format(x, spec)` equals Python's format(x, spec) for the specs the course
 * uses ("", "g", ".Ng", ".Ne", ".Nf"), `repr(x)` equals repr(x), and `roundTo(x, n)` equals round(x, n).
 * JavaScript's toPrecision and toFixed round halves up; Python rounds the exact binary value half
 * to even, so the digits are worked out here from the double's exact value with BigInt.
 */

const bits = new DataView(new ArrayBuffer(8));

/** |x| as an exact fraction [numerator, denominator] of BigInts (a double is m * 2 ** e). */
function exact(x) {
  bits.setFloat64(0, Math.abs(x));
  const high = bits.getUint32(0);
  const low = bits.getUint32(4);
  const biased = (high >>> 20) & 0x7ff;
  let m = (BigInt(high & 0xfffff) << 32n) | BigInt(low);
  if (biased) m |= 1n << 52n;
  const e = (biased || 1) - 1075;
  return e >= 0 ? [m << BigInt(e), 1n] : [m, 1n << BigInt(-e)];
}

/** round(|x| * 10 ** k), halves to even, as a BigInt. */
function scaled(x, k) {
  let [num, den] = exact(x);
  if (k >= 0) num *= 10n ** BigInt(k);
  else den *= 10n ** BigInt(-k);
  const q = num / den;
  const twice = 2n * (num % den);
  return twice > den || (twice === den && q % 2n === 1n) ? q + 1n : q;
}

/** The decimal exponent X of |x| > 0: 10 ** X <= |x| < 10 ** (X + 1), exactly. */
function exponentOf(x) {
  const [num, den] = exact(x);
  const atLeast = (k) => (k >= 0 ? num >= den * 10n ** BigInt(k) : num * 10n ** BigInt(-k) >= den);
  let k = Math.floor(Math.log10(Math.abs(x)));
  while (!atLeast(k)) k -= 1;
  while (atLeast(k + 1)) k += 1;
  return k;
}

/** |x| to `count` significant digits: [digit string, decimal exponent of the rounded value]. */
function significant(x, count) {
  if (x === 0) return ["0".repeat(count), 0];
  let point = exponentOf(x);
  let digits = scaled(x, count - 1 - point).toString();
  if (digits.length > count) {
    digits = digits.slice(0, count); // rounded up to the next power of ten: 10...0
    point += 1;
  }
  return [digits, point];
}

/** "e+05", "e-324": the sign always, at least two digits. */
function exponentText(point) {
  const size = String(Math.abs(point)).padStart(2, "0");
  return `e${point < 0 ? "-" : "+"}${size}`;
}

/** "1.2500" -> "1.25", "3.000" -> "3": what "g" drops. */
function withoutTrailingZeros(text) {
  return text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text;
}

/** |x| with `decimals` digits after the point ("f"). */
function fixed(x, decimals) {
  const digits = scaled(x, decimals).toString().padStart(decimals + 1, "0");
  const whole = digits.slice(0, digits.length - decimals);
  return decimals ? `${whole}.${digits.slice(digits.length - decimals)}` : whole;
}

/** |x| as [mantissa with `count` significant digits, exponent] ("e"). */
function scientific(x, count) {
  const [digits, point] = significant(x, count);
  const mantissa = count > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return [mantissa, point];
}

/** |x| by Python's "g" rules at `precision` significant digits. */
function general(x, precision) {
  const count = precision === 0 ? 1 : precision;
  const [digits, point] = significant(x, count);
  if (point >= -4 && point < count) {
    if (point < 0) return withoutTrailingZeros(`0.${"0".repeat(-point - 1)}${digits}`);
    const whole = digits.slice(0, point + 1);
    return withoutTrailingZeros(`${whole}.${digits.slice(point + 1)}`);
  }
  const mantissa = withoutTrailingZeros(count > 1 ? `${digits[0]}.${digits.slice(1)}` : digits);
  return mantissa + exponentText(point);
}

/**
 * Python's repr of a float: the shortest digits that read back as x, laid out as Python lays them
 * (scientific below 1e-4 and from 1e16 on, else fixed with at least one decimal).
 * @param {number} x any double, nan, inf and -0.0 included
 * @returns {string} the same text as Python's repr(x), e.g. "0.1", "1.0", "1e-05", "-0.0", "nan"
 */
export function repr(x) {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  const [mantissa, power] = Math.abs(x).toExponential().split("e"); // the shortest round-trip digits
  const digits = mantissa.replace(".", "");
  const point = Number(power);
  if (point < -4 || point >= 16) {
    const body = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return sign + body + exponentText(point);
  }
  if (point < 0) return `${sign}0.${"0".repeat(-point - 1)}${digits}`;
  const padded = digits.padEnd(point + 1, "0");
  const fraction = padded.slice(point + 1);
  return `${sign}${padded.slice(0, point + 1)}.${fraction || "0"}`;
}

/**
 * Python's format(x, spec) for a float, rounding the exact binary value half to even.
 * @param {number} x any double, nan, inf and -0.0 included
 * @param {string} spec "" (as repr), "g", ".Ng", ".Ne" or ".Nf", each optionally after a "+"
 * @returns {string} the same text as Python's format(x, spec)
 * @throws {Error} for any other spec (".3" without a type, for one, is not ".3g" in Python)
 */
export function format(x, spec) {
  const match = /^(\+)?(?:(?:\.(\d+))?([gef]))?$/.exec(spec);
  if (!match) throw new Error(`pyformat: the spec ${JSON.stringify(spec)} is not one this module writes`);
  const [, plus, digits, kind] = match;
  if (Number.isNaN(x)) return `${plus ? "+" : ""}nan`;
  const sign = x < 0 || Object.is(x, -0) ? "-" : plus ? "+" : "";
  if (!Number.isFinite(x)) return `${sign}inf`;
  if (!kind) return sign + repr(Math.abs(x));
  const precision = digits === undefined ? 6 : Number(digits);
  if (kind === "f") return sign + fixed(x, precision);
  if (kind === "e") {
    const [mantissa, point] = scientific(x, precision + 1);
    return sign + mantissa + exponentText(point);
  }
  return sign + general(x, precision);
}

/**
 * Python's round(x, n) for a float: x's exact value rounded half to even at n decimals, read back
 * as the nearest double; that is float(format(x, f".{n}f")).
 * @param {number} x any double; nan and inf come back as they are
 * @param {number} n a whole number of decimals, n >= 0
 * @returns {number} the same double as Python's round(x, n), -0.0 included
 */
export function roundTo(x, n) {
  if (!Number.isFinite(x)) return x;
  return Number(format(x, `.${n}f`));
}
