// The exact sum of doubles, rounded once: the slow path of FTX.TOTAL, for the sums a compensated
// sum cannot certify (an intermediate overflow such as 1e308 + 1e308 - 1e308, heavy cancellation).
//
// Every finite double is m × 2^(e − 1075) with an integer m < 2^53 and a biased exponent e. The
// mantissas are added per exponent, split in a high part (< 2^21) and a low part (< 2^32), into
// double accumulators that stay exact integers (below 2^53) for 2^20 additions; then they are
// carried into BigInts. The BigInt total is converted with one correct rounding.

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0; // the word with the exponent
const FLUSH_EVERY = 1 << 20;

/** Adds doubles exactly; `total()` is their sum correctly rounded (±Infinity beyond the range). */
export class ExactSum {
  private readonly high = new Float64Array(2048);
  private readonly low = new Float64Array(2048);
  private readonly carried: bigint[] = [];
  private pending = 0;

  /** false when x is not finite (NaN or ±Infinity have no exact sum). */
  add(x: number): boolean {
    if (!Number.isFinite(x)) return false;
    if (x === 0) return true;
    F64[0] = x;
    const hi = U32[HIGH];
    const biased = (hi >>> 20) & 0x7ff;
    const top = (hi & 0xfffff) + (biased === 0 ? 0 : 0x100000); // the implicit bit of a normal
    const bucket = biased === 0 ? 1 : biased; // subnormals share the smallest normal's scale
    if (hi >>> 31) {
      this.high[bucket] -= top;
      this.low[bucket] -= U32[1 - HIGH];
    } else {
      this.high[bucket] += top;
      this.low[bucket] += U32[1 - HIGH];
    }
    if (++this.pending === FLUSH_EVERY) this.flush();
    return true;
  }

  private flush(): void {
    this.pending = 0;
    for (let b = 0; b < 2048; b++) {
      if (this.high[b] === 0 && this.low[b] === 0) continue;
      const units = BigInt(this.high[b]) * 4294967296n + BigInt(this.low[b]);
      this.carried[b] = (this.carried[b] ?? 0n) + units;
      this.high[b] = 0;
      this.low[b] = 0;
    }
  }

  /** The exact sum rounded to the nearest double, ties to even. */
  total(): number {
    this.flush();
    // In units of 2^-1074, the smallest subnormal: bucket b holds mantissas of 2^(b − 1075).
    let units = 0n;
    this.carried.forEach((sum, b) => {
      if (sum !== undefined && sum !== 0n) units += sum << BigInt(b - 1);
    });
    return roundUnits(units);
  }
}

/** units × 2^-1074 rounded once to a double. */
function roundUnits(units: bigint): number {
  if (units === 0n) return 0;
  const negative = units < 0n;
  const abs = negative ? -units : units;
  const bits = abs.toString(2).length;
  let value: number;
  if (bits <= 64) {
    // Up to 53 bits the value is exact (a subnormal or small normal); above, Number() rounds
    // once and the result is a normal, so the scaling is exact.
    value = Number(abs) * 2 ** -1074;
  } else {
    // Keep 64 bits and fold every bit below into the lowest (sticky) bit: Number() then rounds
    // the 64 bits as it would the whole number.
    const shift = bits - 64;
    let kept = abs >> BigInt(shift);
    if (kept << BigInt(shift) !== abs) kept |= 1n;
    value = Number(kept) * 2 ** (shift - 1074);
  }
  return negative ? -value : value;
}
