//! Arbitrary bytes through the searcher and the matcher: no panic, findings inside their
//! line, every line number counted once, memory bounded by the piece size.

use proptest::prelude::*;
use win_errors_scan::{MAX_LINE, Matcher, for_each_line};

fn logs() -> impl Strategy<Value = Vec<u8>> {
    // Log-like text with the shapes the matcher looks for, and any bytes between them.
    let piece = prop_oneof![
        3 => proptest::collection::vec(any::<u8>(), 0..40),
        2 => Just(b"error 5 ".to_vec()),
        2 => Just(b"0xC0000005".to_vec()),
        1 => Just(b"c0000135".to_vec()),
        1 => Just(b"NT_STATUS_LOGON_FAILURE".to_vec()),
        1 => Just(b"\r\n".to_vec()),
        1 => Just(b"\n".to_vec()),
        1 => Just(b"exit code -1073741515 ".to_vec()),
    ];
    proptest::collection::vec(piece, 0..60).prop_map(|pieces| pieces.concat())
}

proptest! {
    #[test]
    fn any_bytes_scan_without_panicking(log in logs()) {
        let matcher = Matcher::new();
        let newlines = log.iter().filter(|&&b| b == b'\n').count() as u64;
        let mut last = 0u64;
        // Plain asserts in the callback: proptest reports their panics as failures.
        for_each_line(log.as_slice(), |line| {
            assert!(line.number == last || line.number == last + 1);
            last = line.number;
            assert!(line.bytes.len() <= MAX_LINE);
            for finding in matcher.findings(line.bytes) {
                assert!(finding.end() <= line.bytes.len());
                assert_eq!(
                    line.bytes.get(finding.start..finding.end()),
                    Some(finding.text.as_bytes())
                );
                assert_eq!(finding.entry.code(), finding.reading.code);
            }
            Ok(())
        })
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
        // One number per line: the last line has a newline before it for each line end.
        prop_assert!(last <= newlines + 1);
    }

    #[test]
    fn any_line_of_any_bytes_is_matched_without_panicking(
        line in proptest::collection::vec(any::<u8>(), 0..2000)
    ) {
        let matcher = Matcher::new();
        for finding in matcher.findings(&line) {
            prop_assert!(finding.end() <= line.len());
        }
    }
}
