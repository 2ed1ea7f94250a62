//! Parts of the `server` bench suite: the load driver, the processes under test, each system's protocol,
//! real sealed records for the bytes-on-the-wire figures and link-share opens (ours only).

pub mod edits;
pub mod load;
pub mod procs;
pub mod shares;
pub mod systems;
