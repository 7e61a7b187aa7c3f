//! Arbitrary bytes through the searcher and the matcher: no panic, findings inside their
//! line, every line number counted once, memory bounded by the piece size.

use proptest::prelude::*;
use win_errors_scan::{MAX_LINE, Matcher, for_each_line, pairs};

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
        1 => Just(b"MSI (s) (98:48) [11:22:21:656]: Note: 1: 1402 2: HKLM 3: ".to_vec()),
        1 => Just("故障代码126 Ошибка ".as_bytes().to_vec()),
        1 => Just(b"as an installed service. (1060)".to_vec()),
        1 => Just(b"Status: 5 (0x00000005)".to_vec()),
        1 => Just(b"Os { code: 63, message: \"x\" }".to_vec()),
        1 => Just(b"FAILED 1053:".to_vec()),
        1 => Just(b"E_ACCESSDENIED (0x80070005)".to_vec()),
        1 => Just(b"80090308: LdapErr: data 52e".to_vec()),
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
                // Its own reading comes first among every reading of its code.
                assert_eq!(finding.readings().first(), Some(&finding.reading));
            }
            let findings: Vec<_> = matcher.findings(line.bytes).collect();
            for pair in pairs(line.bytes, &findings) {
                assert!(findings.contains(&pair.name) && findings.contains(&pair.code));
                assert!(pair.name.end() <= pair.code.start || pair.code.end() <= pair.name.start);
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
