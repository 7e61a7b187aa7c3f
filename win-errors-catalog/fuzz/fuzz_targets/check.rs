//! The catalog loader and rule book on arbitrary bytes: whatever the input, `check` returns a
//! catalog or diagnostics that point inside the text and render, without panicking.

#![no_main]

use libfuzzer_sys::fuzz_target;
use win_errors_catalog::{SourceMap, check};

fuzz_target!(|bytes: &[u8]| {
    // The macro rejects invalid UTF-8 before the rule book sees it; fuzz what it passes on,
    // and the lossy text of the rest, so that every input exercises the parser.
    let source = String::from_utf8_lossy(bytes);
    match check(&source) {
        Ok(catalog) => {
            assert!(!catalog.entries.is_empty());
            assert!(catalog.entries.windows(2).all(|w| w[0].code < w[1].code));
        }
        Err(problems) => {
            assert!(!problems.is_empty());
            let map = SourceMap::new(&source);
            for problem in &problems {
                if let Some(span) = &problem.span {
                    assert!(span.start <= source.len(), "{problem:?}");
                }
                let _ = map.render("fuzz.toml", problem);
            }
        }
    }
});
