//! An entry's reference sections (meaning, context, remedies, FAQ, summary), read from one
//! table that holds only the entries that have any: an entry without sections costs nothing.

use core::fmt;
use core::iter::FusedIterator;

use crate::sparse::position;
use crate::text::TextTable;

/// The texts of one entry's list section, such as its remedies, in catalog order.
///
/// An iterator that also answers [`len`](ExactSizeIterator::len) and [`get`](Texts::get),
/// without a pointer per text: the texts share one string table.
///
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
    #[inline]
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
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

/// The reader of the sections of the entries that have any. Rich entry `k` (entry `entries[k]`) owns
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

/// One entry's sections, as the builder takes them.
#[cfg(feature = "build")]
#[derive(Clone, Debug, Default)]
pub struct EntrySections<'s> {
    /// What the code technically means.
    pub meaning: Option<&'s str>,
    /// Where the code typically arises.
    pub context: Option<&'s str>,
    /// The entry in a sentence or two.
    pub summary: Option<&'s str>,
    /// Steps to check or fix, in order.
    pub remedies: alloc::vec::Vec<&'s str>,
    /// Questions and their answers.
    pub faq: alloc::vec::Vec<(&'s str, &'s str)>,
}

#[cfg(feature = "build")]
impl EntrySections<'_> {
    /// Whether the entry has no section at all.
    pub fn is_empty(&self) -> bool {
        self.meaning.is_none()
            && self.context.is_none()
            && self.summary.is_none()
            && self.remedies.is_empty()
            && self.faq.is_empty()
    }
}

/// The builder of a [`SectionTable`].
#[cfg(feature = "build")]
#[derive(Debug, PartialEq, Eq)]
pub struct SectionTableBuilder {
    /// See [`SectionTable::entries`].
    pub entries: alloc::vec::Vec<u32>,
    /// See [`SectionTable::starts`].
    pub starts: alloc::vec::Vec<u32>,
    /// See [`SectionTable::faq_starts`].
    pub faq_starts: alloc::vec::Vec<u32>,
    /// See [`SectionTable::text`].
    pub text: crate::text::TextBuilder,
}

#[cfg(feature = "build")]
impl SectionTableBuilder {
    /// The table of `sections`, where `sections[i]` are entry `i`'s; entries without any
    /// take no room. Empty texts must not be given: an empty single section reads as absent.
    pub fn build<'s>(
        sections: impl IntoIterator<Item = EntrySections<'s>>,
    ) -> Result<Self, crate::BuildError> {
        let mut built = SectionTableBuilder {
            entries: alloc::vec::Vec::new(),
            starts: alloc::vec![0],
            faq_starts: alloc::vec::Vec::new(),
            text: crate::text::TextBuilder::default(),
        };
        for (i, sections) in sections.into_iter().enumerate() {
            if sections.is_empty() {
                continue;
            }
            built.entries.push(crate::index(i));
            for single in [sections.meaning, sections.context, sections.summary] {
                built.text.push(single.unwrap_or_default())?;
            }
            for remedy in &sections.remedies {
                built.text.push(remedy)?;
            }
            built.faq_starts.push(crate::index(built.text.len()));
            for (question, answer) in &sections.faq {
                built.text.push(question)?;
                built.text.push(answer)?;
            }
            built.starts.push(crate::index(built.text.len()));
        }
        Ok(built)
    }
}

impl SectionTable {
    #[inline]
    const fn single(self, entry: u32, slot: u32) -> Option<&'static str> {
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
    pub const fn meaning(self, entry: u32) -> Option<&'static str> {
        self.single(entry, MEANING)
    }

    /// The context of entry `entry`.
    #[inline]
    pub const fn context(self, entry: u32) -> Option<&'static str> {
        self.single(entry, CONTEXT)
    }

    /// The summary of entry `entry`.
    #[inline]
    pub const fn summary(self, entry: u32) -> Option<&'static str> {
        self.single(entry, SUMMARY)
    }

    /// The remedies of entry `entry`.
    #[inline]
    pub const fn remedies(self, entry: u32) -> Texts {
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
    pub const fn faq(self, entry: u32) -> Faq {
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
    use std::format;
    use std::vec::Vec;

    #[test]
    fn only_entries_with_sections_take_room_and_read_back() {
        let rich = EntrySections {
            summary: Some("S"),
            remedies: std::vec!["R1", "R2"],
            faq: std::vec![("Q", "A")],
            ..EntrySections::default()
        };
        let meaning = EntrySections {
            meaning: Some("M"),
            ..EntrySections::default()
        };
        let none = EntrySections::default;
        let built = SectionTableBuilder::build([none(), rich, none(), meaning]).unwrap();
        assert_eq!(built.entries, [1, 3]);
        assert_eq!(built.text.text, "SR1R2QAM");
        // B: meaning, context, summary, R1, R2 | Q, A. D: meaning, context, summary.
        assert_eq!(built.starts, [0, 7, 10]);
        assert_eq!(built.faq_starts, [5, 10]);
        assert_eq!(built.text.offsets, [0, 0, 0, 1, 3, 5, 6, 7, 8, 8, 8]);
        let table = SectionTable {
            entries: Vec::leak(built.entries),
            starts: Vec::leak(built.starts),
            faq_starts: Vec::leak(built.faq_starts),
            text: built.text.leak(),
        };
        assert_eq!((table.summary(1), table.meaning(1)), (Some("S"), None));
        assert_eq!(table.remedies(1).collect::<Vec<_>>(), ["R1", "R2"]);
        assert_eq!(table.faq(1).next().map(|f| f.answer), Some("A"));
        assert_eq!(table.meaning(3), Some("M"));
        assert!(table.remedies(3).is_empty() && table.faq(3).is_empty());
        assert_eq!(table.summary(0), None);
        let plain = SectionTableBuilder::build([none()]).unwrap();
        assert!(plain.entries.is_empty() && plain.faq_starts.is_empty());
        assert_eq!(
            (plain.starts, plain.text.offsets),
            (std::vec![0], std::vec![0])
        );
    }

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
        assert!(!faq.is_empty());
        assert_eq!(
            format!("{faq:?}"),
            r#"[FaqEntry { question: "Q", answer: "A" }]"#
        );
        assert!(TABLE.faq(7).is_empty());
        assert_eq!(TABLE.faq(7).next(), None);
        assert_eq!(NONE.faq(1).len(), 0);
    }
}
