//! Reader of the .NET runtime's error codes (dotnet/runtime, MIT): the CLR HRESULTs of
//! `corerror.xml` (the source of `corerror.h` and of the runtime's message resources) and the
//! structured-exception codes of `corexcep.h`, which crash reports show (`0xE0434352`).
//!
//! `corerror.xml` is read as XML: an `<HRESULT>` inside an XML comment is no code (the README
//! counts one), and an element of any other shape stops the reader. A `<Message>` is wrapped
//! in literal double quotes, which are removed; a code with only a `<Comment>` has no message
//! (the comments are developer notes, several cut mid-sentence). A value given as a standard
//! HRESULT's name (`E_INVALIDARG`, `__HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND)`) is no value of
//! its own: the name goes to `report.references` as a secondary name of that error.

use std::path::Path;

use win_errors_catalog::write::draft::EntryDraft;

use super::{
    blank_xml_comments, elements, expect_count, expect_counts, hex_u32, line_at, only_child,
    only_space_around, read_source,
};
use crate::com_pages::add_or_alias;
use crate::pages::Report;

/// The family of the CLR HRESULTs and of the CLR's own exception codes.
pub const FAMILY: &str = ".NET runtime";
/// The family of `EXCEPTION_MSVC` (0xE06D7363), which corexcep.h names but which is the code
/// Microsoft's C++ runtime raises for a C++ `throw`, not the CLR's.
pub const MSVC_FAMILY: &str = "Visual C++";

/// `<HRESULT>` elements outside comments (README).
pub const ELEMENTS: usize = 367;
/// Values written as hex literals, all distinct.
pub const HEX_VALUES: usize = 352;
/// Values written `_HRESULT_TYPEDEF_(0x...L)`: a number, read as one.
pub const TYPEDEF_VALUES: usize = 4;
/// Values written as another error's name: 5 `E_*` and 6 `__HRESULT_FROM_WIN32(ERROR_*)`.
pub const NAMED_VALUES: usize = 11;
/// Elements with a `<Message>`.
pub const MESSAGES: usize = 300;
/// Success codes `0x0013xxxx`, written without leading zeros.
pub const SUCCESS_CODES: usize = 9;
/// `<HRESULT>` elements inside XML comments.
pub const COMMENTED_OUT: usize = 1;
/// `#define`d exception codes of `corexcep.h`.
pub const EXCEPTION_CODES: usize = 4;

/// An `E_*` value: the CLR name is a secondary name of that standard HRESULT.
pub const REFERENCE: &str = "values given as an E_* name (references to it)";
/// `__HRESULT_FROM_WIN32(ERROR_*)`: the code is that Win32 error's HRESULT (0x8007xxxx).
pub const WIN32_REFERENCE: &str = "values given as __HRESULT_FROM_WIN32(ERROR_*) (references)";
/// A number all the same; the 4 lie outside FACILITY_URT, and the caller merges them by code.
pub const TYPEDEF_VALUE: &str = "values written _HRESULT_TYPEDEF_(0x...L) (the number read)";
/// The success codes are written `0x131106`.
pub const SHORT_HEX: &str = "values without leading zeros (read as hex)";
/// `COR_E_Data`.
pub const MIXED_CASE: &str = "names with lowercase letters (kept as written)";
/// A `<Comment>` is a developer note, several cut mid-sentence: no message.
pub const NO_MESSAGE: &str = "codes without a <Message> (no message)";
/// `&lt;=&gt;` in a message.
pub const XML_ESCAPES: &str = "messages with XML escapes (decoded)";
/// `CORPROF_E_RUNTIME_SUSPEND_REQUIRED`, used only internally, is commented out.
pub const IN_COMMENT: &str = "<HRESULT> elements inside an XML comment (skipped)";
/// Two names of one value: the first names the entry, the others are its aliases.
pub const SAME_VALUE: &str = "names of an earlier name's value (kept as its aliases)";
/// `corexcep.h`'s comments are notes on the values, not messages.
pub const NO_TEXT: &str = "exception codes without a text (no message)";
/// `EXCEPTION_INTERNAL_ASSERT` is raised by debug builds only.
pub const DEBUG_ONLY: &str = "exception codes of debug builds only (kept)";
/// 0xE06D7363 is raised by a C++ `throw` in Microsoft's C++ runtime, not by the CLR.
pub const MSVC_CODE: &str = "MSVC's C++ exception code (kept, in the Visual C++ family)";

