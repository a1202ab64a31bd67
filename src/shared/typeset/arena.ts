// Typed arrays for prepared paragraphs, carved out of shared slabs.
//
// A page has some hundred paragraphs of a dozen typed arrays each. Allocating each array
// (or even one ArrayBuffer per paragraph) costs a few microseconds of fixed overhead:
// off-heap memory, zeroed, tracked by the GC. Slabs of fresh (zero) memory are handed
// out in slices instead and never reused, so every array starts zeroed as before.

const SLAB_BYTES = 256 * 1024;
/** Larger paragraphs get a buffer of their own rather than wasting most of a slab. */
const OWN_BUFFER_BYTES = SLAB_BYTES / 4;

let slab = new ArrayBuffer(0);
let slabUsed = 0;

export class Arena {
  private readonly buffer: ArrayBuffer;
  private at: number;

  /** Room for `bytes`; ask for Float64 arrays first so each view stays 8-byte aligned. */
  constructor(bytes: number) {
    const size = Math.ceil(bytes / 8) * 8;
    if (size > OWN_BUFFER_BYTES) {
      this.buffer = new ArrayBuffer(size);
      this.at = 0;
      return;
    }
    if (slabUsed + size > slab.byteLength) {
      slab = new ArrayBuffer(SLAB_BYTES);
      slabUsed = 0;
    }
    this.buffer = slab;
    this.at = slabUsed;
    slabUsed += size;
  }
  f64(length: number): Float64Array {
    const a = new Float64Array(this.buffer, this.at, length);
    this.at += 8 * length;
    return a;
  }
  i32(length: number): Int32Array {
    const a = new Int32Array(this.buffer, this.at, length);
    this.at += 4 * length;
    return a;
  }
  u8(length: number): Uint8Array {
    const a = new Uint8Array(this.buffer, this.at, length);
    this.at += length;
    return a;
  }
}
