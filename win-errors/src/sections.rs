//! An entry's reference sections (meaning, context, remedies, FAQ, summary), read from one
//! table that holds only the entries that have any: an entry without sections costs nothing.

use core::fmt;
use core::iter::FusedIterator;

use crate::private::{TextTable, position};

/// The texts of one entry's list section, such as its remedies, in catalog order.
///
/// An iterator that also answers [`len`](ExactSizeIterator::len) and [`get`](Texts::get),
/// without a pointer per text: the texts share one string table.
///
/// ```
/// use win_errors::WinError;
///
/// let remedies = WinError::AccessDenied.remedies();
/// assert!(remedies.len() >= 1);
/// for step in remedies {
///     assert!(!step.is_empty());
/// }
/// assert_eq!(WinError::InvalidFunction.remedies().len(), 0);
/// ```
#[derive(Clone)]
pub struct Texts {
    table: TextTable,
    next: u32,
    end: u32,
}

impl Texts {
    /// The list with no text.
    pub const EMPTY: Texts = Texts {
        table: TextTable::EMPTY,
        next: 0,
        end: 0,
    };

    /// Text `i` of those not yet iterated, or `None` past the end.
    #[inline]
    pub const fn get(&self, i: usize) -> Option<&'static str> {
        if i < self.remaining() {
            Some(self.table.get(self.next as usize + i))
        } else {
            None
        }
    }

    /// Whether the list has no (more) text.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.remaining() == 0
    }

    /// How many texts are not yet iterated.
    #[inline]
    const fn remaining(&self) -> usize {
        (self.end - self.next) as usize
    }
}

impl Iterator for Texts {
    type Item = &'static str;

    #[inline]
    fn next(&mut self) -> Option<&'static str> {
        let text = self.get(0)?;
        self.next += 1;
        Some(text)
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining(), Some(self.remaining()))
    }
}

impl DoubleEndedIterator for Texts {
    #[inline]
    fn next_back(&mut self) -> Option<&'static str> {
        if Texts::is_empty(self) {
            return None;
        }
        self.end -= 1;
        Some(self.table.get(self.end as usize))
    }
}

impl ExactSizeIterator for Texts {}
impl FusedIterator for Texts {}

impl fmt::Debug for Texts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

/// One question of an entry's FAQ and its answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FaqEntry {
    /// The question.
    pub question: &'static str,
    /// Its answer.
    pub answer: &'static str,
}

/// The questions and answers of one entry, in catalog order.
///
/// ```
/// use win_errors::WinError;
///
/// for item in WinError::NoSuchLogonSession.faq() {
///     println!("Q: {}\nA: {}", item.question, item.answer);
/// }
/// assert!(WinError::NoSuchLogonSession.faq().len() >= 1);
/// ```
#[derive(Clone)]
pub struct Faq {
    /// The questions and answers, alternating.
    texts: Texts,
}

impl Faq {
    /// The FAQ with no question.
    pub const EMPTY: Faq = Faq {
        texts: Texts::EMPTY,
    };

    /// Question `i` of those not yet iterated, or `None` past the end.
    #[inline]
    pub const fn get(&self, i: usize) -> Option<FaqEntry> {
        match (self.texts.get(2 * i), self.texts.get(2 * i + 1)) {
            (Some(question), Some(answer)) => Some(FaqEntry { question, answer }),
            _ => None,
        }
    }

    /// Whether there is no (more) question.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }
}

impl Iterator for Faq {
    type Item = FaqEntry;

    #[inline]
    fn next(&mut self) -> Option<FaqEntry> {
        let item = self.get(0)?;
        self.texts.next += 2;
        Some(item)
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let remaining = self.texts.len() / 2;
        (remaining, Some(remaining))
    }
}

impl DoubleEndedIterator for Faq {
    #[inline]
    fn next_back(&mut self) -> Option<FaqEntry> {
        let answer = self.texts.next_back()?;
        let question = self.texts.next_back()?;
        Some(FaqEntry { question, answer })
    }
}

impl ExactSizeIterator for Faq {}
impl FusedIterator for Faq {}