/// The CLR HRESULTs of `corerror.xml`, as entries of the .NET runtime family; the names whose
/// value is another error's name go to `report.references`.
pub fn read(dir: &Path, report: &mut Report) -> Result<Vec<EntryDraft>, String> {
    let (file, text) = read_source(dir, "corerror.xml")?;
    let (entries, tally) = hresults(&text, &file, report)?;
    expect_counts(
        &file,
        &[
            (
                "<HRESULT> elements in comments",
                tally.commented_out,
                COMMENTED_OUT,
            ),
            ("<HRESULT> elements", tally.elements, ELEMENTS),
            ("hex values", tally.hex, HEX_VALUES),
            ("_HRESULT_TYPEDEF_ values", tally.typedef, TYPEDEF_VALUES),
            ("values given by name", tally.named, NAMED_VALUES),
            ("messages", tally.messages, MESSAGES),
            ("success codes", tally.success, SUCCESS_CODES),
            ("numeric values", entries.len(), HEX_VALUES + TYPEDEF_VALUES),
        ],
    )?;
    Ok(entries)
}

/// What [`hresults`] counted, to be held to the README's counts.
#[derive(Debug, Default, PartialEq, Eq)]
struct Tally {
    commented_out: usize,
    elements: usize,
    hex: usize,
    typedef: usize,
    named: usize,
    messages: usize,
    success: usize,
}

/// The entries of `corerror.xml`'s text.
fn hresults(
    text: &str,
    file: &str,
    report: &mut Report,
) -> Result<(Vec<EntryDraft>, Tally), String> {
    let (blanked, comments) = blank_xml_comments(text, file)?;
    let mut tally = Tally::default();
    for (line, comment) in &comments {
        if comment.contains("<HRESULT ") {
            let name = comment
                .split_once("<SymbolicName>")
                .and_then(|(_, after)| after.split_once("</SymbolicName>"))
                .map(|(name, _)| name.trim())
                .ok_or_else(|| format!("{file}:{line}: an <HRESULT> comment without a name"))?;
            report.note(IN_COMMENT, name);
            tally.commented_out += 1;
        }
    }
    let location_of = |at| format!("{file}:{}", line_at(text, at));
    let body = resource_strings(&blanked, file)?;
    let found = elements(&blanked, "HRESULT", &location_of)?;
    // Between the codes, nothing but space: an element of another name is a shape not known.
    let spans = found.iter().map(|e| (e.start, e.end));
    only_space_around(&blanked, body, spans, &location_of)?;
    tally.elements = found.len();
    let mut entries = Vec::new();
    for element in &found {
        let location = location_of(element.start);
        let value = super::attribute(element.attributes, "NumericValue")
            .ok_or_else(|| format!("{location}: an <HRESULT> without a NumericValue"))?;
        let code = Code::read(element.inner, &location)?;
        if code.message.is_some() {
            tally.messages += 1;
        }
        let name = code.name;
        if name.chars().any(|c| c.is_ascii_lowercase()) {
            report.note(MIXED_CASE, &name);
        }
        let value = if let Some(number) = hex_u32(value) {
            tally.hex += 1;
            if value.len() < 10 {
                report.note(SHORT_HEX, &name);
            }
            if number & 0x8000_0000 == 0 {
                tally.success += 1;
            }
            number
        } else if let Some(number) = value
            .strip_prefix("_HRESULT_TYPEDEF_(")
            .and_then(|v| v.strip_suffix("L)"))
            .and_then(hex_u32)
        {
            tally.typedef += 1;
            report.note(TYPEDEF_VALUE, &format!("{name} = 0x{number:08X}"));
            number
        } else if let Some(win32) = value
            .strip_prefix("__HRESULT_FROM_WIN32(")
            .and_then(|v| v.strip_suffix(')'))
        {
            if win_errors::WinError::from_name(win32).is_none() {
                return Err(format!(
                    "{location}: {name}: {win32} is not a Win32 error name"
                ));
            }
            tally.named += 1;
            report.note(WIN32_REFERENCE, &format!("{name} = {value}"));
            report.references.push((name, win32.to_owned()));
            continue;
        } else if value.starts_with("E_") && win_errors_catalog::names::is_symbolic_name(value) {
            tally.named += 1;
            report.note(REFERENCE, &format!("{name} = {value}"));
            report.references.push((name, value.to_owned()));
            continue;
        } else {
            return Err(format!(
                "{location}: {name}: a NumericValue of an unknown shape: {value}"
            ));
        };
        if code.escaped {
            report.note(XML_ESCAPES, &name);
        }
        if code.message.is_none() {
            report.note(NO_MESSAGE, &name);
        }
        let entry = EntryDraft {
            name,
            code: value,
            message: code.message,
            family: Some(FAMILY.to_owned()),
            ..Default::default()
        };
        add_or_alias(&mut entries, entry, report, SAME_VALUE);
    }
    super::check_unique_names(&entries, file)?;
    Ok((entries, tally))
}

