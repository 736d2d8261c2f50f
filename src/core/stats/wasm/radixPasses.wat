;; The three loops of the radix sort (radixSort.ts), in WebAssembly: each key is one u64 here, where
;; JavaScript has to move two u32 words, and the loops carry no bounds checks. radixSort.ts keeps the
;; decisions (which passes run, insertion for the low word) and copies the column in and the result out.
;;
;; Regenerate radixPasses.ts after editing: npx tsx scripts/wasm/embed.ts (needs wat2wasm, Debian's wabt).
;; Memory: the caller lays out the histograms, the values and two key arrays, and grows the memory.
(module
  (memory (export "memory") 1)

  ;; How many of the values given to the last `keys` were NaN (missing).
  (global $missing (export "missing") (mut i32) (i32.const 0))

  ;; keys(values, n, keys, histograms) -> m, and `missing` set
  ;; The order-preserving key of each finite value of the n doubles at `values` (NaN and ±Infinity left
  ;; out, -0 as +0): its bits with the sign bit set for positives, all bits flipped for negatives, so that
  ;; unsigned order is numeric order. Writes the m keys to `keys` and counts their four 16-bit digits into
  ;; the four histograms of 65536 u32 at `histograms` (digit d at histograms + d * 262144).
  (func (export "keys") (param $values i32) (param $n i32) (param $keys i32) (param $histograms i32) (result i32)
    (local $at i32) (local $end i32) (local $out i32) (local $v f64) (local $bits i64) (local $key i64) (local $slot i32)
    (global.set $missing (i32.const 0))
    (local.set $at (local.get $values))
    (local.set $end (i32.add (local.get $values) (i32.shl (local.get $n) (i32.const 3))))
    (local.set $out (local.get $keys))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $at) (local.get $end)))
        (local.set $v (f64.load (local.get $at)))
        (local.set $at (i32.add (local.get $at) (i32.const 8)))
        ;; v - v is 0 for a finite v, NaN for NaN and ±Infinity; NaN (a missing value) is counted
        (if (f64.ne (f64.sub (local.get $v) (local.get $v)) (f64.const 0))
          (then
            (if (f64.ne (local.get $v) (local.get $v))
              (then (global.set $missing (i32.add (global.get $missing) (i32.const 1)))))
            (br $next)))
        ;; v + 0 turns -0 into +0
        (local.set $bits (i64.reinterpret_f64 (f64.add (local.get $v) (f64.const 0))))
        (local.set $key
          (if (result i64) (i64.lt_s (local.get $bits) (i64.const 0))
            (then (i64.xor (local.get $bits) (i64.const -1)))
            (else (i64.or (local.get $bits) (i64.const 0x8000000000000000)))))
        (i64.store (local.get $out) (local.get $key))
        (local.set $out (i32.add (local.get $out) (i32.const 8)))
        ;; One more key in the histogram of each of its four digits, written out: as a function called four
        ;; times, V8 does not inline it and the pass takes 30% longer.
        (local.set $slot (i32.add (local.get $histograms) (i32.add (i32.const 0) (i32.shl (i32.wrap_i64 (i64.and (i64.shr_u (local.get $key) (i64.const 0)) (i64.const 0xffff))) (i32.const 2)))))
        (i32.store (local.get $slot) (i32.add (i32.load (local.get $slot)) (i32.const 1)))
        (local.set $slot (i32.add (local.get $histograms) (i32.add (i32.const 262144) (i32.shl (i32.wrap_i64 (i64.and (i64.shr_u (local.get $key) (i64.const 16)) (i64.const 0xffff))) (i32.const 2)))))
        (i32.store (local.get $slot) (i32.add (i32.load (local.get $slot)) (i32.const 1)))
        (local.set $slot (i32.add (local.get $histograms) (i32.add (i32.const 524288) (i32.shl (i32.wrap_i64 (i64.and (i64.shr_u (local.get $key) (i64.const 32)) (i64.const 0xffff))) (i32.const 2)))))
        (i32.store (local.get $slot) (i32.add (i32.load (local.get $slot)) (i32.const 1)))
        (local.set $slot (i32.add (local.get $histograms) (i32.add (i32.const 786432) (i32.shl (i32.wrap_i64 (i64.and (i64.shr_u (local.get $key) (i64.const 48)) (i64.const 0xffff))) (i32.const 2)))))
        (i32.store (local.get $slot) (i32.add (i32.load (local.get $slot)) (i32.const 1)))
        (br $next)))
    (i32.shr_u (i32.sub (local.get $out) (local.get $keys)) (i32.const 3)))

  ;; scatter(from, to, m, offsets, shift)
  ;; One stable pass: each of the m keys at `from` goes to `to` at the next free place of its 16-bit digit
  ;; at `shift`; `offsets` (65536 u32) holds each digit's first free place and is advanced as keys land.
  (func (export "scatter") (param $from i32) (param $to i32) (param $m i32) (param $offsets i32) (param $shift i64)
    (local $at i32) (local $end i32) (local $key i64) (local $slot i32) (local $place i32)
    (local.set $at (local.get $from))
    (local.set $end (i32.add (local.get $from) (i32.shl (local.get $m) (i32.const 3))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $at) (local.get $end)))
        (local.set $key (i64.load (local.get $at)))
        (local.set $slot
          (i32.add (local.get $offsets)
            (i32.shl (i32.wrap_i64 (i64.and (i64.shr_u (local.get $key) (local.get $shift)) (i64.const 0xffff))) (i32.const 2))))
        (local.set $place (i32.load (local.get $slot)))
        (i32.store (local.get $slot) (i32.add (local.get $place) (i32.const 1)))
        (i64.store (i32.add (local.get $to) (i32.shl (local.get $place) (i32.const 3))) (local.get $key))
        (local.set $at (i32.add (local.get $at) (i32.const 8)))
        (br $next))))

  ;; decode(keys, m, out): the m doubles back from their keys, written to `out`.
  (func (export "decode") (param $keys i32) (param $m i32) (param $out i32)
    (local $at i32) (local $end i32) (local $key i64)
    (local.set $at (local.get $keys))
    (local.set $end (i32.add (local.get $keys) (i32.shl (local.get $m) (i32.const 3))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $at) (local.get $end)))
        (local.set $key (i64.load (local.get $at)))
        (i64.store (local.get $out)
          (if (result i64) (i64.lt_s (local.get $key) (i64.const 0))
            (then (i64.and (local.get $key) (i64.const 0x7fffffffffffffff)))
            (else (i64.xor (local.get $key) (i64.const -1)))))
        (local.set $out (i32.add (local.get $out) (i32.const 8)))
        (local.set $at (i32.add (local.get $at) (i32.const 8)))
        (br $next))))
)
