//! Windows Setup's `result - extend` pairs (`0xC1900101 - 0x20017`): the extend code after a
//! result code is no code of its own, but the setup phase and operation of the failure.

use win_errors_core::SetupExtend;

use crate::arguments::skip;

/// The first `result - extend` pair of `line`: where its result code (`0x` and eight hex
/// digits) starts, and its extend code (`0x` and one to five hex digits, after a dash with
/// spaces or not around it).
pub fn setup_extend(line: &[u8]) -> Option<(usize, SetupExtend)> {
    (0..line.len()).find_map(|start| {
        let word_start = start == 0 || !line[start - 1].is_ascii_alphanumeric();
        if !word_start {
            return None;
        }
        let after_result = hex_after_0x(line, start, 8..=8)?.1;
        let mut at = skip(line, after_result, b" \t");
        if line.get(at) != Some(&b'-') {
            return None;
        }
        at = skip(line, at + 1, b" \t");
        let (extend, _) = hex_after_0x(line, at, 1..=5)?;
        Some((start, SetupExtend::of(extend)))
    })
}

/// The value of `0x` and as many hex digits as `digits` allows at `at`, standing alone (no
/// letter or digit after them), and where it ends.
fn hex_after_0x(
    line: &[u8],
    at: usize,
    digits: core::ops::RangeInclusive<usize>,
) -> Option<(u32, usize)> {
    let prefix = line.get(at..at + 2)?;
    if !prefix.eq_ignore_ascii_case(b"0x") {
        return None;
    }
    let start = at + 2;
    let count = line[start..]
        .iter()
        .take_while(|b| b.is_ascii_hexdigit())
        .count();
    let end = start + count;
    let alone = line.get(end).is_none_or(|b| !b.is_ascii_alphanumeric());
    if !digits.contains(&count) || !alone {
        return None;
    }
    let text = core::str::from_utf8(&line[start..end]).ok()?;
    Some((u32::from_str_radix(text, 16).ok()?, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pair_in_its_spellings() {
        for (line, start, extend) in [
            ("0xC1900101 - 0x20017", 0, 0x20017),
            ("failed with 0xC1900101-0x4000D.", 12, 0x4000D),
            ("Error: 0x80070003- 0x20007", 7, 0x20007),
            ("0xc1900101 -\t0x2000c", 0, 0x2000C),
        ] {
            assert_eq!(
                setup_extend(line.as_bytes()),
                Some((start, SetupExtend::of(extend))),
                "{line}"
            );
        }
        for line in [
            "0xC1900101",
            "0xC1900101 - 0x200170",
            "0xC190010 - 0x20017",
            "x0xC1900101 - 0x20017",
            "0xC1900101 - 20017",
            "0xC1900101 to 0x20017",
        ] {
            assert_eq!(setup_extend(line.as_bytes()), None, "{line}");
        }
    }
}
