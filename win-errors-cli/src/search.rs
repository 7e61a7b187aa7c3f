//! `--search`: entries whose name or message contains every word.

use win_errors::{ErrorCatalog, WinError};

/// System entries matching all `words`: see [`search_in`].
pub fn search(words: &[String]) -> Vec<WinError> {
    search_in(words)
}

/// Entries of catalog `E` matching all `words` (case-insensitive, in the name with `_` read
/// as a space, or in the message), best first: more words in the name, then shorter
/// messages, then code.
pub fn search_in<E: ErrorCatalog>(words: &[String]) -> Vec<E> {
    let words: Vec<String> = words
        .iter()
        .flat_map(|w| w.split_whitespace())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<(usize, usize, E)> = E::ALL
        .iter()
        .filter_map(|&entry| {
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
            Some((
                words.len() - in_name,
                entry.message().map_or(0, str::len),
                entry,
            ))
        })
        .collect();
    hits.sort();
    hits.into_iter().map(|(_, _, entry)| entry).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_words_must_match_and_name_matches_rank_first() {
        let found = search(&["logon".into(), "session".into()]);
        assert!(found.contains(&WinError::NoSuchLogonSession));
        assert!(found.iter().all(|e| {
            let text = format!("{} {}", e.name(), e.message()).to_lowercase();
            text.contains("logon") && text.contains("session")
        }));
        assert!(search(&["ACCESS DENIED".into()]).first() == Some(&WinError::AccessDenied));
        assert!(search(&["xyzzy".into()]).is_empty());
        assert!(search(&[]).is_empty());
    }
}
