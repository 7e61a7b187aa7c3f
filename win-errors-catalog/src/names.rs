//! Naming rules: symbolic names, generated variant names, Rust identifiers, suggestions.

/// The longest symbolic name, in bytes (generated tables store a name's length in a byte).
pub const MAX_NAME_BYTES: usize = win_errors_layout::entries::MAX_NAME_LENGTH;

/// Whether `name` is a symbolic name: an ASCII letter, then ASCII letters, digits and `_`,
/// with an uppercase letter somewhere.
///
/// Lowercase letters are allowed because the SDK headers have names such as
/// `ERROR_ITERATED_DATA_EXCEEDS_64k`, `NERR_NetNotStarted` and `hrNone`; a name without an
/// uppercase letter (`error_access_denied`) is no header's, and is most likely a slip.
pub fn is_symbolic_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && name.bytes().any(|b| b.is_ascii_uppercase())
}

/// The variant name generated for a symbolic name: drop a leading `ERROR_` (when a letter
/// follows it), then join the `_`-separated words in UpperCamelCase (the rule of
/// `win_errors_layout::variant_name`, which the runtime's `Debug` follows too).
///
/// `ERROR_NO_SUCH_LOGON_SESSION` gives `NoSuchLogonSession`, `WAIT_TIMEOUT` gives
/// `WaitTimeout`, `ERROR_ITERATED_DATA_EXCEEDS_64k` gives `IteratedDataExceeds64k`, and a word
/// with a lowercase letter keeps its case: `NERR_NetNotStarted` gives `NerrNetNotStarted`.
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

/// The longest word a suggestion is looked for: no name, key or family is longer, and a
/// longer word (a pasted paragraph) is no typo of one.
pub const MAX_SUGGESTED_LENGTH: usize = 2 * MAX_NAME_BYTES;

/// The candidate closest to `wanted` by edit distance (ignoring ASCII case), if it is close
/// enough to be a plausible typo: at most a third of the longer word's length, and at least 1.
/// Of equally close candidates, the first that begins with the word's own prefix (what it
/// has up to its first `_`: `STATUS_`, `E_`) wins, else the first: a person who typed
/// `STATUS_` means an NTSTATUS.
///
/// Bounded on every input: see [`Suggestions::nearest`]. To look up many words among the
/// same candidates, build [`Suggestions`] once.
pub fn suggest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    Suggestions::new(candidates).nearest(wanted)
}

/// Buckets of the character counts a candidate is filtered by: by code point modulo 32, so
/// that each letter (either case, once lowercased) has a bucket of its own.
const BUCKETS: usize = 32;

/// Candidates prepared for [`Suggestions::nearest`]: each lowercased, with its character
/// counts folded into a few buckets, whose difference bounds the edit distance from below.
/// The lengths and counts sit in arrays of their own, so a lookup streams 36 bytes per
/// candidate and reads the characters of the few that pass.
#[derive(Clone, Debug)]
pub struct Suggestions<'a> {
    texts: Vec<&'a str>,
    lowers: Vec<Box<[char]>>,
    lengths: Vec<u32>,
    counts: Vec<[u8; BUCKETS]>,
}

/// How far apart two bucket counts are: the sum of their differences. Written over fixed
/// arrays so that the optimizer makes it a few vector instructions (it runs once per
/// candidate).
#[inline]
fn counts_apart(a: &[u8; BUCKETS], b: &[u8; BUCKETS]) -> usize {
    let sum: u16 = a
        .iter()
        .zip(b)
        .map(|(x, y)| u16::from(x.abs_diff(*y)))
        .sum();
    usize::from(sum)
}

/// The characters of `text`, lowercased, and their counts by bucket (saturating, which keeps
/// the bound below the distance).
fn prepared(text: &str) -> (Box<[char]>, [u8; BUCKETS]) {
    let lower: Box<[char]> = text.chars().map(|c| c.to_ascii_lowercase()).collect();
    let mut counts = [0u8; BUCKETS];
    for &c in &lower {
        if let Some(count) = counts.get_mut(c as usize % BUCKETS) {
            *count = count.saturating_add(1);
        }
    }
    (lower, counts)
}

