//! What the values that came with a code mean, from its entry's parameters: the
//! explanation `!analyze -show` gives of a bug check's four arguments, offline.
//!
//! A table of values of one parameter (a bug check's parameter 1, most often) says what the
//! value means and, for each value, what the other parameters hold then; a parameter's own
//! description says it otherwise.

use crate::{ParameterValue, Parameters};

/// One argument explained.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Argument {
    /// Its number, 1 to 4.
    pub index: u8,
    /// Its value.
    pub value: u64,
    /// What the parameter holds, for this code and these values.
    pub description: Option<&'static str>,
    /// What this value means, where the documentation tabulates the parameter's values.
    pub meaning: Option<&'static str>,
}

/// The arguments `values` (the first is parameter 1; at most four are read) explained by
/// `parameters`, in order.
///
/// ```
/// # use win_errors_core as win_errors;
/// use win_errors::{BugCheck, ErrorCatalog, explain_arguments};
///
/// let watchdog = BugCheck::from_code(0x133).unwrap();
/// let [first, second, ..] = explain_arguments(watchdog.parameters(), &[1, 0x1e00]);
/// let first = first.unwrap();
/// assert!(first.meaning.unwrap().starts_with("The system cumulatively spent"));
/// assert_eq!(second.unwrap().value, 0x1e00);
/// ```
pub fn explain_arguments(parameters: Parameters, values: &[u64]) -> [Option<Argument>; 4] {
    // The first parameter whose table of values has this value keys the others.
    let key: Option<(u8, ParameterValue)> = parameters.clone().find_map(|parameter| {
        let value = *values.get(usize::from(parameter.index) - 1)?;
        let row = parameter
            .values
            .clone()
            .find(|row| row.number() == Some(value))?;
        Some((parameter.index, row))
    });
    let mut explained = [None; 4];
    for (slot, (&value, index)) in explained.iter_mut().zip(values.iter().zip(1u8..)) {
        let own = parameters.get(index).and_then(|p| p.description);
        let keyed = key.and_then(|(_, row)| row.argument(index));
        let meaning = key.and_then(|(keyed_by, row)| match keyed_by == index {
            true => row.meaning,
            false => None,
        });
        *slot = Some(Argument {
            index,
            value,
            description: keyed.or(own),
            meaning,
        });
    }
    explained
}

#[cfg(all(test, feature = "bugcheck"))]
mod tests {
    use super::*;
    use crate::BugCheck;

    #[test]
    fn a_tabulated_value_explains_its_parameter_and_the_others() {
        let check = BugCheck::from_code(0x9F).unwrap();
        let explained = explain_arguments(check.parameters(), &[3, 0xffff_c30f, 0xffff_818d, 0]);
        let [Some(first), Some(second), Some(third), Some(fourth)] = explained else {
            panic!("four arguments: {explained:?}");
        };
        assert_eq!((first.index, first.value), (1, 3));
        assert!(
            first.meaning.is_some_and(|m| m.contains("device object")),
            "{first:?}"
        );
        // What the others hold when parameter 1 is 3.
        assert!(second.description.is_some() && second.meaning.is_none());
        assert!(third.description.is_some() && fourth.description.is_some());
        // A value the table does not have: each parameter's own description, no meaning.
        let other = explain_arguments(check.parameters(), &[0xABCD]);
        assert_eq!(other[0].unwrap().meaning, None);
        assert!(other[1].is_none());
        // No parameters, no explanation but the values.
        let none = explain_arguments(crate::Parameters::EMPTY, &[1, 2]);
        assert_eq!(none[1].unwrap().value, 2);
        assert_eq!(none[1].unwrap().description, None);
    }
}