/// The byte range inside `<hc:ResourceStrings ...>`, where the codes are.
fn resource_strings(blanked: &str, file: &str) -> Result<(usize, usize), String> {
    let open = blanked
        .find("<hc:ResourceStrings")
        .and_then(|at| blanked.get(at..)?.find('>').map(|gt| at + gt + 1))
        .ok_or_else(|| format!("{file}: no <hc:ResourceStrings> element"))?;
    let close = blanked
        .rfind("</hc:ResourceStrings>")
        .filter(|&close| close >= open)
        .ok_or_else(|| format!("{file}: no </hc:ResourceStrings>"))?;
    Ok((open, close))
}

/// What an `<HRESULT>` holds: its name, its message without the quotes, and whether that had
/// XML escapes.
struct Code {
    name: String,
    message: Option<String>,
    escaped: bool,
}

impl Code {
    /// Reads the children of an `<HRESULT>`: one `<SymbolicName>`, at most one `<Message>` and
    /// one `<Comment>`, and nothing else.
    fn read(inner: &str, location: &str) -> Result<Code, String> {
        let name = only_child(inner, "SymbolicName", location)?
            .ok_or_else(|| format!("{location}: an <HRESULT> without a <SymbolicName>"))?;
        let message = only_child(inner, "Message", location)?;
        let comment = only_child(inner, "Comment", location)?;
        let mut spans: Vec<(usize, usize)> = [Some(&name), message.as_ref(), comment.as_ref()]
            .into_iter()
            .flatten()
            .map(|child| child.span)
            .collect();
        spans.sort_unstable();
        only_space_around(inner, (0, inner.len()), spans, &|_| location.to_owned())?;
        let name = name.text.trim().to_owned();
        if !win_errors_catalog::names::is_symbolic_name(&name) {
            return Err(format!("{location}: {name} is not a symbolic name"));
        }
        let escaped = message.as_ref().is_some_and(|m| m.raw != m.text);
        let unquoted = |m: &super::Child| {
            let text = m.text.strip_prefix('"')?.strip_suffix('"')?;
            (!text.trim().is_empty() && !text.contains('"')).then(|| text.to_owned())
        };
        let message = match &message {
            Some(m) => Some(unquoted(m).ok_or_else(|| {
                format!("{location}: {name}: a <Message> not wrapped in one pair of quotes")
            })?),
            None => None,
        };
        Ok(Code {
            name,
            message,
            escaped,
        })
    }
}

/// The exception codes of `corexcep.h`, without messages (the header has none): the CLR's in
/// the .NET runtime family, `EXCEPTION_MSVC` in the Visual C++ family.
pub fn read_exception_codes(dir: &Path, report: &mut Report) -> Result<Vec<EntryDraft>, String> {
    let (file, text) = read_source(dir, "corexcep.h")?;
    let entries = exception_codes(&text, &file, report)?;
    expect_count(&file, "exception codes", entries.len(), EXCEPTION_CODES)?;
    Ok(entries)
}