impl<'a> Suggestions<'a> {
    /// Prepares `candidates`, in the order ties are resolved in (the first wins).
    pub fn new(candidates: impl IntoIterator<Item = &'a str>) -> Self {
        let mut prepared_all = Suggestions {
            texts: Vec::new(),
            lowers: Vec::new(),
            lengths: Vec::new(),
            counts: Vec::new(),
        };
        for text in candidates {
            let (lower, counts) = prepared(text);
            prepared_all
                .lengths
                .push(u32::try_from(lower.len()).unwrap_or(u32::MAX));
            prepared_all.texts.push(text);
            prepared_all.lowers.push(lower);
            prepared_all.counts.push(counts);
        }
        prepared_all
    }

    /// The candidate [`suggest`] gives for `wanted`.
    ///
    /// Bounded on every input: a `wanted` longer than [`MAX_SUGGESTED_LENGTH`] gets no
    /// suggestion; a candidate whose length or character counts alone put it beyond the
    /// limit (or beyond the best distance so far) is not compared; a comparison computes the
    /// band of the table within the limit and stops once every cell of a row exceeds it.
    pub fn nearest(&self, wanted: &str) -> Option<&'a str> {
        self.nearest_within(wanted, usize::MAX)
    }

    /// [`nearest`](Self::nearest), at most `most` edits away: for a text the caller lengthened
    /// (`ERROR_` put before what a person typed), the bound of what was typed, so that the
    /// prefix does not buy a short word more edits (`bogus` is no `ERROR_BUSY`).
    pub fn nearest_within(&self, wanted: &str, most: usize) -> Option<&'a str> {
        if wanted.len() > MAX_SUGGESTED_LENGTH {
            return None;
        }
        let (wanted, wanted_counts) = prepared(wanted);
        let prefix = typed_prefix(&wanted);
        let has_prefix = |lower: &[char]| !prefix.is_empty() && lower.starts_with(prefix);
        let mut best: Option<Best<'a>> = None;
        for (i, (&length, counts)) in self.lengths.iter().zip(&self.counts).enumerate() {
            let length = length as usize;
            let mut limit = (wanted.len().max(length) / 3).max(1).min(most);
            if let Some(best) = best {
                // A closer candidate replaces the best; one as close only when it has the
                // typed prefix and the best has not.
                let replacing = if best.has_prefix {
                    best.distance.checked_sub(1)
                } else {
                    Some(best.distance)
                };
                match replacing {
                    Some(within) => limit = limit.min(within),
                    None => break,
                }
            }
            if wanted.len().abs_diff(length) > limit {
                continue;
            }
            // Each edit changes the bucket counts by at most 2 in all.
            if counts_apart(&wanted_counts, counts).div_ceil(2) > limit {
                continue;
            }
            let (Some(lower), Some(&text)) = (self.lowers.get(i), self.texts.get(i)) else {
                continue;
            };
            if let Some(distance) = bounded_distance(&wanted, lower, limit) {
                let candidate = Best {
                    distance,
                    has_prefix: has_prefix(lower),
                    text,
                };
                let better = best.is_none_or(|best| {
                    distance < best.distance || (candidate.has_prefix && !best.has_prefix)
                });
                if better {
                    best = Some(candidate);
                }
            }
        }
        best.map(|best| best.text)
    }
}

/// The best candidate so far of [`Suggestions::nearest_within`].
#[derive(Clone, Copy)]
struct Best<'a> {
    distance: usize,
    has_prefix: bool,
    text: &'a str,
}

/// What `word` has up to and including its first `_` (`status_` in `status_acess_denied`),
/// or nothing when it has no `_` or begins with one.
fn typed_prefix(word: &[char]) -> &[char] {
    match word.iter().position(|&c| c == '_') {
        Some(at) if at > 0 => word.get(..=at).unwrap_or_default(),
        _ => &[],
    }
}

