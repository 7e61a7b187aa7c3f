//! An entry's parameters (a bug check's four): what each holds and the values the
//! documentation explains, read from one table that holds only the entries that have any.
//!
//! Entry `entries[k]` owns parameters `starts[k]..starts[k + 1]`; parameter `p` owns value
//! rows `value_starts[p]..value_starts[p + 1]`. The text holds each parameter's description
//! (empty when it has none), then six strings a value row: its value, its meaning and what
//! parameters 1 to 4 hold then (empty when the catalog does not say).

use core::iter::FusedIterator;

use crate::sparse::position;
use crate::text::TextTable;

/// Strings a value row takes: value, meaning, and the four arguments.
const ROW: u32 = 6;

/// The reader.
#[derive(Clone, Copy, Debug)]
pub struct ParameterTable {
    /// Sorted variant indices of the entries that have parameters.
    pub entries: &'static [u32],
    /// First parameter of each of those entries, plus the end of the last one's.
    pub starts: &'static [u32],
    /// First value row of each parameter, plus the end of the last one's.
    pub value_starts: &'static [u32],
    /// The descriptions, then the value rows.
    pub text: TextTable,
}

impl ParameterTable {
    /// The table of no parameter.
    pub const EMPTY: ParameterTable = ParameterTable {
        entries: &[],
        starts: &[0],
        value_starts: &[0],
        text: TextTable::EMPTY,
    };

    /// The parameters of entry `entry` (a variant index), in order.
    #[inline]
    pub const fn of(self, entry: u32) -> Parameters {
        match position(self.entries, entry) {
            Some(k) => Parameters {
                table: self,
                next: self.starts[k],
                end: self.starts[k + 1],
                first: self.starts[k],
            },
            None => Parameters {
                table: self,
                next: 0,
                end: 0,
                first: 0,
            },
        }
    }

    /// The string, or `None` when it is empty (not given).
    #[inline]
    const fn given(self, i: u32) -> Option<&'static str> {
        let text = self.text.get(i as usize);
        if text.is_empty() { None } else { Some(text) }
    }

    /// Where the value rows start in the text: after one description a parameter.
    #[inline]
    const fn rows_at(self) -> u32 {
        (self.value_starts.len() - 1) as u32
    }
}

/// An entry's parameters, in order.
#[derive(Clone, Debug)]
pub struct Parameters {
    table: ParameterTable,
    next: u32,
    end: u32,
    /// The entry's first parameter, from which an index counts.
    first: u32,
}

impl Parameters {
    /// The parameters of no entry.
    pub const EMPTY: Parameters = ParameterTable::EMPTY.of(0);

    /// Whether there is no (more) parameter.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.next >= self.end
    }

    /// Parameter `index` (1 to 4) of the entry, when the catalog describes it.
    #[inline]
    pub const fn get(&self, index: u8) -> Option<Parameter> {
        let at = self.first + index as u32;
        if index == 0 || at > self.end {
            return None;
        }
        Some(Parameter::at(self.table, at - 1, index))
    }
}

impl Iterator for Parameters {
    type Item = Parameter;

    #[inline]
    fn next(&mut self) -> Option<Parameter> {
        if Parameters::is_empty(self) {
            return None;
        }
        let index = (self.next - self.first + 1) as u8;
        let parameter = Parameter::at(self.table, self.next, index);
        self.next += 1;
        Some(parameter)
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let remaining = (self.end - self.next) as usize;
        (remaining, Some(remaining))
    }
}

impl ExactSizeIterator for Parameters {}
impl FusedIterator for Parameters {}

/// One parameter: its number, what it holds, and the values the documentation explains.
#[derive(Clone, Debug)]
pub struct Parameter {
    /// Its number, 1 to 4.
    pub index: u8,
    /// What it holds; `None` when the documentation says it only per value of another.
    pub description: Option<&'static str>,
    /// Its values.
    pub values: ParameterValues,
}

