//! The macro's argument and where the catalog file is.

use std::path::{Path, PathBuf};

use proc_macro2::{Delimiter, Literal, Span, TokenStream, TokenTree};

use crate::diagnostic::CompileErrors;

/// `$crate; "catalog.toml"`: the runtime crate's path (as the `win_errors!` wrapper passes
/// it, so renamed dependencies work) and the catalog path literal.
pub struct MacroInput {
    /// Tokens naming the runtime crate, used as the prefix of every runtime path.
    pub krate: TokenStream,
    /// The catalog path as written; errors point at it.
    pub path: CatalogPath,
}

/// The string literal naming the catalog: its value and where it was written.
#[derive(Clone, Debug)]
pub struct CatalogPath {
    /// The literal's value, escapes decoded.
    pub value: String,
    /// The literal's span, where every catalog error is reported.
    pub span: Span,
}

const EXPECTED_PATH: &str =
    "expected the catalog's path as a string literal: win_errors!(\"catalog.toml\")";

impl MacroInput {
    /// Reads the macro's argument: the crate path up to `;`, one string literal, and an
    /// optional trailing comma. (Hand-read rather than with syn, which the macro needs for
    /// nothing else and which would be most of a user's build of it.)
    pub fn parse(input: TokenStream) -> Result<MacroInput, CompileErrors> {
        let mut tokens = input.into_iter();
        let mut krate = TokenStream::new();
        loop {
            match tokens.next() {
                None => {
                    return Err(CompileErrors::new(
                        Span::call_site(),
                        "expected `$crate;` before the catalog path",
                    ));
                }
                Some(TokenTree::Punct(punct)) if punct.as_char() == ';' => break,
                Some(token) => krate.extend([token]),
            }
        }
        let path = match tokens.next() {
            None => return Err(CompileErrors::new(Span::call_site(), EXPECTED_PATH)),
            Some(token) => {
                let span = token.span();
                string_literal(token).ok_or_else(|| CompileErrors::new(span, EXPECTED_PATH))?
            }
        };
        let mut rest = tokens.peekable();
        if matches!(rest.peek(), Some(TokenTree::Punct(p)) if p.as_char() == ',') {
            rest.next();
        }
        if let Some(extra) = rest.next() {
            return Err(CompileErrors::new(
                extra.span(),
                "unexpected tokens after the catalog path",
            ));
        }
        Ok(MacroInput { krate, path })
    }
}

/// The catalog path in `token`, when it is a string literal (or one inside the invisible
/// group a `macro_rules!` fragment may be wrapped in).
fn string_literal(token: TokenTree) -> Option<CatalogPath> {
    match token {
        TokenTree::Literal(literal) => Some(CatalogPath {
            value: string_value(&literal)?,
            span: literal.span(),
        }),
        TokenTree::Group(group) if group.delimiter() == Delimiter::None => {
            let mut inner = group.stream().into_iter();
            let only = inner.next()?;
            match inner.next() {
                None => string_literal(only),
                Some(_) => None,
            }
        }
        _ => None,
    }
}

/// The value of a string literal, `"..."` or `r#"..."#`; `None` for any other literal (a byte
/// or C string, a character, a number, a string with a suffix).
pub(crate) fn string_value(literal: &Literal) -> Option<String> {
    let source = literal.to_string();
    if let Some(raw) = source.strip_prefix('r') {
        let hashes = raw.len() - raw.trim_start_matches('#').len();
        let body = raw.get(hashes..)?.strip_prefix('"')?;
        let closing = format!("\"{}", "#".repeat(hashes));
        return body.strip_suffix(closing.as_str()).map(str::to_owned);
    }
    unescape(source.strip_prefix('"')?.strip_suffix('"')?)
}

