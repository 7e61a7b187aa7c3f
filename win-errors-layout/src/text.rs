//! Strings end to end in one `&'static str`: string `i` spans `offsets[i]..offsets[i + 1]`.
//! One pointer for the whole table instead of a pointer and a relocation per string.

/// `text[start..end]`, in a `const fn`. The builders write character boundaries;
/// `split_at` checks that anyway, so this is safe for any input.
#[inline]
pub const fn slice_text(text: &'static str, start: usize, end: usize) -> &'static str {
    text.split_at(end).0.split_at(start).1
}

/// The reader: strings stored end to end.
#[derive(Clone, Copy, Debug)]
pub struct TextTable {
    /// All strings, concatenated.
    pub text: &'static str,
    /// Start of each string, plus the end of the last one.
    pub offsets: &'static [u32],
}

impl TextTable {
    /// The table with no string.
    pub const EMPTY: TextTable = TextTable {
        text: "",
        offsets: &[0],
    };

    /// String `i`.
    ///
    /// # Panics
    /// When `i + 1` is out of bounds of `offsets` (generated code never asks for that).
    #[inline(always)]
    pub const fn get(self, i: usize) -> &'static str {
        slice_text(
            self.text,
            self.offsets[i] as usize,
            self.offsets[i + 1] as usize,
        )
    }

    /// The number of strings.
    #[inline]
    pub const fn len(self) -> usize {
        self.offsets.len() - 1
    }

    /// Whether the table has no string.
    #[inline]
    pub const fn is_empty(self) -> bool {
        self.len() == 0
    }
}

/// The builder of a [`TextTable`].
#[cfg(feature = "build")]
#[derive(Debug, PartialEq, Eq)]
pub struct TextBuilder {
    /// All strings, concatenated.
    pub text: alloc::string::String,
    /// Start of each string, plus the end of the last one.
    pub offsets: alloc::vec::Vec<u32>,
}

#[cfg(feature = "build")]
impl Default for TextBuilder {
    fn default() -> Self {
        TextBuilder {
            text: alloc::string::String::new(),
            offsets: alloc::vec![0],
        }
    }
}

#[cfg(feature = "build")]
impl TextBuilder {
    /// A table of `strings`.
    pub fn of<'s>(strings: impl IntoIterator<Item = &'s str>) -> Result<Self, crate::BuildError> {
        let mut table = TextBuilder::default();
        for s in strings {
            table.push(s)?;
        }
        Ok(table)
    }

    /// Appends a string; its index is the number of strings before it.
    pub fn push(&mut self, s: &str) -> Result<(), crate::BuildError> {
        self.text.push_str(s);
        self.offsets.push(crate::text_offset(self.text.len())?);
        Ok(())
    }

    /// The number of strings.
    pub fn len(&self) -> usize {
        self.offsets.len() - 1
    }

    /// Whether no string was pushed.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The strings, in order.
    pub fn strings(&self) -> impl Iterator<Item = &str> {
        self.offsets.windows(2).filter_map(|bounds| match bounds {
            &[start, end] => self.text.get(start as usize..end as usize),
            _ => None,
        })
    }

    /// The reader over this table, for tests (it leaks the table).
    #[cfg(test)]
    pub(crate) fn leak(self) -> TextTable {
        TextTable {
            text: alloc::string::String::leak(self.text),
            offsets: alloc::vec::Vec::leak(self.offsets),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_string_comes_back() {
        let table = TextBuilder::of(["A", "Bé", "", "C"]).unwrap();
        assert_eq!(table.offsets, [0, 1, 4, 4, 5]);
        assert_eq!((table.len(), table.is_empty()), (4, false));
        assert!(TextBuilder::default().is_empty());
        let reader = table.leak();
        assert_eq!((reader.len(), reader.is_empty()), (4, false));
        let strings: std::vec::Vec<&str> = (0..reader.len()).map(|i| reader.get(i)).collect();
        assert_eq!(strings, ["A", "Bé", "", "C"]);
        assert!(TextTable::EMPTY.is_empty());
    }
}
