//! Naming rules: symbolic names, generated variant names, Rust identifiers, suggestions.

/// The longest symbolic name, in bytes (generated tables store a name's length in a byte).
pub const MAX_NAME_BYTES: usize = win_errors_layout::entries::MAX_NAME_LENGTH;

/// Whether `name` is a symbolic name: `[A-Z][A-Za-z0-9_]*`.
///
/// Lowercase letters are allowed after the first character because Microsoft documents
/// names such as `ERROR_ITERATED_DATA_EXCEEDS_64k`.
pub fn is_symbolic_name(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some('A'..='Z')) && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The variant name generated for a symbolic name: drop a leading `ERROR_` (when a letter
/// follows it), then join the `_`-separated words in UpperCamelCase (the rule of
/// `win_errors_layout::variant_name`, which the runtime's `Debug` follows too).
///
/// `ERROR_NO_SUCH_LOGON_SESSION` gives `NoSuchLogonSession`, `WAIT_TIMEOUT` gives
/// `WaitTimeout`, `ERROR_ITERATED_DATA_EXCEEDS_64k` gives `IteratedDataExceeds64k`.
pub use win_errors_layout::variant_name::variant_name;

/// Rust's strict and reserved keywords, which cannot name a type or a variant.
const KEYWORDS: &[&str] = &[
    "Self", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
    "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if",
    "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub",
    "ref", "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof",
    "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Whether `word` is a Rust keyword.
pub fn is_keyword(word: &str) -> bool {
    KEYWORDS.contains(&word)
}

/// Whether `word` is an ASCII Rust identifier (`[A-Za-z_][A-Za-z0-9_]*`, not `_` alone).
/// Keywords pass this test; check them with [`is_keyword`].
pub fn is_identifier(word: &str) -> bool {
    let mut chars = word.chars();
    matches!(chars.next(), Some('A'..='Z' | 'a'..='z' | '_'))
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && word != "_"
}

/// The candidate closest to `wanted` by edit distance (ignoring ASCII case), if it is close
/// enough to be a plausible typo: at most a third of the longer word's length, and at least 1.
pub fn suggest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wanted_lower = wanted.to_ascii_lowercase();
    let mut best: Option<(usize, &'a str)> = None;
    for candidate in candidates {
        let distance = edit_distance(&wanted_lower, &candidate.to_ascii_lowercase());
        let limit = (wanted.len().max(candidate.len()) / 3).max(1);
        if distance <= limit && best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, c)| c)
}

/// Levenshtein distance between two strings, by characters, one row of the table at a time.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    // Row `i`: the distance from the first `i` characters of `a` to each prefix of `b`.
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = Vec::with_capacity(b.len() + 1);
        let mut left = i + 1;
        current.push(left);
        for ((cb, &diagonal), &above) in b.iter().zip(&previous).zip(previous.iter().skip(1)) {
            left = (diagonal + usize::from(ca != *cb))
                .min(above + 1)
                .min(left + 1);
            current.push(left);
        }
        previous = current;
    }
    previous.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbolic_names() {
        assert!(is_symbolic_name("ERROR_ACCESS_DENIED"));
        assert!(is_symbolic_name("ERROR_ITERATED_DATA_EXCEEDS_64k"));
        assert!(is_symbolic_name("A"));
        assert!(!is_symbolic_name("error_access_denied"));
        assert!(!is_symbolic_name("_ERROR"));
        assert!(!is_symbolic_name("ERROR-X"));
        assert!(!is_symbolic_name(""));
        assert!(!is_symbolic_name("ÉRROR"));
    }

    #[test]
    fn identifiers_and_keywords() {
        assert!(is_identifier("Foo_1"));
        assert!(is_identifier("_x"));
        assert!(!is_identifier("_"));
        assert!(!is_identifier("1x"));
        assert!(!is_identifier("a-b"));
        assert!(!is_identifier(""));
        assert!(is_keyword("Self"));
        assert!(is_keyword("type"));
        assert!(!is_keyword("Type"));
    }

    #[test]
    fn suggestions_find_near_typos_only() {
        let keys = ["name", "code", "message", "related"];
        assert_eq!(suggest("mesage", keys), Some("message"));
        assert_eq!(suggest("Code", keys), Some("code"));
        assert_eq!(suggest("colour", keys), None);
        assert_eq!(
            suggest(
                "ERROR_BAD_ARGUMENT",
                ["ERROR_BAD_ARGUMENTS", "ERROR_BAD_UNIT"]
            ),
            Some("ERROR_BAD_ARGUMENTS")
        );
    }

    #[test]
    fn edit_distance_counts_insertions_deletions_substitutions() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("abc", "abc"), 0);
    }
}