impl Parameter {
    #[inline]
    const fn at(table: ParameterTable, p: u32, index: u8) -> Parameter {
        Parameter {
            index,
            description: table.given(p),
            values: ParameterValues {
                table,
                next: table.value_starts[p as usize],
                end: table.value_starts[p as usize + 1],
            },
        }
    }
}

/// A parameter's values, in order.
#[derive(Clone, Debug)]
pub struct ParameterValues {
    table: ParameterTable,
    next: u32,
    end: u32,
}

impl Iterator for ParameterValues {
    type Item = ParameterValue;

    #[inline]
    fn next(&mut self) -> Option<ParameterValue> {
        if self.next >= self.end {
            return None;
        }
        let table = self.table;
        let at = table.rows_at() + self.next * ROW;
        self.next += 1;
        Some(ParameterValue {
            value: table.text.get(at as usize),
            meaning: table.given(at + 1),
            arguments: [
                table.given(at + 2),
                table.given(at + 3),
                table.given(at + 4),
                table.given(at + 5),
            ],
        })
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let remaining = (self.end - self.next) as usize;
        (remaining, Some(remaining))
    }
}

impl ExactSizeIterator for ParameterValues {}
impl FusedIterator for ParameterValues {}

/// A value of a parameter: as the documentation writes it, what it means, and what the
/// parameters hold when it is the value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ParameterValue {
    /// The value as written (`0x3`).
    pub value: &'static str,
    /// What it means.
    pub meaning: Option<&'static str>,
    /// What parameters 1 to 4 hold then, where the documentation says.
    pub arguments: [Option<&'static str>; 4],
}

impl ParameterValue {
    /// The value as a number: `0x` hexadecimal, else decimal digits; `None` for a value
    /// written otherwise (a range, a name).
    pub fn number(&self) -> Option<u64> {
        let text = self.value.trim();
        match text.get(..2) {
            Some("0x" | "0X") => u64::from_str_radix(text.get(2..)?, 16).ok(),
            _ => text.parse().ok(),
        }
    }

    /// What parameter `index` (1 to 4) holds when this is the value, where the
    /// documentation says.
    #[inline]
    pub const fn argument(&self, index: u8) -> Option<&'static str> {
        match index {
            1..=4 => self.arguments[index as usize - 1],
            _ => None,
        }
    }
}