/// The text of a string literal's body with its escapes decoded, as the Rust reference gives
/// them; `None` on an escape it does not define.
fn unescape(body: &str) -> Option<String> {
    let mut value = String::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            value.push(c);
            continue;
        }
        match chars.next()? {
            'n' => value.push('\n'),
            'r' => value.push('\r'),
            't' => value.push('\t'),
            '0' => value.push('\0'),
            '\\' => value.push('\\'),
            '\'' => value.push('\''),
            '"' => value.push('"'),
            'x' => {
                let high = chars.next()?.to_digit(8)?;
                let low = chars.next()?.to_digit(16)?;
                value.push(char::from_u32(high * 16 + low)?);
            }
            'u' => {
                if chars.next()? != '{' {
                    return None;
                }
                let mut scalar = 0u32;
                let mut digits = 0;
                loop {
                    match chars.next()? {
                        '}' => break,
                        '_' if digits > 0 => {}
                        digit => {
                            digits += 1;
                            if digits > 6 {
                                return None;
                            }
                            scalar = scalar * 16 + digit.to_digit(16)?;
                        }
                    }
                }
                if digits == 0 {
                    return None;
                }
                value.push(char::from_u32(scalar)?);
            }
            // A line continuation: the line break and the whitespace after it are not text.
            // (rustc reads `\r\n` as `\n` before lexing, and a bare `\r` is no string's.)
            '\n' => skip_whitespace(&mut chars),
            _ => return None,
        }
    }
    Some(value)
}

fn skip_whitespace(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    while chars
        .next_if(|c| matches!(c, ' ' | '\t' | '\n' | '\r'))
        .is_some()
    {}
}

/// What the compiler tells the macro about where it runs.
pub struct Environment {
    /// `CARGO_MANIFEST_DIR` of the invoking crate.
    pub manifest_dir: Option<PathBuf>,
    /// The source file containing the invocation, when the compiler knows it.
    pub invoking_file: Option<PathBuf>,
}

