//! Importer of a Windows SDK `winerror.h`: the `MessageId:` / `MessageText:` comment block
//! before each `#define NAME value`.

use win_errors_catalog::write::draft::EntryDraft;

use crate::markdown::normalize_whitespace;

/// Counts of what the importer skipped or merged, for its report.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct HeaderReport {
    /// `#define`s without a message block (facility numbers, `NO_ERROR`, macros).
    pub defines_without_message: usize,
    /// Names whose code an earlier entry already has: kept as that entry's alias.
    pub merged_as_alias: Vec<String>,
}

/// Imports every documented `#define` of `text`. `file` names it in errors.
pub fn import_header(text: &str, file: &str) -> Result<(Vec<EntryDraft>, HeaderReport), String> {
    let mut entries: Vec<EntryDraft> = Vec::new();
    let mut report = HeaderReport::default();
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].trim();
        if line.starts_with("#define ") {
            report.defines_without_message += 1;
            i += 1;
            continue;
        }
        let Some(id) = comment(line).and_then(|c| c.strip_prefix("MessageId:")) else {
            i += 1;
            continue;
        };
        let id = id.trim().to_owned();
        let block_line = i + 1;
        i += 1;
        // Skip to `MessageText:`, then gather the comment lines up to the `#define`.
        while i < lines.len()
            && comment(lines[i].trim()).is_some_and(|c| !c.starts_with("MessageText:"))
        {
            i += 1;
        }
        if i >= lines.len() || comment(lines[i].trim()).is_none() {
            return Err(format!(
                "{file}:{block_line}: MessageId {id} has no MessageText"
            ));
        }
        i += 1;
        let mut text_lines = Vec::new();
        while i < lines.len() {
            match comment(lines[i].trim()) {
                Some(c) => text_lines.push(c),
                None => break,
            }
            i += 1;
        }
        let define_line = i + 1;
        let define = lines.get(i).map(|l| l.trim()).unwrap_or_default();
        let (name, code) = parse_define(define).ok_or_else(|| {
            format!("{file}:{define_line}: expected `#define {id} <value>` after its message, found: {define}")
        })?;
        if name != id {
            return Err(format!(
                "{file}:{define_line}: #define {name} follows the message of {id}"
            ));
        }
        let message = normalize_whitespace(&text_lines.join(" "));
        if message.is_empty() {
            return Err(format!(
                "{file}:{block_line}: {id} has an empty MessageText"
            ));
        }
        i += 1;
        if let Some(first) = entries.iter_mut().find(|e| e.code == code) {
            first.aliases.push(name.clone());
            report.merged_as_alias.push(name);
            continue;
        }
        entries.push(EntryDraft {
            name,
            code,
            message: Some(message),
            ..Default::default()
        });
    }
    if entries.is_empty() {
        return Err(format!("{file}: no MessageId blocks: is this winerror.h?"));
    }
    Ok((entries, report))
}

/// The text of a `//` comment line (without the slashes and one space), or `None`.
fn comment(line: &str) -> Option<&str> {
    line.strip_prefix("//")
        .map(|c| c.strip_prefix(' ').unwrap_or(c).trim_end())
}

/// `#define NAME value [// comment]` with value `123L`, `0x1FL`,
/// `_HRESULT_TYPEDEF_(0x8000FFFFL)`, `((HRESULT)0x8000FFFFL)` and the like.
fn parse_define(line: &str) -> Option<(String, u32)> {
    let rest = line.strip_prefix("#define")?.trim_start();
    let (name, value) = rest.split_once(char::is_whitespace)?;
    let value = value.split("//").next()?.trim();
    let number = value
        .trim_end_matches(')')
        .rsplit(['(', ')'])
        .next()?
        .trim()
        .trim_end_matches(['L', 'l', 'U', 'u']);
    let code = match number
        .strip_prefix("0x")
        .or_else(|| number.strip_prefix("0X"))
    {
        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
        None => number.parse().ok()?,
    };
    Some((name.to_owned(), code))
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = include_str!("../tests/fixtures/winerror.h");

    #[test]
    fn imports_the_documented_defines() {
        let (entries, report) = import_header(HEADER, "winerror.h").unwrap();
        let found: Vec<(&str, u32)> = entries.iter().map(|e| (e.name.as_str(), e.code)).collect();
        assert_eq!(
            found,
            [
                ("ERROR_SUCCESS", 0),
                ("ERROR_INVALID_FUNCTION", 1),
                ("ERROR_NO_SUCH_LOGON_SESSION", 1312),
                ("ERROR_INVALID_PARAMETER", 87),
                ("ERROR_FILE_CHECKED_OUT", 220),
                ("ERROR_CHECKOUT_REQUIRED", 221),
                ("E_UNEXPECTED", 0x8000_FFFF),
                ("ERROR_MR_MID_NOT_FOUND", 317),
            ]
        );
        assert_eq!(
            entries[2].message.as_deref(),
            Some("A specified logon session does not exist. It may already have been terminated.")
        );
        assert_eq!(entries[5].aliases, ["ERROR_DUPLICATE_OF_CHECKOUT"]);
        assert_eq!(report.merged_as_alias, ["ERROR_DUPLICATE_OF_CHECKOUT"]);
        // _WINERROR_, FACILITY_WIN32 and NO_ERROR.
        assert_eq!(report.defines_without_message, 3);
    }

    #[test]
    fn define_values_in_every_header_shape() {
        assert_eq!(parse_define("#define A 5L"), Some(("A".into(), 5)));
        assert_eq!(
            parse_define("#define A 0x1FL    // x"),
            Some(("A".into(), 31))
        );
        assert_eq!(
            parse_define("#define E _HRESULT_TYPEDEF_(0x80004005L)"),
            Some(("E".into(), 0x8000_4005))
        );
        assert_eq!(
            parse_define("#define E ((HRESULT)0x80004005L)"),
            Some(("E".into(), 0x8000_4005))
        );
        assert_eq!(parse_define("#define E SOMETHING_ELSE"), None);
    }

    #[test]
    fn a_block_without_its_define_fails_loudly() {
        let broken = "//\n// MessageId: ERROR_A\n//\n// MessageText:\n//\n// Text.\n//\n#define ERROR_B 1L\n";
        assert_eq!(
            import_header(broken, "w.h").unwrap_err(),
            "w.h:8: #define ERROR_B follows the message of ERROR_A"
        );
        let broken = "//\n// MessageId: ERROR_A\n//\n// MessageText:\n//\n// Text.\n//\nint x;\n";
        assert!(
            import_header(broken, "w.h")
                .unwrap_err()
                .starts_with("w.h:8: expected `#define ERROR_A")
        );
    }
}
