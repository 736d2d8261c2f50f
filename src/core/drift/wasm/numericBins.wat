;; The binning loop of binnedColumn.ts in WebAssembly: the bin of each double among nine edges held in
;; locals (missing edges are +Infinity, which no finite value reaches), with no bounds check per value.
;; binnedColumn.ts copies the column in and the bins out.
;;
;; Regenerate numericBins.ts after editing: npx tsx scripts/wasm/embed.ts (needs wat2wasm, Debian's wabt).
(module
  (memory (export "memory") 1)

  ;; bin(values, n, edges, bins, binCount)
  ;; For each of the n doubles at `values`, a u16 at `bins`: the number of the nine edges at `edges` that
  ;; are <= the value; binCount for NaN (missing), binCount + 1 for ±Infinity (non-finite).
  (func (export "bin") (param $values i32) (param $n i32) (param $edges i32) (param $bins i32) (param $binCount i32)
    (local $at i32) (local $end i32) (local $out i32) (local $v f64)
    (local $e0 f64) (local $e1 f64) (local $e2 f64) (local $e3 f64) (local $e4 f64) (local $e5 f64) (local $e6 f64) (local $e7 f64) (local $e8 f64)
    (local.set $e0 (f64.load offset=0 (local.get $edges)))
    (local.set $e1 (f64.load offset=8 (local.get $edges)))
    (local.set $e2 (f64.load offset=16 (local.get $edges)))
    (local.set $e3 (f64.load offset=24 (local.get $edges)))
    (local.set $e4 (f64.load offset=32 (local.get $edges)))
    (local.set $e5 (f64.load offset=40 (local.get $edges)))
    (local.set $e6 (f64.load offset=48 (local.get $edges)))
    (local.set $e7 (f64.load offset=56 (local.get $edges)))
    (local.set $e8 (f64.load offset=64 (local.get $edges)))
    (local.set $at (local.get $values))
    (local.set $end (i32.add (local.get $values) (i32.shl (local.get $n) (i32.const 3))))
    (local.set $out (local.get $bins))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $at) (local.get $end)))
        (local.set $v (f64.load (local.get $at)))
        (i32.store16 (local.get $out)
          ;; v - v is 0 for a finite v, NaN for NaN and ±Infinity
          (if (result i32) (f64.eq (f64.sub (local.get $v) (local.get $v)) (f64.const 0))
            (then
              (i32.add
                (i32.add
                  (i32.add (f64.ge (local.get $v) (local.get $e0)) (f64.ge (local.get $v) (local.get $e1)))
                  (i32.add (f64.ge (local.get $v) (local.get $e2)) (f64.ge (local.get $v) (local.get $e3))))
                (i32.add
                  (i32.add (f64.ge (local.get $v) (local.get $e4)) (f64.ge (local.get $v) (local.get $e5)))
                  (i32.add
                    (i32.add (f64.ge (local.get $v) (local.get $e6)) (f64.ge (local.get $v) (local.get $e7)))
                    (f64.ge (local.get $v) (local.get $e8))))))
            ;; NaN: binCount + 0; ±Infinity equals itself: binCount + 1
            (else (i32.add (local.get $binCount) (f64.eq (local.get $v) (local.get $v))))))
        (local.set $at (i32.add (local.get $at) (i32.const 8)))
        (local.set $out (i32.add (local.get $out) (i32.const 2)))
        (br $next))))
)
