//! A Windows Installer log's note, `Note: 1: 1402 2: HKEY_LOCAL_MACHINE\... 3: 2`: field 1 is
//! the number of an installer message, and the message's template says which other field is a
//! system error (`Could not open key: [2]. System error [3].`), so that field's number is read
//! as one.

use win_errors_core::{CodeSpace, Entry, Readings};

use super::{Cue, Finding, decoded};

/// The words of a template just before the field that holds a system error, lowercase, and
/// the space of that error.
const SYSTEM_ERROR_FIELDS: &[(&str, CodeSpace)] = &[
    ("system error [", CodeSpace::Win32),
    ("system error: [", CodeSpace::Win32),
    ("system error code: [", CodeSpace::Win32),
    ("getlasterror: [", CodeSpace::Win32),
    ("getlasterror() returned: [", CodeSpace::Win32),
    ("hresult [", CodeSpace::Hresult),
    ("hresult: [", CodeSpace::Hresult),
];

/// The field of `message`'s template that holds a system error, and its space: `Could not open
/// key: [2]. System error [3].` gives field 3, a Win32 error.
fn system_error_field(message: &str) -> Option<(u8, CodeSpace)> {
    let lower = message.to_ascii_lowercase();
    SYSTEM_ERROR_FIELDS.iter().find_map(|&(words, space)| {
        let at = lower.find(words)? + words.len();
        let field = lower.get(at..)?.split_once(']')?.0.parse().ok()?;
        Some((field, space))
    })
}

/// The system error in the note whose field 1, installer message `number`, ends at `after`:
/// the field the message's template names, when it holds a decimal number.
pub(super) fn system_error<'l>(line: &'l [u8], after: usize, number: u32) -> Option<Finding<'l>> {
    let message = Entry::find(CodeSpace::Msi, number)?.message()?;
    let (field, space) = system_error_field(message)?;
    let label = [b' ', b'0' + field, b':', b' '];
    let rest = line.get(after..)?;
    let at = after + rest.windows(label.len()).position(|w| w == label)? + label.len();
    let value = line.get(at..)?;
    let length = value.iter().position(|&b| b == b' ').unwrap_or(value.len());
    let value = value.get(..length)?;
    // A negative or a long number is read by the rules for its own shape already; an empty
    // field reads as no number below.
    if value.len() > 7 || !value.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let text = core::str::from_utf8(value).ok()?;
    decoded(at, text, &Readings::of_text(text), Some((space, Cue::Line)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_template_names_its_system_error_field() {
        assert_eq!(
            system_error_field("Could not open key: [2]. System error [3]."),
            Some((3, CodeSpace::Win32))
        );
        assert_eq!(
            system_error_field(
                "Error attempting to open the source file: [3]. System error code: [2]"
            ),
            Some((2, CodeSpace::Win32))
        );
        assert_eq!(
            system_error_field("Module [2] failed to register. HRESULT [3]."),
            Some((3, CodeSpace::Hresult))
        );
        assert_eq!(
            system_error_field("Database: [2]. Table(s) Update failed"),
            None
        );
    }

    #[test]
    fn the_named_field_of_a_note_is_read() {
        let line =
            b"MSI (s) (98:48) [11:22:21:656]: Note: 1: 1402 2: HKEY_LOCAL_MACHINE\\Software 3: 2 ";
        let after = line.windows(4).position(|w| w == b"1402").unwrap() + 4;
        let found = system_error(line, after, 1402).unwrap();
        assert_eq!(found.entry.name(), "ERROR_FILE_NOT_FOUND");
        assert_eq!((found.text, found.cue), ("2", Cue::Line));
        assert_eq!(&line[found.start..found.end()], b"2");
        // A message without a system error field, or a field with no number, gives nothing.
        assert!(system_error(b"Note: 1: 2205 2:  3: Error", 13, 2205).is_none());
        assert!(system_error(b"Note: 1: 1402 2: key 3: ", 13, 1402).is_none());
        // Nor does one in another shape, which its own rule reads (eight digits are hex).
        for field in ["0x5", "-5", "80070005"] {
            let line = format!("Note: 1: 1402 2: key 3: {field}");
            assert!(system_error(line.as_bytes(), 13, 1402).is_none(), "{field}");
        }
        // Seven digits are the most read: an HRESULT field's success code.
        let line = b"Note: 1: 1904 2: x.dll 3: 1249542";
        let found = system_error(line, 13, 1904).map(|found| found.entry.name());
        assert_eq!(found, Some("CLDB_S_TRUNCATION"));
    }
}
