//! The Message Compiler file reader and the rule book behind it on arbitrary bytes: whatever
//! the input, it gives a catalog or diagnostics that point inside the text and render,
//! without panicking.

#![no_main]

use libfuzzer_sys::fuzz_target;
use win_errors_catalog::{SourceMap, check_mc_with};

fuzz_target!(|bytes: &[u8]| {
    let source = String::from_utf8_lossy(bytes);
    match check_mc_with(&source, "Messages", &Default::default()) {
        Ok(catalog) => {
            assert!(!catalog.entries.is_empty());
            assert!(catalog.entries.windows(2).all(|w| w[0].code < w[1].code));
        }
        Err(rejected) => {
            assert!(!rejected.diagnostics.is_empty());
            let map = SourceMap::new(&source);
            for problem in &rejected.diagnostics {
                if let Some(span) = &problem.span {
                    assert!(span.start <= span.end && span.end <= source.len(), "{problem:?}");
                    assert!(source.is_char_boundary(span.start), "{problem:?}");
                    assert!(source.is_char_boundary(span.end), "{problem:?}");
                }
                let _ = map.render("fuzz.mc", problem);
            }
        }
    }
});
