//! One generator per output piece besides the API of [`crate::api`]: the enum and its
//! documentation, the tables, the trait impls and the fallback type.

pub(crate) mod docs;
pub(crate) mod enum_;
pub(crate) mod fallback;
pub(crate) mod impls;
pub(crate) mod tables;
