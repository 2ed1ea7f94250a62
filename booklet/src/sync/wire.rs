//! See the parent module and SYNC.md. (Being written: keys, sealing, wire.)
