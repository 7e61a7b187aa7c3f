//! The variant name of a symbolic name, the one rule both the catalog (to name the generated
//! variants) and the runtime (to print them in `Debug` without a table of names) follow:
//! drop a leading `ERROR_` when a letter follows it, then join the `_`-separated words in
//! UpperCamelCase (a word with a lowercase letter keeps its case but for its first letter).
//! `ERROR_NO_SUCH_LOGON_SESSION` gives `NoSuchLogonSession`, `WAIT_TIMEOUT` gives
//! `WaitTimeout`, `ERROR_ITERATED_DATA_EXCEEDS_64k` gives `IteratedDataExceeds64k`,
//! `NERR_NetNotStarted` gives `NerrNetNotStarted`.

use core::fmt;

/// The bytes of the variant name of `symbolic` (an ASCII symbolic name), in order.
pub fn variant_name_bytes(symbolic: &str) -> impl Iterator<Item = u8> + '_ {
    let stem = match symbolic.strip_prefix("ERROR_") {
        Some(rest) if rest.starts_with(|c: char| c.is_ascii_alphabetic()) => rest,
        _ => symbolic,
    };
    let mut word_start = true;
    let mut keep_case = false;
    stem.bytes().enumerate().filter_map(move |(at, byte)| {
        if byte == b'_' {
            word_start = true;
            return None;
        }
        if word_start {
            // A word with a lowercase letter (`NetNotStarted`, `64k`) is already cased.
            keep_case = stem
                .as_bytes()
                .get(at..)
                .unwrap_or_default()
                .iter()
                .take_while(|&&b| b != b'_')
                .any(u8::is_ascii_lowercase);
        }
        let cased = if word_start {
            byte.to_ascii_uppercase()
        } else if keep_case {
            byte
        } else {
            byte.to_ascii_lowercase()
        };
        word_start = false;
        Some(cased)
    })
}

/// The variant name of `symbolic`.
#[cfg(feature = "build")]
pub fn variant_name(symbolic: &str) -> alloc::string::String {
    variant_name_bytes(symbolic).map(char::from).collect()
}

/// Writes the variant name of `symbolic` without allocating.
pub fn write_variant_name(f: &mut fmt::Formatter<'_>, symbolic: &str) -> fmt::Result {
    // Symbolic names are ASCII and at most 255 bytes (catalog rules): one buffer, one write.
    let mut buffer = [0u8; crate::entries::MAX_NAME_LENGTH];
    let mut length = 0;
    for (slot, byte) in buffer.iter_mut().zip(variant_name_bytes(symbolic)) {
        *slot = byte;
        length += 1;
    }
    let (written, _) = buffer.split_at(length);
    f.write_str(core::str::from_utf8(written).map_err(|_| fmt::Error)?)
}

/// The variant of an entry known by its code alone, in pieces, from its name (the code as
/// written: `1101`, `-1018`, `0x80070005`): `Code1101`, `CodeMinus1018` (an identifier
/// cannot hold `-`), `Code80070005`.
pub fn code_variant_name_parts(code_name: &str) -> [&str; 3] {
    match code_name.strip_prefix('-') {
        Some(magnitude) => ["Code", "Minus", magnitude],
        None => [
            "Code",
            "",
            code_name.strip_prefix("0x").unwrap_or(code_name),
        ],
    }
}

/// The variant of an entry known by its code alone (see [`code_variant_name_parts`]).
#[cfg(feature = "build")]
pub fn code_variant_name(code_name: &str) -> alloc::string::String {
    code_variant_name_parts(code_name).concat()
}

/// Writes the variant of an entry known by its code alone without allocating.
pub fn write_code_variant_name(f: &mut fmt::Formatter<'_>, code_name: &str) -> fmt::Result {
    code_variant_name_parts(code_name)
        .iter()
        .try_for_each(|part| f.write_str(part))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `write` writes for `name` through a formatter.
    fn written(
        write: fn(&mut fmt::Formatter<'_>, &str) -> fmt::Result,
        name: &str,
    ) -> std::string::String {
        struct Written<'a>(fn(&mut fmt::Formatter<'_>, &str) -> fmt::Result, &'a str);
        impl fmt::Display for Written<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                (self.0)(f, self.1)
            }
        }
        std::format!("{}", Written(write, name))
    }

    #[test]
    fn variant_names_follow_the_documented_rule() {
        for (symbolic, variant) in [
            ("ERROR_NO_SUCH_LOGON_SESSION", "NoSuchLogonSession"),
            ("WAIT_TIMEOUT", "WaitTimeout"),
            ("ERROR_ITERATED_DATA_EXCEEDS_64k", "IteratedDataExceeds64k"),
            ("NERR_NetNotStarted", "NerrNetNotStarted"),
            ("NERR_BadUsername", "NerrBadUsername"),
            ("ERROR_SUCCESS", "Success"),
            ("E_FAIL", "EFail"),
            ("ERROR_A__B", "AB"),
            // What follows ERROR_ is not a letter: keep the prefix so the result is an
            // identifier.
            ("ERROR_2FA", "Error2fa"),
            ("ERROR_", "Error"),
        ] {
            assert_eq!(variant_name(symbolic), variant, "{symbolic}");
            assert_eq!(written(write_variant_name, symbolic), variant);
        }
    }

    #[test]
    fn code_variant_names_are_identifiers_from_the_code_as_written() {
        for (code_name, variant) in [
            ("1101", "Code1101"),
            ("-1018", "CodeMinus1018"),
            ("0x80070005", "Code80070005"),
        ] {
            assert_eq!(code_variant_name(code_name), variant, "{code_name}");
            assert_eq!(written(write_code_variant_name, code_name), variant);
        }
    }
}