impl fmt::Debug for Faq {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

/// The sections of the entries that have any. Rich entry `k` (entry `entries[k]`) owns
/// strings `starts[k]..starts[k + 1]` of `text`: its meaning, context and summary (empty
/// when absent: the rule book rejects empty sections), then its remedies, then from
/// `faq_starts[k]` its questions and answers, alternating.
#[derive(Clone, Copy, Debug)]
pub struct SectionTable {
    /// Sorted variant indices of the entries that have sections.
    pub entries: &'static [u32],
    /// First string of each rich entry, plus the end of the last one.
    pub starts: &'static [u32],
    /// First FAQ string of each rich entry.
    pub faq_starts: &'static [u32],
    /// The strings.
    pub text: TextTable,
}

/// The position of each single-text section among a rich entry's strings.
const MEANING: u32 = 0;
const CONTEXT: u32 = 1;
const SUMMARY: u32 = 2;
/// Where the remedies start.
const REMEDIES: u32 = 3;

impl SectionTable {
    #[inline]
    const fn single(&self, entry: u32, slot: u32) -> Option<&'static str> {
        match position(self.entries, entry) {
            Some(k) => {
                let text = self.text.get((self.starts[k] + slot) as usize);
                if text.is_empty() { None } else { Some(text) }
            }
            None => None,
        }
    }

    /// The meaning of entry `entry` (a variant index).
    #[inline]
    pub const fn meaning(&self, entry: u32) -> Option<&'static str> {
        self.single(entry, MEANING)
    }

    /// The context of entry `entry`.
    #[inline]
    pub const fn context(&self, entry: u32) -> Option<&'static str> {
        self.single(entry, CONTEXT)
    }

    /// The summary of entry `entry`.
    #[inline]
    pub const fn summary(&self, entry: u32) -> Option<&'static str> {
        self.single(entry, SUMMARY)
    }

    /// The remedies of entry `entry`.
    #[inline]
    pub const fn remedies(&self, entry: u32) -> Texts {
        match position(self.entries, entry) {
            Some(k) => Texts {
                table: self.text,
                next: self.starts[k] + REMEDIES,
                end: self.faq_starts[k],
            },
            None => Texts::EMPTY,
        }
    }

    /// The questions and answers of entry `entry`.
    #[inline]
    pub const fn faq(&self, entry: u32) -> Faq {
        match position(self.entries, entry) {
            Some(k) => Faq {
                texts: Texts {
                    table: self.text,
                    next: self.faq_starts[k],
                    end: self.starts[k + 1],
                },
            },
            None => Faq::EMPTY,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Entry 3: meaning, no context, summary, two remedies, one question. Entry 7: context
    /// and one remedy only.
    const TABLE: SectionTable = SectionTable {
        entries: &[3, 7],
        starts: &[0, 7, 11],
        faq_starts: &[5, 11],
        text: TextTable {
            text: "MSR1R2QACR",
            offsets: &[0, 1, 1, 2, 4, 6, 7, 8, 8, 9, 9, 10],
        },
    };

    /// What the macro emits for a catalog where no entry has sections.
    const NONE: SectionTable = SectionTable {
        entries: &[],
        starts: &[0],
        faq_starts: &[],
        text: TextTable::EMPTY,
    };

    #[test]
    fn single_sections_are_present_or_none() {
        assert_eq!(TABLE.meaning(3), Some("M"));
        assert_eq!(TABLE.context(3), None);
        assert_eq!(TABLE.summary(3), Some("S"));
        assert_eq!(TABLE.meaning(7), None);
        assert_eq!(TABLE.context(7), Some("C"));
        assert_eq!(TABLE.summary(7), None);
        assert_eq!(TABLE.meaning(0), None);
        assert_eq!(NONE.summary(0), None);
    }

    #[test]
    fn lists_iterate_both_ways_and_index_from_their_position() {
        let remedies = TABLE.remedies(3);
        assert_eq!(remedies.len(), 2);
        assert_eq!((remedies.get(0), remedies.get(2)), (Some("R1"), None));
        assert_eq!(remedies.clone().collect::<Vec<_>>(), ["R1", "R2"]);
        assert_eq!(remedies.clone().rev().collect::<Vec<_>>(), ["R2", "R1"]);
        let mut rest = remedies.clone();
        rest.next();
        assert_eq!((rest.len(), rest.get(0)), (1, Some("R2")));
        assert_eq!(format!("{remedies:?}"), r#"["R1", "R2"]"#);
        assert_eq!(TABLE.remedies(7).collect::<Vec<_>>(), ["R"]);
        assert!(TABLE.remedies(5).is_empty());
        let faq = TABLE.faq(3);
        let item = FaqEntry {
            question: "Q",
            answer: "A",
        };
        assert_eq!((faq.len(), faq.get(0), faq.get(1)), (1, Some(item), None));
        assert_eq!(faq.clone().collect::<Vec<_>>(), [item]);
        assert_eq!(faq.clone().next_back(), Some(item));
        assert!(TABLE.faq(7).is_empty());
        assert_eq!(TABLE.faq(7).next(), None);
        assert_eq!(NONE.faq(1).len(), 0);
    }
}
