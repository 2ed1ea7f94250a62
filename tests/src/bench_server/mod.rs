//! Parts of the `server` bench suite: the load driver, the processes under test, each system's protocol and
//! real sealed records for the bytes-on-the-wire figures.

pub mod edits;
pub mod load;
pub mod procs;
pub mod systems;