/// The entries of `corexcep.h`'s text.
fn exception_codes(text: &str, file: &str, report: &mut Report) -> Result<Vec<EntryDraft>, String> {
    let mut entries = Vec::new();
    let mut debug_only = false;
    for (number, line) in text.lines().enumerate() {
        let location = format!("{file}:{}", number + 1);
        let line = line.trim();
        match line {
            "#if defined(_DEBUG)" => debug_only = true,
            "#endif" => debug_only = false,
            _ => {}
        }
        let Some(define) = line.strip_prefix("#define ") else {
            continue;
        };
        let (define, _comment) = define.split_once("//").unwrap_or((define, ""));
        let mut words = define.split_whitespace();
        let (Some(name), value, None) = (words.next(), words.next(), words.next()) else {
            return Err(format!("{location}: a #define of an unknown shape: {line}"));
        };
        if name == "__COREXCEP_H__" && value.is_none() {
            continue; // the include guard
        }
        let code = value
            .filter(|v| v.len() == 10)
            .and_then(hex_u32)
            .filter(|_| name.starts_with("EXCEPTION_"))
            .ok_or_else(|| format!("{location}: a #define of an unknown shape: {line}"))?;
        report.note(NO_TEXT, name);
        if debug_only {
            report.note(DEBUG_ONLY, name);
        }
        let family = if code == 0xE06D_7363 {
            report.note(MSVC_CODE, name);
            MSVC_FAMILY
        } else {
            FAMILY
        };
        let entry = EntryDraft {
            name: name.to_owned(),
            code,
            family: Some(family.to_owned()),
            ..Default::default()
        };
        add_or_alias(&mut entries, entry, report, SAME_VALUE);
    }
    super::check_unique_names(&entries, file)?;
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::products::tests::{assert_fails, lines};

    #[test]
    fn the_children_of_a_code() {
        let inner = "\n\t<SymbolicName>META_E_X</SymbolicName>\n    <Message>\"A &lt;=&gt; B.\"</Message>\n\t<Comment> a note\n    on two lines </Comment>\n";
        let code = Code::read(inner, "x:1").unwrap();
        let read = (code.name.as_str(), code.message.as_deref(), code.escaped);
        assert_eq!(read, ("META_E_X", Some("A <=> B."), true));
        let plain = Code::read("<SymbolicName>COR_E_Data</SymbolicName>", "x:1").unwrap();
        assert_eq!((plain.message, plain.escaped), (None, false));
        let cases = [
            "\"A &lt;=&gt; B.\" => A. => x:1: META_E_X: a <Message> not wrapped",
            "<Comment> a note => <Note>x</Note><Comment> a note => x:1: unexpected text: <Note>",
            "<Comment> a note => <Comment>b</Comment><Comment> => x:1: 2 <Comment> elements",
            "<SymbolicName>META_E_X</SymbolicName> =>  => x:1: an <HRESULT> without a <Symbolic",
            "&lt;=&gt; => &nbsp; => x:1: an XML escape this reader does not know: &nbsp;",
        ];
        assert_fails(inner, &cases, |text| Code::read(text, "x:1").map(drop));
    }

    const CORERROR: &str = r#"<?xml version="1.0"?>
<Root><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
	<xs:element maxOccurs="unbounded" name="HRESULT"/>
</xs:schema>
<hc:ResourceStrings xmlns:hc="xsdResources">
<!-- Used only internally.
<HRESULT NumericValue="0x80131381">
    <SymbolicName>CORPROF_E_RUNTIME_SUSPEND_REQUIRED</SymbolicName>
</HRESULT>
-->
<HRESULT NumericValue="0x131106">
	<SymbolicName>CLDB_S_TRUNCATION</SymbolicName>
	<Comment>  STATUS: Data value was truncated.</Comment>
</HRESULT>
<HRESULT NumericValue="0x80131040">
    <SymbolicName>FUSION_E_REF_DEF_MISMATCH</SymbolicName>
    <Message>"The located assembly's manifest definition does not match."</Message>
</HRESULT>
<HRESULT NumericValue="0x80131b23">
	<SymbolicName>COR_E_Data</SymbolicName>
</HRESULT>
<HRESULT NumericValue="E_INVALIDARG">
	<SymbolicName>COR_E_ARGUMENT</SymbolicName>
	<Comment> An argument was invalid.</Comment>
</HRESULT>
<HRESULT NumericValue="__HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND)">
	<SymbolicName>COR_E_FILENOTFOUND</SymbolicName>
</HRESULT>
<HRESULT NumericValue="_HRESULT_TYPEDEF_(0x8007000BL)">
	<SymbolicName>COR_E_BADIMAGEFORMAT</SymbolicName>
	<Message>"The format of a DLL or executable being loaded is invalid."</Message>
</HRESULT>

</hc:ResourceStrings>
</Root>
"#;

    #[test]
    fn every_shape_of_corerror_xml() {
        let mut report = Report::default();
        let (entries, tally) = hresults(CORERROR, "c", &mut report).unwrap();
        assert_eq!(
            lines(&entries),
            [
                "0x00131106 CLDB_S_TRUNCATION: -",
                "0x80131040 FUSION_E_REF_DEF_MISMATCH: The located assembly's manifest definition does not match.",
                "0x80131B23 COR_E_Data: -",
                "0x8007000B COR_E_BADIMAGEFORMAT: The format of a DLL or executable being loaded is invalid.",
            ]
        );
        let counted = (
            tally.commented_out,
            tally.elements,
            tally.hex,
            tally.typedef,
        );
        assert_eq!(
            (counted, tally.named, tally.messages, tally.success),
            ((1, 6, 3, 1), 2, 2, 1)
        );
        let references: Vec<String> = report
            .references
            .iter()
            .map(|(a, b)| format!("{a} = {b}"))
            .collect();
        assert_eq!(
            references,
            [
                "COR_E_ARGUMENT = E_INVALIDARG",
                "COR_E_FILENOTFOUND = ERROR_FILE_NOT_FOUND"
            ]
        );
        for (kind, names) in [
            (IN_COMMENT, "CORPROF_E_RUNTIME_SUSPEND_REQUIRED"),
            (SHORT_HEX, "CLDB_S_TRUNCATION"),
            (MIXED_CASE, "COR_E_Data"),
            (TYPEDEF_VALUE, "COR_E_BADIMAGEFORMAT = 0x8007000B"),
            (NO_MESSAGE, "CLDB_S_TRUNCATION, COR_E_Data"),
        ] {
            assert_eq!(report.irregularities[kind].join(", "), names, "{kind}");
        }
        let cases = [
            "E_INVALIDARG => S_FALSE => c:22: COR_E_ARGUMENT: a NumericValue of an unknown shape",
            "ERROR_FILE_NOT_FOUND => ERROR_NOT_A_NAME => c:26: COR_E_FILENOTFOUND: ERROR_NOT_A_",
            "</HRESULT>\n<HRESULT => </HRESULT>\n<Other/><HRESULT => c:15: unexpected text: <Other/>",
            "\"0x80131040\" => \"0x80131040 \" => c:15: FUSION_E_REF_DEF_MISMATCH: a NumericValue",
            "</hc:ResourceStrings> => </hc:Resource> => c: no </hc:ResourceStrings>",
        ];
        assert_fails(CORERROR, &cases, |text| {
            hresults(text, "c", &mut Report::default())
        });
    }

    #[test]
    fn exception_codes_of_corexcep_h() {
        let corexcep = "#ifndef __COREXCEP_H__\n#define __COREXCEP_H__\n\
            #define EXCEPTION_MSVC    0xe06d7363    // 0xe0000000 | 'msc'\n\
            #define EXCEPTION_COMPLUS 0xe0434352    // 0xe0000000 | 'CCR'\n\
            #if defined(_DEBUG)\n#define EXCEPTION_INTERNAL_ASSERT 0xe0584d4e // 'XMN'\n\
            #endif\n#endif // __COREXCEP_H__\n";
        let mut report = Report::default();
        let entries = exception_codes(corexcep, "x.h", &mut report).unwrap();
        let rows: Vec<String> = entries
            .iter()
            .map(|e| format!("{:?} {:?}", e.family, e.message))
            .collect();
        assert_eq!(
            rows,
            [
                "Some(\"Visual C++\") None",
                "Some(\".NET runtime\") None",
                "Some(\".NET runtime\") None"
            ]
        );
        let expected = "0xE06D7363 EXCEPTION_MSVC: -, 0xE0434352 EXCEPTION_COMPLUS: -, \
            0xE0584D4E EXCEPTION_INTERNAL_ASSERT: -";
        assert_eq!(lines(&entries).join(", "), expected);
        assert_eq!(
            report.irregularities[DEBUG_ONLY],
            ["EXCEPTION_INTERNAL_ASSERT"]
        );
        assert_eq!(report.irregularities[MSVC_CODE], ["EXCEPTION_MSVC"]);
        let odd = corexcep.replace("0xe0434352", "(0xe0000000 | 'CCR')");
        let error = exception_codes(&odd, "x.h", &mut report).unwrap_err();
        assert!(
            error.starts_with("x.h:4: a #define of an unknown shape"),
            "{error}"
        );
    }
}
