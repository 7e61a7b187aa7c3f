//! What the README leaves out, with examples that run as doc tests. This module holds no
//! items.
//!
//! - [`catalog_format`](crate::docs::catalog_format): the TOML format of a catalog, key by
//!   key.
//! - [`generated_api`](crate::docs::generated_api): what [`win_errors!`](crate::win_errors)
//!   generates for a catalog.
//! - [`diagnostics`](crate::docs::diagnostics): the rules a catalog must keep, and how a
//!   mistake is reported.
//! - [`code_spaces`](crate::docs::code_spaces): the code spaces a number can be in, and its
//!   readings.
//! - [`features`](crate::docs::features): the crate's features and what each costs to build.
//!
//! The data behind the shipped catalogs, and how each source is imported, is in the
//! repository's [DATA.md](https://github.com/win-errors/win-errors/blob/main/DATA.md); the
//! command-line tool's manual in its
//! [README](https://github.com/win-errors/win-errors/blob/main/win-errors-cli/README.md).

// The chapters' examples use the macro and the shipped catalogs: without those features
// (CI tests the crate with each catalog alone) each chapter is a line that says so, and its
// doc tests are not compiled.
macro_rules! chapters {
    ($($chapter:ident: $what:literal,)*) => {$(
        #[cfg_attr(
            all(feature = "macro", feature = "all-catalogs"),
            doc = include_str!(concat!("../docs/", stringify!($chapter), ".md"))
        )]
        #[cfg_attr(
            not(all(feature = "macro", feature = "all-catalogs")),
            doc = concat!($what, " (documented with the features `macro` and `all-catalogs`).")
        )]
        pub mod $chapter {}
    )*};
}

chapters! {
    catalog_format: "The catalog format",
    generated_api: "What `win_errors!` generates",
    diagnostics: "The catalog rules",
    code_spaces: "The code spaces",
    features: "The crate's features",
}
