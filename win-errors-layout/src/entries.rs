//! Each entry's name and message, end to end in one text: entry `i`'s bounds word holds its
//! start shifted left by [`NAME_LENGTH_BITS`] and its name's length, so a message's bounds
//! are two neighbouring loads. The words are `u32` while the text is under 16 MiB, `u64`
//! beyond.
//!
//! An entry whose message is not known has an empty one: the builder refuses an empty
//! message, so [`EntryText::known_message`] can tell the two apart without a table of its own.

use crate::text::slice_text;

/// Bits of a bounds word that hold the name's length (names are at most 255 bytes).
pub const NAME_LENGTH_BITS: u32 = 8;
/// The longest name the bounds can hold.
pub const MAX_NAME_LENGTH: usize = (1 << NAME_LENGTH_BITS) - 1;
const NAME_LENGTH_MASK: u64 = MAX_NAME_LENGTH as u64;

/// The reader: entry `i`'s name is `start..start + length` of `text`, its message runs from
/// the name's end to entry `i + 1`'s start; word `COUNT` is the text's end.
#[derive(Clone, Copy, Debug)]
pub struct EntryText<B: 'static> {
    /// Every name followed by its message, in entry order.
    pub text: &'static str,
    /// Entry `i`'s `start << NAME_LENGTH_BITS | name length`, plus the end of the text.
    pub bounds: &'static [B],
}

macro_rules! entry_text_reader {
    ($word:ty) => {
        impl EntryText<$word> {
            /// Entry `i`'s name.
            #[inline(always)]
            pub const fn name(self, i: usize) -> &'static str {
                let bounds = self.bounds[i] as u64;
                let start = (bounds >> NAME_LENGTH_BITS) as usize;
                slice_text(
                    self.text,
                    start,
                    start + (bounds & NAME_LENGTH_MASK) as usize,
                )
            }

            /// Entry `i`'s message.
            #[inline(always)]
            pub const fn message(self, i: usize) -> &'static str {
                let bounds = self.bounds[i] as u64;
                let start = ((bounds >> NAME_LENGTH_BITS) + (bounds & NAME_LENGTH_MASK)) as usize;
                let end = (self.bounds[i + 1] as u64 >> NAME_LENGTH_BITS) as usize;
                slice_text(self.text, start, end)
            }

            /// Entry `i`'s message, or `None` when no message is known for it.
            #[inline(always)]
            pub const fn known_message(self, i: usize) -> Option<&'static str> {
                let message = self.message(i);
                if message.is_empty() {
                    None
                } else {
                    Some(message)
                }
            }
        }
    };
}

entry_text_reader!(u32);
entry_text_reader!(u64);

/// The builder of an [`EntryText`].
#[cfg(feature = "build")]
#[derive(Debug, Default, PartialEq, Eq)]
pub struct EntryTextBuilder {
    /// Every name followed by its message.
    pub text: alloc::string::String,
    /// The bounds words, in `u64` (see [`EntryTextBuilder::narrow_bounds`]).
    pub bounds: alloc::vec::Vec<u64>,
}

#[cfg(feature = "build")]
impl EntryTextBuilder {
    /// Lays out `(name, message)` pairs in entry order; `None` is a message that is not known.
    pub fn build<'s>(
        entries: impl IntoIterator<Item = (&'s str, Option<&'s str>)>,
    ) -> Result<Self, crate::BuildError> {
        let mut built = EntryTextBuilder::default();
        for (name, message) in entries {
            if name.len() > MAX_NAME_LENGTH {
                return Err(alloc::format!(
                    "the name {name} is longer than {MAX_NAME_LENGTH} bytes"
                ));
            }
            let message = match message {
                Some("") => {
                    return Err(alloc::format!(
                        "the message of {name} is empty, which reads as a message that is not known"
                    ));
                }
                Some(message) => message,
                None => "",
            };
            built.bounds.push(Self::word(built.text.len(), name.len())?);
            built.text.push_str(name);
            built.text.push_str(message);
        }
        built.bounds.push(Self::word(built.text.len(), 0)?);
        Ok(built)
    }

    fn word(start: usize, name_length: usize) -> Result<u64, crate::BuildError> {
        let start = crate::text_offset(start)?;
        Ok(u64::from(start) << NAME_LENGTH_BITS | name_length as u64)
    }

    /// The bounds as `u32` words, when the text is short enough for them (under 16 MiB).
    pub fn narrow_bounds(&self) -> Option<alloc::vec::Vec<u32>> {
        self.bounds.iter().map(|&w| u32::try_from(w).ok()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::vec::Vec;

    fn reader(built: EntryTextBuilder) -> (EntryText<u32>, EntryText<u64>) {
        let text = alloc::string::String::leak(built.text.clone());
        let narrow = Vec::leak(built.narrow_bounds().unwrap());
        let wide = Vec::leak(built.bounds);
        (
            EntryText {
                text,
                bounds: narrow,
            },
            EntryText { text, bounds: wide },
        )
    }

    #[test]
    fn names_and_messages_come_back_in_both_widths() {
        let entries = [
            ("ERROR_A", Some("Ay.")),
            ("B", Some("Bé €")),
            ("ERROR_C", None),
        ];
        let built = EntryTextBuilder::build(entries).unwrap();
        assert_eq!(built.text, "ERROR_AAy.BBé €ERROR_C");
        let (narrow, wide) = reader(built);
        for (i, (name, message)) in entries.iter().enumerate() {
            assert_eq!((narrow.name(i), narrow.known_message(i)), (*name, *message));
            assert_eq!((wide.name(i), wide.known_message(i)), (*name, *message));
        }
        assert_eq!(narrow.message(2), "");
    }

    #[test]
    fn an_empty_message_is_refused_rather_than_read_as_unknown() {
        let error = EntryTextBuilder::build([("A", Some(""))]).unwrap_err();
        assert!(error.contains("the message of A is empty"), "{error}");
    }

    #[test]
    fn bounds_widen_when_the_text_reaches_16_mib() {
        let message = "m".repeat(1 << 24);
        let built =
            EntryTextBuilder::build([("A", Some(message.as_str())), ("B", Some("b"))]).unwrap();
        assert!(built.narrow_bounds().is_none());
        let small = EntryTextBuilder::build([("A", Some("a"))]).unwrap();
        assert_eq!(small.narrow_bounds(), Some(std::vec![1, 2 << 8]));
    }

    #[test]
    fn a_name_of_the_longest_length_reads_back_and_a_longer_one_is_refused() {
        let longest = "N".repeat(MAX_NAME_LENGTH);
        let built = EntryTextBuilder::build([(longest.as_str(), Some("m"))]).unwrap();
        let (narrow, _) = reader(built);
        assert_eq!((narrow.name(0), narrow.message(0)), (longest.as_str(), "m"));
        let longer = "N".repeat(MAX_NAME_LENGTH + 1);
        assert!(EntryTextBuilder::build([(longer.as_str(), Some("m"))]).is_err());
    }
}
