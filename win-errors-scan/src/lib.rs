//! Find and explain the Windows error codes in logs.
//!
//! The crate is split the way ripgrep splits a search: the [`searcher`] reads lines from any
//! reader in bounded memory (long lines in pieces, bytes as they are), and the [`matcher`]
//! finds the codes in one line: a decimal after a word that introduces an error, hex with or
//! without `0x`, and the symbolic names of the shipped catalogs, each decoded to its likeliest
//! reading that a catalog has (`win_errors_core::Readings`). `win-errors scan` is a thin layer over
//! both.
//!
//! ```
//! use win_errors_scan::Matcher;
//!
//! let matcher = Matcher::new();
//! let line = b"Process exited with code -1073741515 (os error 5)";
//! let names: Vec<&str> = matcher.findings(line).map(|f| f.entry.name()).collect();
//! assert_eq!(names, ["STATUS_DLL_NOT_FOUND", "ERROR_ACCESS_DENIED"]);
//! ```
//!
//! And over a whole log, line by line:
//!
//! ```
//! use win_errors_scan::{Matcher, for_each_line};
//!
//! let log = "ok\nhr = 0x80004005\nstatus c0000135\n";
//! let matcher = Matcher::new();
//! let mut found = Vec::new();
//! for_each_line(log.as_bytes(), |line| {
//!     for finding in matcher.findings(line.bytes) {
//!         found.push((line.number, finding.entry.name()));
//!     }
//!     Ok(())
//! })?;
//! assert_eq!(found, [(2, "E_FAIL"), (3, "STATUS_DLL_NOT_FOUND")]);
//! # Ok::<(), std::io::Error>(())
//! ```

#![forbid(unsafe_code)]

pub mod arguments;
pub mod extend;
pub mod matcher;
pub mod pairs;
pub mod searcher;

pub use arguments::bug_check_arguments;
pub use extend::setup_extend;
pub use matcher::{Cue, Finding, Matcher};
pub use pairs::{Pair, pairs};
pub use searcher::{Line, MAX_LINE, for_each_line};