impl Environment {
    /// The places the catalog may be, in order: the path itself when absolute; otherwise
    /// relative to the manifest directory, then to the invoking file's directory (which
    /// is where it is when the crate is built away from its manifest, as trybuild does).
    pub fn candidates(&self, written: &str) -> Vec<PathBuf> {
        let written = Path::new(written);
        if written.is_absolute() {
            return vec![written.to_path_buf()];
        }
        let mut candidates = Vec::new();
        if let Some(dir) = &self.manifest_dir {
            candidates.push(dir.join(written));
        }
        if let Some(dir) = self.invoking_file.as_deref().and_then(Path::parent) {
            let dir = match (&self.manifest_dir, dir.is_relative()) {
                (Some(manifest), true) => manifest.join(dir),
                _ => dir.to_path_buf(),
            };
            let candidate = dir.join(written);
            if !candidates.contains(&candidate) {
                candidates.push(candidate);
            }
        }
        if candidates.is_empty() {
            candidates.push(written.to_path_buf());
        }
        candidates
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use quote::quote;

    #[test]
    fn parses_the_crate_path_and_the_literal() {
        let input = MacroInput::parse(quote!(::my_crate; "c.toml",)).unwrap();
        assert_eq!(input.krate.to_string(), ":: my_crate");
        assert_eq!(input.path.value, "c.toml");
    }

    #[test]
    fn rejects_anything_but_one_string_literal() {
        for tokens in [
            quote!(x; c),
            quote!(x; "a" "b"),
            quote!(x),
            quote!(x;),
            quote!(x; 5),
            quote!(x; b"c.toml"),
            quote!(x; c"c.toml"),
            quote!(x; 'c'),
            quote!(x; "c.toml"suffix),
            quote!(x; "c.toml",,),
            // Only the invisible group of a `macro_rules!` fragment is looked into.
            quote!(x; ("c.toml")),
            quote!(x; ["c.toml"]),
        ] {
            assert!(MacroInput::parse(tokens.clone()).is_err(), "{tokens}");
        }
    }

    #[test]
    fn escapes_raw_strings_and_invisible_groups() {
        let read = |source: &str| {
            let literal: Literal = source.parse().unwrap();
            string_value(&literal)
        };
        assert_eq!(
            read(r#""a\tb\x41\u{e9}\u{1_F600}\0""#).as_deref(),
            Some("a\tbA\u{e9}\u{1F600}\0")
        );
        assert_eq!(read("\"one \\\n    two\"").as_deref(), Some("one two"));
        assert_eq!(
            read(r###"r#"a "quoted" \n"#"###).as_deref(),
            Some(r#"a "quoted" \n"#)
        );
        assert_eq!(read(r#"r"c.toml""#).as_deref(), Some("c.toml"));
        for other in [r#"b"c""#, r#"c"c""#, "'c'", "5", r#""c"x"#, r##"r#"c"#x"##] {
            assert_eq!(read(other), None, "{other}");
        }
        let wrapped = TokenTree::Group(proc_macro2::Group::new(Delimiter::None, quote!("c.toml")));
        let input = MacroInput::parse(quote!(x; #wrapped)).unwrap();
        assert_eq!(input.path.value, "c.toml");
    }

    #[test]
    fn an_escape_rustc_refuses_is_refused() {
        // rustc lexes the literal first, so these never come from a build; the reader stays
        // total on them all the same.
        for body in [
            r"\u{}",
            r"\u{_41}",
            r"\u{1234567}",
            r"\u{110000}",
            r"\u41",
            r"\x80",
            r"\xg0",
            r"\q",
            "\\",
            "\\\r\n",
        ] {
            assert_eq!(unescape(body), None, "{body:?}");
        }
        assert_eq!(unescape(r"\u{10_FFFF}").as_deref(), Some("\u{10FFFF}"));
    }

    /// A piece of a string literal's source: a character or an escape.
    fn literal_piece() -> impl Strategy<Value = String> {
        prop_oneof![
            any::<char>()
                .prop_filter("not special in a string", |c| !matches!(
                    c,
                    '\\' | '"' | '\r'
                ))
                .prop_map(String::from),
            prop::sample::select(vec![
                r"\n",
                r"\r",
                r"\t",
                r"\0",
                r"\\",
                r"\'",
                r#"\""#,
                r"\x41",
                r"\x7f",
                r"\u{0}",
                r"\u{e9}",
                r"\u{1F600}",
                r"\u{10_FFFF}",
                r"\u{D7FF}",
                "\\\n  \t x",
                "\\\n\n\n",
            ])
            .prop_map(str::to_owned),
        ]
    }

    proptest! {
        #[test]
        fn any_string_reads_back(value in any::<String>()) {
            prop_assert_eq!(string_value(&Literal::string(&value)), Some(value));
        }

        #[test]
        fn literals_read_as_syn_reads_them(
            pieces in prop::collection::vec(literal_piece(), 0..24),
            raw_body in "[^\"\r]{0,40}",
            hashes in 0usize..3,
        ) {
            let cooked = format!("\"{}\"", pieces.concat());
            let fence = "#".repeat(hashes);
            let raw = format!("r{fence}\"{raw_body}\"{fence}");
            for source in [cooked, raw] {
                let literal: Literal = source.parse().unwrap();
                let expected = syn::parse_str::<syn::LitStr>(&source).unwrap().value();
                prop_assert_eq!(string_value(&literal), Some(expected), "{}", source);
            }
        }
    }

    #[test]
    fn candidates_prefer_the_manifest_dir_then_the_invoking_file() {
        let environment = Environment {
            manifest_dir: Some("/m".into()),
            invoking_file: Some("src/lib.rs".into()),
        };
        assert_eq!(
            environment.candidates("c.toml"),
            [PathBuf::from("/m/c.toml"), PathBuf::from("/m/src/c.toml")]
        );
        assert_eq!(
            environment.candidates("/abs/c.toml"),
            [PathBuf::from("/abs/c.toml")]
        );
    }
}
