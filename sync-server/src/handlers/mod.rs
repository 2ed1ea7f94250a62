//! API handlers, one module per resource. They reach storage only through [`crate::Store`].

pub(crate) mod health;
