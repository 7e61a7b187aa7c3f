//! The arguments written after a bug check's code: the event log's `0x0000009f
//! (0x0000000000000003, 0xffffe000f2a2a060, ...)`, `STOP: 0x0000009C (0x00000030, ...)`,
//! WinDbg's `BugCheck 9F, {3, ffffe000f2a2a060, ...}`. Hex with or without `0x`, as both
//! write them; at most four.

/// The arguments that follow the code ending at `end` in `line`: a list in brackets or
/// braces (after a comma for braces), read up to its end, a `...` or a token that is no hex
/// number. Empty when none follows.
pub fn bug_check_arguments(line: &[u8], end: usize) -> Vec<u64> {
    let mut at = skip(line, end, b" \t,");
    if !matches!(line.get(at), Some(b'(' | b'{')) {
        return Vec::new();
    }
    at += 1;
    let mut arguments = Vec::new();
    while arguments.len() < 4 {
        at = skip(line, at, b" \t");
        let start = at;
        while line
            .get(at)
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'`')
        {
            at += 1;
        }
        let Some(value) = hex(line.get(start..at).unwrap_or_default()) else {
            break;
        };
        arguments.push(value);
        at = skip(line, at, b" \t");
        // A comma goes on to the next; the closing bracket, or anything else, ends the list.
        if line.get(at) != Some(&b',') {
            break;
        }
        at += 1;
    }
    arguments
}

/// `0x3`, `3`, `ffffe000f2a2a060` or WinDbg's `ffffe000`f2a2a060` as a number.
fn hex(token: &[u8]) -> Option<u64> {
    let text = core::str::from_utf8(token).ok()?;
    let digits = match text.get(..2) {
        Some("0x" | "0X") => text.get(2..)?,
        _ => text,
    };
    let digits: String = digits.chars().filter(|&c| c != '`').collect();
    // A word of hex letters (`add`, `face`) is prose, not an argument; nothing is no number.
    if digits.len() > 16 || !digits.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    u64::from_str_radix(&digits, 16).ok()
}

/// Where the run of `bytes` at `at` ends.
pub(crate) fn skip(line: &[u8], mut at: usize, bytes: &[u8]) -> usize {
    while line.get(at).is_some_and(|b| bytes.contains(b)) {
        at += 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(line: &str, code: &str) -> Vec<u64> {
        let end = line.find(code).unwrap() + code.len();
        bug_check_arguments(line.as_bytes(), end)
    }

    #[test]
    fn the_arguments_in_their_spellings() {
        assert_eq!(
            after(
                "The bugcheck was: 0x0000009f (0x0000000000000003, 0xffffe000f2a2a060, 0xffffd0017d0a8a80, 0xffffe000f6d7ea50). A dump was saved",
                "0x0000009f"
            ),
            [
                3,
                0xffffe000f2a2a060,
                0xffffd0017d0a8a80,
                0xffffe000f6d7ea50
            ]
        );
        assert_eq!(
            after(
                "BugCheck 9F, {3, ffffe000`f2a2a060, fffff802`3c5a7a80}",
                "9F"
            ),
            [3, 0xffffe000f2a2a060, 0xfffff8023c5a7a80]
        );
        assert_eq!(
            after(
                "STOP: 0x0000009C (0x00000030, 0x00000002, ...)",
                "0x0000009C"
            ),
            [0x30, 2]
        );
        assert!(after("The bugcheck was: 0x0000009f.", "0x0000009f").is_empty());
        assert!(after("bugcheck 0x9f (see above)", "0x9f").is_empty());
        assert!(after("bugcheck 0x9f (add a driver)", "0x9f").is_empty());
        assert_eq!(after("bugcheck 0x9f (1, 2, 3, 4, 5)", "0x9f"), [1, 2, 3, 4]);
    }
}
