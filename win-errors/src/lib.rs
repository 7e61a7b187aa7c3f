//! Windows error codes as Rust types, generated at compile time from TOML catalogs.
//!
//! [`win_errors!`] reads a catalog of error entries (symbolic name, code, message, related
//! codes, description), checks it, and generates an enum with lookups in both directions
//! backed by compact `&'static` tables: no allocation, no hashing, no parsing at run time.
//! Every generated type implements [`ErrorCatalog`], so code can be generic over catalogs.
//!
//! The complete Windows system error catalog ships as [`WinError`] (feature `system`, on by
//! default):
//!
#![cfg_attr(feature = "system", doc = "```")]
#![cfg_attr(not(feature = "system"), doc = "```ignore")]
//! use win_errors::WinError;
//!
//! let error = WinError::from_code(1312).unwrap();
//! assert_eq!(error, WinError::NoSuchLogonSession);
//! assert_eq!(error.name(), "ERROR_NO_SUCH_LOGON_SESSION");
//! assert_eq!(error.related()[1], WinError::InvalidParameter);
//! ```
//!
//! This crate is `win-errors-core` (the trait, the shipped types, HRESULT and NTSTATUS
//! values, the readings of a code), re-exported whole, and the [`win_errors!`] macro (feature
//! `macro`). It is `no_std` without the `std` feature and has no `unsafe`. See [`docs`] for
//! the catalog format, the generated API and the catalog rules, and ARCHITECTURE.md for how
//! the crates fit together.

#![no_std]
#![forbid(unsafe_code)]
// On docs.rs, each item says which feature it needs.
#![cfg_attr(docsrs, feature(doc_cfg))]

#[doc(inline)]
pub use win_errors_core::*;

/// The guide: the catalog format, the generated API, the catalog rules, the code spaces.
pub mod docs;

/// Items that generated code reaches by absolute path. Not a public API.
#[doc(hidden)]
pub mod __private {
    pub use win_errors_core::__private::*;
    #[cfg(feature = "macro")]
    pub use win_errors_macros::expand_catalog;
}

/// Generates an error enum from a TOML catalog at compile time.
///
/// ```ignore
/// win_errors::win_errors!("catalog.toml");
/// ```
///
/// The path is relative to the invoking crate's `Cargo.toml` directory
/// (`CARGO_MANIFEST_DIR`), or absolute. Cargo rebuilds the crate when the catalog changes.
/// Mistakes in the catalog are compile errors of the form
/// `catalog.toml:line:column: message`, all of them in one build.
///
/// Needs the `macro` feature (on by default); the shipped catalog types do not.
#[cfg(feature = "macro")]
#[macro_export]
macro_rules! win_errors {
    ($($input:tt)*) => {
        $crate::__private::expand_catalog! { $crate; $($input)* }
    };
}