/// One parameter as the builder takes it: its description, and its values as (value,
/// meaning, arguments).
#[cfg(feature = "build")]
pub type BuiltParameter<'s> = (
    Option<&'s str>,
    alloc::vec::Vec<(&'s str, Option<&'s str>, [Option<&'s str>; 4])>,
);

/// The builder of a [`ParameterTable`].
#[cfg(feature = "build")]
#[derive(Debug, PartialEq, Eq)]
pub struct ParameterTableBuilder {
    /// See [`ParameterTable::entries`].
    pub entries: alloc::vec::Vec<u32>,
    /// See [`ParameterTable::starts`].
    pub starts: alloc::vec::Vec<u32>,
    /// See [`ParameterTable::value_starts`].
    pub value_starts: alloc::vec::Vec<u32>,
    /// See [`ParameterTable::text`].
    pub text: crate::text::TextBuilder,
}

#[cfg(feature = "build")]
impl ParameterTableBuilder {
    /// The table of `parameters`, where `parameters[i]` are entry `i`'s; entries without
    /// any take no room.
    pub fn build<'s>(
        parameters: impl IntoIterator<Item = alloc::vec::Vec<BuiltParameter<'s>>>,
    ) -> Result<Self, crate::BuildError> {
        let mut entries = alloc::vec::Vec::new();
        let mut starts = alloc::vec![0];
        let mut value_starts = alloc::vec![0];
        let mut descriptions = alloc::vec::Vec::new();
        let mut rows = alloc::vec::Vec::new();
        for (i, own) in parameters.into_iter().enumerate() {
            if own.is_empty() {
                continue;
            }
            entries.push(crate::index(i));
            for (description, values) in own {
                descriptions.push(description.unwrap_or_default());
                for (value, meaning, arguments) in values {
                    rows.push(value);
                    rows.push(meaning.unwrap_or_default());
                    rows.extend(arguments.map(Option::unwrap_or_default));
                }
                value_starts.push(crate::index(rows.len() / ROW as usize));
            }
            starts.push(crate::index(descriptions.len()));
        }
        Ok(ParameterTableBuilder {
            entries,
            starts,
            value_starts,
            text: crate::text::TextBuilder::of(descriptions.into_iter().chain(rows))?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::vec;
    use std::vec::Vec;

    fn leak(built: ParameterTableBuilder) -> ParameterTable {
        ParameterTable {
            entries: Vec::leak(built.entries),
            starts: Vec::leak(built.starts),
            value_starts: Vec::leak(built.value_starts),
            text: built.text.leak(),
        }
    }

    #[test]
    fn only_entries_with_parameters_take_room_and_read_back() {
        let watchdog: Vec<BuiltParameter<'_>> = vec![
            (
                None,
                vec![
                    ("0", Some("One DPC."), [None, Some("Count."), None, None]),
                    ("0x1", None, [None, None, Some("Limit."), None]),
                ],
            ),
            (Some("The count."), vec![]),
        ];
        let other: Vec<BuiltParameter<'_>> = vec![(Some("Address."), vec![])];
        let table = leak(ParameterTableBuilder::build([vec![], watchdog, vec![], other]).unwrap());
        assert_eq!(table.entries, [1, 3]);
        assert!(table.of(0).is_empty() && table.of(2).is_empty());
        let parameters: Vec<Parameter> = table.of(1).collect();
        assert_eq!(parameters.len(), 2);
        // The counts an `ExactSizeIterator` promises, before and during iteration.
        let counts: Vec<usize> = (0..4).map(|entry| table.of(entry).len()).collect();
        assert_eq!(counts, [0, 2, 0, 1]);
        let mut rest = table.of(1);
        rest.next();
        assert_eq!(rest.len(), 1);
        assert_eq!(parameters[0].values.len(), 2);
        let mut values_left = parameters[0].values.clone();
        values_left.next();
        assert_eq!(values_left.len(), 1);
        assert_eq!((parameters[0].index, parameters[0].description), (1, None));
        let values: Vec<ParameterValue> = parameters[0].values.clone().collect();
        assert_eq!(
            values,
            [
                ParameterValue {
                    value: "0",
                    meaning: Some("One DPC."),
                    arguments: [None, Some("Count."), None, None],
                },
                ParameterValue {
                    value: "0x1",
                    meaning: None,
                    arguments: [None, None, Some("Limit."), None],
                },
            ]
        );
        assert_eq!((values[0].number(), values[1].number()), (Some(0), Some(1)));
        assert_eq!(values[0].argument(2), Some("Count."));
        assert_eq!((values[0].argument(0), values[0].argument(5)), (None, None));
        assert_eq!(
            (parameters[1].index, parameters[1].description),
            (2, Some("The count."))
        );
        assert_eq!(parameters[1].values.len(), 0);
        let other = table.of(3).get(1).unwrap();
        assert_eq!(other.description, Some("Address."));
        assert!(table.of(3).get(2).is_none() && table.of(3).get(0).is_none());
        assert_eq!(table.of(1).get(2).unwrap().description, Some("The count."));
        assert!(Parameters::EMPTY.is_empty());
    }

    #[test]
    fn values_read_as_numbers_where_they_are_written_as_numbers() {
        let value = |value| ParameterValue {
            value,
            meaning: None,
            arguments: [None; 4],
        };
        assert_eq!(value("0x0000000000000003").number(), Some(3));
        assert_eq!(value("0XC0000005").number(), Some(0xC000_0005));
        assert_eq!(value("12").number(), Some(12));
        assert_eq!(value("0x").number(), None);
        assert_eq!(value("Any other value").number(), None);
    }
}
