//! Writing catalogs as TOML, the one way the importers and `win-errors fmt` write them, so
//! their output agrees byte for byte: [`toml_string`] for a value, and with the `write`
//! feature `draft` to build a catalog from plain values and `canonical` to lay a whole
//! catalog out.
#![cfg_attr(
    feature = "write",
    doc = "\nWith `write` on: [`draft`] and [`canonical::canonical`]."
)]

use core::fmt::Write;

#[cfg(feature = "write")]
pub mod canonical;
#[cfg(feature = "write")]
pub mod draft;

/// `text` as a TOML basic string (`"..."`) with the escapes TOML requires: always a basic
/// string, whatever the text holds, so that a catalog's strings all look alike.
pub fn toml_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_toml_requires_and_round_trips() {
        let text = "a \"b\" \\c\n\t\r\u{1} é";
        let written = toml_string(text);
        assert_eq!(written, "\"a \\\"b\\\" \\\\c\\n\\t\\r\\u0001 é\"");
        let parsed: toml::Table = toml::from_str(&format!("x = {written}")).unwrap();
        assert_eq!(parsed["x"].as_str(), Some(text));
    }
}
