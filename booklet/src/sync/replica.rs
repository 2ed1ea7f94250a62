//! See the parent module and SYNC.md. (Being written: merge rules.)
