//! A symbolic name and a code written side by side as one: `E_ACCESSDENIED (0x80070005)`,
//! `0xc0000135 (STATUS_DLL_NOT_FOUND)`, `STATUS_DLL_NOT_FOUND: 0xc0000135`. The text says twice
//! which error it means, and the two may disagree (a wrong constant in a header, a message
//! copied beside another code): a reader should be told either way.

use win_errors_core::{Entry, Form};

use crate::Finding;

/// A name and a code the text writes side by side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pair<'a> {
    /// The finding written as a name.
    pub name: Finding<'a>,
    /// The finding written as a number.
    pub code: Finding<'a>,
}

impl Pair<'_> {
    /// Whether the code is the named entry: in one of its readings (`0x80070005` is
    /// `ERROR_ACCESS_DENIED` carried in an HRESULT, and `E_ACCESSDENIED`), or as that
    /// entry's counterpart in another space.
    pub fn agree(&self) -> bool {
        let named = self.name.entry;
        self.code_entries()
            .any(|entry| entry == named || entry.counterpart() == Some(named))
    }

    /// The entries the code's readings find, best first.
    fn code_entries(&self) -> impl Iterator<Item = Entry> {
        self.code.readings().into_iter().filter_map(|r| r.entry)
    }
}

/// The most bytes that may stand between a name and its code: `" ("`, `" = "`, `") ("`.
const MOST_BETWEEN: usize = 4;

/// The name-and-code pairs among `findings`, the findings of `line` in order: a name and a
/// number next to each other with nothing but spaces and punctuation between them (`(`, `[`,
/// `:`, `=`, `,`, `-`, quotes).
pub fn pairs<'a>(line: &[u8], findings: &[Finding<'a>]) -> Vec<Pair<'a>> {
    let is_name = |f: &Finding<'_>| f.reading.form == Form::Name;
    findings
        .windows(2)
        .filter_map(|two| {
            let (first, second) = (two[0], two[1]);
            let between = line.get(first.end()..second.start)?;
            let joined = between.len() <= MOST_BETWEEN
                && between.iter().all(|b| b" \t()[]{}:=,-'\"`".contains(b));
            match (is_name(&first), is_name(&second)) {
                _ if !joined => None,
                (true, false) => Some(Pair {
                    name: first,
                    code: second,
                }),
                (false, true) => Some(Pair {
                    name: second,
                    code: first,
                }),
                _ => None,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Matcher;

    fn pairs_in(line: &str) -> Vec<(&str, &str, bool)> {
        let findings: Vec<Finding<'_>> = Matcher::new().findings(line.as_bytes()).collect();
        pairs(line.as_bytes(), &findings)
            .iter()
            .map(|pair| (pair.name.text, pair.code.text, pair.agree()))
            .collect()
    }

    #[test]
    fn a_name_and_its_code_agree() {
        for (line, name, code) in [
            (
                "failed: E_ACCESSDENIED (0x80070005)",
                "E_ACCESSDENIED",
                "0x80070005",
            ),
            (
                "exit code 0xc0000135 (STATUS_DLL_NOT_FOUND)",
                "STATUS_DLL_NOT_FOUND",
                "0xc0000135",
            ),
            (
                "STATUS_DLL_NOT_FOUND: 0xc0000135",
                "STATUS_DLL_NOT_FOUND",
                "0xc0000135",
            ),
            // The HRESULT carries the Win32 error the name is.
            (
                "hr = 0x80070002 [ERROR_FILE_NOT_FOUND]",
                "ERROR_FILE_NOT_FOUND",
                "0x80070002",
            ),
        ] {
            assert_eq!(pairs_in(line), [(name, code, true)], "{line}");
        }
    }

    #[test]
    fn a_name_beside_another_code_disagrees() {
        assert_eq!(
            pairs_in("ERROR_FILE_NOT_FOUND (0x80070005)"),
            [("ERROR_FILE_NOT_FOUND", "0x80070005", false)]
        );
    }

    #[test]
    fn names_and_codes_apart_are_no_pair() {
        for line in [
            "E_FAIL then, later, 0x80070005",
            "0x80070005 0xc0000135",
            "E_FAIL ERROR_ACCESS_DENIED",
            "E_FAIL",
        ] {
            assert_eq!(pairs_in(line), [], "{line}");
        }
        // Punctuation alone, but too much of it; little between, but not punctuation.
        for line in ["E_FAIL  ::  (0x80004005)", "E_FAIL x 0x80004005"] {
            assert_eq!(
                Matcher::new().findings(line.as_bytes()).count(),
                2,
                "{line}"
            );
            assert_eq!(pairs_in(line), [], "{line}");
        }
    }
}
