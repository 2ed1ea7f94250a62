//! Parts of the `server` bench suite: the load driver, the processes under test and each system's protocol.

pub mod load;
pub mod procs;
pub mod systems;