/// Levenshtein distance between `a` and `b`, or `None` when it exceeds `limit`: only the band
/// of the table within `limit` of its diagonal is computed, and the computation stops at the
/// first row whose every cell exceeds `limit` (Ukkonen's cut-off). O(len × limit).
fn bounded_distance(a: &[char], b: &[char], limit: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let beyond = limit + 1;
    // Row `i`: the distance from the first `i` characters of `a` to each prefix of `b`;
    // cells outside the band hold `beyond`.
    let mut previous: Vec<usize> = (0..=b.len()).map(|j| j.min(beyond)).collect();
    let mut current = vec![beyond; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        let row = i + 1;
        let from = row.saturating_sub(limit).max(1);
        let to = (row + limit).min(b.len());
        current.fill(beyond);
        if let Some(first) = current.first_mut() {
            *first = row.min(beyond);
        }
        let mut row_min = current.first().copied().unwrap_or(beyond);
        for j in from..=to {
            let (Some(&diagonal), Some(&above), Some(&left), Some(cb)) = (
                previous.get(j - 1),
                previous.get(j),
                current.get(j - 1),
                b.get(j - 1),
            ) else {
                continue;
            };
            let cell = (diagonal + usize::from(ca != cb))
                .min(above + 1)
                .min(left + 1)
                .min(beyond);
            if let Some(slot) = current.get_mut(j) {
                *slot = cell;
            }
            row_min = row_min.min(cell);
        }
        if row_min > limit {
            return None;
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous.last().copied().filter(|&d| d <= limit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbolic_names() {
        assert!(is_symbolic_name("ERROR_ACCESS_DENIED"));
        assert!(is_symbolic_name("ERROR_ITERATED_DATA_EXCEEDS_64k"));
        assert!(is_symbolic_name("A"));
        assert!(is_symbolic_name("hrNone"));
        assert!(is_symbolic_name("NERR_NetNotStarted"));
        assert!(!is_symbolic_name("error_access_denied"));
        assert!(!is_symbolic_name("hr_none_1"));
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

    /// The whole Levenshtein table, as the reference the band is held to.
    fn edit_distance(a: &str, b: &str) -> usize {
        let b: Vec<char> = b.chars().collect();
        let mut previous: Vec<usize> = (0..=b.len()).collect();
        for (i, ca) in a.chars().enumerate() {
            let mut current = vec![i + 1];
            for (j, cb) in b.iter().enumerate() {
                let cell = (previous[j] + usize::from(ca != *cb))
                    .min(previous[j + 1] + 1)
                    .min(current[j] + 1);
                current.push(cell);
            }
            previous = current;
        }
        previous[b.len()]
    }

    fn bounded(a: &str, b: &str, limit: usize) -> Option<usize> {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        bounded_distance(&a, &b, limit)
    }

    #[test]
    fn of_equally_near_names_the_one_with_the_typed_prefix_wins() {
        // One edit from each: the prefix the person typed decides, in either order.
        assert_eq!(suggest("E_BUSY", ["X_BUSY", "E_BUSYX"]), Some("E_BUSYX"));
        assert_eq!(suggest("E_BUSY", ["E_BUSYX", "X_BUSY"]), Some("E_BUSYX"));
        // A leading `_` is no prefix.
        assert_eq!(suggest("_BUSY", ["XBUSY", "_BUSYX"]), Some("XBUSY"));
        // A closer name still wins over the prefix.
        assert_eq!(
            suggest("AB_CDEFGH", ["AB_CDEFXYZ", "XY_CDEFGH"]),
            Some("XY_CDEFGH")
        );
        assert_eq!(
            suggest("E_BUSY", ["ERROR_BUSY", "E_BUSYX", "E_BUSSY"]),
            Some("E_BUSYX")
        );
        // No prefix typed: the first of the nearest.
        assert_eq!(suggest("XACCESS", ["AACCESS", "BACCESS"]), Some("AACCESS"));
    }

    #[test]
    fn character_counts_tell_apart_words_of_other_letters_in_any_case() {
        // Three substitutions at least between `abc` and `xyz`: six counts apart, each
        // letter in a bucket of its own; none between the same letters in another order.
        let counts = |word: &str| prepared(word).1;
        assert_eq!(counts_apart(&counts("abc"), &counts("XYZ")), 6);
        assert_eq!(counts_apart(&counts("abc"), &counts("CAB")), 0);
    }

    #[test]
    fn the_band_counts_insertions_deletions_substitutions() {
        assert_eq!(bounded("kitten", "sitting", 3), Some(3));
        assert_eq!(bounded("kitten", "sitting", 2), None);
        assert_eq!(bounded("", "abc", 3), Some(3));
        assert_eq!(bounded("abc", "abc", 1), Some(0));
        assert_eq!(bounded("abc", "", 2), None);
    }

    #[test]
    fn prepared_suggestions_give_what_suggest_gives() {
        let names = [
            "ERROR_BAD_ARGUMENTS",
            "ERROR_BAD_UNIT",
            "ERROR_NO_SUCH_LOGON_SESSION",
        ];
        let prepared = Suggestions::new(names);
        for wanted in [
            "ERROR_BAD_ARGUMENT",
            "error_bad_unit",
            "NO_SUCH",
            "ERROR_NO_SUCH_LOGON_SESION",
        ] {
            assert_eq!(prepared.nearest(wanted), suggest(wanted, names), "{wanted}");
        }
        assert_eq!(
            prepared.nearest("ERROR_NO_SUCH_LOGON_SESION"),
            Some("ERROR_NO_SUCH_LOGON_SESSION")
        );
    }

    #[test]
    fn a_pasted_paragraph_gets_no_suggestion_and_costs_nothing() {
        let long = "ERROR_".repeat(20_000);
        let names: Vec<String> = (0..10_000).map(|i| format!("ERROR_NAME_{i}")).collect();
        assert_eq!(suggest(&long, names.iter().map(String::as_str)), None);
        // As long as a name can be, a near typo is still found.
        let near = format!("{}X", "A".repeat(200));
        let far = "A".repeat(201);
        assert_eq!(suggest(&near, [far.as_str()]), Some(far.as_str()));
        // A word twice as long as the longest name is still looked up; one more is not.
        let candidate = "A".repeat(2 * MAX_NAME_BYTES - 1);
        let longest = format!("{candidate}B");
        assert_eq!(
            suggest(&longest, [candidate.as_str()]),
            Some(candidate.as_str())
        );
        let longer = format!("{longest}B");
        assert_eq!(suggest(&longer, [candidate.as_str()]), None);
    }

    proptest::proptest! {
        #[test]
        fn the_band_agrees_with_the_whole_table(
            a in "[a-e]{0,12}",
            b in "[a-e]{0,12}",
            limit in 0usize..8,
        ) {
            let full = edit_distance(&a, &b);
            let expected = (full <= limit).then_some(full);
            proptest::prop_assert_eq!(bounded(&a, &b, limit), expected);
        }

        #[test]
        fn suggestions_are_those_of_the_unbounded_rule(
            wanted in "[A-D_]{1,10}",
            candidates in proptest::collection::vec("[A-D_]{1,10}", 0..12),
        ) {
            // The rule before the band: of the candidates of least distance within a third
            // of the longer length (at least 1), the first with the typed prefix, else the
            // first.
            let wanted_lower = wanted.to_ascii_lowercase();
            let within: Vec<(usize, &str)> = candidates
                .iter()
                .map(|c| (edit_distance(&wanted_lower, &c.to_ascii_lowercase()), c.as_str()))
                .filter(|&(d, c)| d <= (wanted.len().max(c.len()) / 3).max(1))
                .collect();
            let least = within.iter().map(|&(d, _)| d).min();
            let nearest = within.iter().filter(|&&(d, _)| Some(d) == least);
            let prefix = wanted_lower
                .find('_')
                .filter(|&at| at > 0)
                .map(|at| &wanted_lower[..=at]);
            let expected = nearest
                .clone()
                .find(|(_, c)| prefix.is_some_and(|p| c.to_ascii_lowercase().starts_with(p)))
                .or_else(|| nearest.clone().next())
                .map(|&(_, c)| c);
            proptest::prop_assert_eq!(
                suggest(&wanted, candidates.iter().map(String::as_str)),
                expected
            );
        }
    }
}
