//! `--search` and `--list`: entries of the shipped catalogs by words, by space and by family.

use win_errors_core::{CodeSpace, Entry};

/// The spaces whose catalogs a search or a list reads: `space`, or all of them in their
/// order.
fn spaces(space: Option<CodeSpace>) -> impl Iterator<Item = CodeSpace> {
    CodeSpace::ALL
        .into_iter()
        .filter(move |s| space.is_none_or(|space| space == *s))
}

/// The entries of the catalogs of `space` (every catalog without one) whose name or message
/// has every word: each catalog's best first (see [`search_in`]), the catalogs in the order
/// of their spaces.
pub fn searched(words: &[String], space: Option<CodeSpace>) -> Vec<Entry> {
    spaces(space)
        .flat_map(|space| search_in(words, Entry::all_in(space)))
        .collect()
}

/// Every entry of the catalogs of `space` (every catalog without one), in code order.
pub fn every_entry(space: Option<CodeSpace>) -> Vec<Entry> {
    spaces(space).flat_map(Entry::all_in).collect()
}

/// The entries of `family` (any case), or all of them without one.
pub fn in_family(entries: Vec<Entry>, family: Option<&str>) -> Vec<Entry> {
    let Some(family) = family else {
        return entries;
    };
    entries
        .into_iter()
        .filter(|entry| {
            entry
                .family()
                .is_some_and(|f| f.eq_ignore_ascii_case(family))
        })
        .collect()
}

/// Every family of the catalogs, in order of first appearance.
pub fn families() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = Vec::new();
    for name in every_entry(None).into_iter().filter_map(Entry::family) {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

/// The `entries` matching all `words` (case-insensitive, in the name with `_` read as a
/// space, or in the message), best first: more words in the name, then the closer match
/// (the shorter name when it holds every word, else the shorter message), then code order.
pub fn search_in(words: &[String], entries: impl Iterator<Item = Entry>) -> Vec<Entry> {
    let words: Vec<String> = words
        .iter()
        .flat_map(|w| w.split_whitespace())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<(usize, usize, usize, Entry)> = entries
        .enumerate()
        .filter_map(|(order, entry)| {
            let name = entry.name().to_lowercase().replace('_', " ");
            // An entry with no known message is found by its name alone.
            let message = entry.message().unwrap_or_default().to_lowercase();
            let mut in_name = 0;
            for word in &words {
                if name.contains(word.as_str()) {
                    in_name += 1;
                } else if !message.contains(word.as_str()) {
                    return None;
                }
            }
            let not_in_name = words.len() - in_name;
            // The fewer other words beside the ones asked, the closer the match: in the name
            // when it holds them all, else in the message.
            let closeness = if not_in_name == 0 {
                name.len()
            } else {
                message.len()
            };
            Some((not_in_name, closeness, order, entry))
        })
        .collect();
    hits.sort_by_key(|&(not_in_name, closeness, order, _)| (not_in_name, closeness, order));
    hits.into_iter().map(|(_, _, _, entry)| entry).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use win_errors_core::WinError;

    fn search(words: &[&str]) -> Vec<Entry> {
        let words: Vec<String> = words.iter().map(|w| (*w).to_owned()).collect();
        search_in(&words, Entry::all_in(CodeSpace::Win32))
    }

    #[test]
    fn all_words_must_match_and_name_matches_rank_first() {
        let found = search(&["logon", "session"]);
        assert!(found.contains(&Entry::Win32(WinError::NoSuchLogonSession)));
        assert!(found.iter().all(|e| {
            let text = format!("{} {}", e.name(), e.message().unwrap()).to_lowercase();
            text.contains("logon") && text.contains("session")
        }));
        assert_eq!(
            search(&["ACCESS DENIED"]).first(),
            Some(&Entry::Win32(WinError::AccessDenied))
        );
        assert!(search(&["xyzzy"]).is_empty());
        assert!(search(&[]).is_empty());
    }

    #[test]
    fn every_space_is_listed_and_searched() {
        for space in CodeSpace::ALL {
            let listed = every_entry(Some(space));
            assert!(!listed.is_empty(), "{space}");
            assert!(listed.iter().all(|e| e.space() == space), "{space}");
            let first = listed[0];
            let words = [first.name().replace('_', " ")];
            assert!(searched(&words, Some(space)).contains(&first), "{space}");
        }
        assert_eq!(
            every_entry(None).len(),
            CodeSpace::ALL
                .map(|s| every_entry(Some(s)).len())
                .iter()
                .sum::<usize>()
        );
    }
}
