//! Lookups: every input form, the fallbacks of a pasted query, lists and misses.

use super::*;
use win_errors_core::{ComError, WinError};

/// The best entry a query names: what the tool prints first, and the reading.
fn resolve(query: &str) -> Result<(Entry, Reading), String> {
    resolve_all(query, None).map(|found| (found[0].entry.unwrap(), found[0]))
}

#[test]
fn every_input_form() {
    let seed = Entry::Win32(WinError::NoSuchLogonSession);
    for query in [
        "1312",
        "0x520",
        "0X520",
        "520h",
        "ERROR_NO_SUCH_LOGON_SESSION",
        "no_such_logon_session",
        "No_Such_Logon_Session",
    ] {
        assert_eq!(resolve(query).map(|f| f.0), Ok(seed), "{query}");
    }
    for query in ["0x80070520", "-2147023584"] {
        let (entry, reading) = resolve(query).unwrap();
        assert_eq!(entry, seed, "{query}");
        assert_eq!(
            (reading.number, reading.carried_in),
            (0x8007_0520, Some(CodeSpace::Hresult)),
            "{query}"
        );
    }
    // A name written as words, as a blue screen's stop code is retyped.
    for query in [
        "no such logon session",
        "No-Such-Logon-Session",
        "Error: NO SUCH LOGON SESSION (while signing in)",
    ] {
        assert_eq!(resolve(query).map(|f| f.0), Ok(seed), "{query}");
    }
    assert!(resolve("session").is_err());
    assert_eq!(
        resolve("error_iterated_data_exceeds_64K").map(|f| f.0),
        Ok(Entry::Win32(WinError::IteratedDataExceeds64k))
    );
    assert_eq!(
        resolve("e_fail").map(|f| f.0),
        Ok(Entry::Hresult(ComError::EFail))
    );
    let (entry, reading) = resolve("0x80004005").unwrap();
    assert_eq!(
        (entry, reading.number, reading.carried_in),
        (Entry::Hresult(ComError::EFail), 0x8000_4005, None)
    );
    assert_eq!(
        resolve("ERROR_CLUSTER_NODE_EVACUATION_IN_PROGRESS").map(|f| f.0),
        Ok(Entry::Win32(WinError::ClusterNodeDrainInProgress))
    );
}

#[test]
fn a_code_with_the_text_around_it_finds_what_the_bare_code_finds() {
    for (pasted, bare) in [
        ("[WinError 32]", "32"),
        ("(os error 5)", "5"),
        ("E_ACCESSDENIED,", "E_ACCESSDENIED"),
        ("exit code: 0xc0000135, STATUS_DLL_NOT_FOUND", "0xc0000135"),
        (
            "Error: 0x80070057 The parameter is incorrect.",
            "0x80070057",
        ),
    ] {
        let entries = |query| -> Vec<Entry> {
            resolve_all(query, None)
                .unwrap()
                .iter()
                .filter_map(|r| r.entry)
                .collect()
        };
        assert_eq!(entries(pasted)[0], entries(bare)[0], "{pasted}");
    }
    // A bare code keeps every reading; the text only reads what the scanner reads.
    assert!(resolve_all("words with no code", None).is_err());
}

#[test]
fn misses_say_why() {
    let miss = |query| resolve(query).unwrap_err();
    assert_eq!(miss("32767"), "no error with code 32767 (0x7FFF)");
    assert_eq!(miss(""), "an empty argument is neither a code nor a name");
    assert!(miss("99999999999").contains("beyond both u32 and i32"));
    assert_eq!(
        miss("0x80004FFF"),
        "HRESULT 0x80004FFF is a failure of facility FACILITY_NULL (0), code 20479 (0x4FFF): not a Win32 error, and not in the COM catalog"
    );
    assert_eq!(
        miss("no_such_logon_sesion"),
        "no error named no_such_logon_sesion; did you mean ERROR_NO_SUCH_LOGON_SESSION?"
    );
    assert_eq!(
        miss("xyzzy"),
        "no error named xyzzy, and it is not a number"
    );
    // The prefix buys a short word no more edits than the word alone allows.
    assert_eq!(
        miss("bogus"),
        "no error named bogus, and it is not a number"
    );
    assert!(miss("acess_denied").contains("; did you mean "));
    // Every named catalog's names are suggested.
    assert_eq!(
        miss("JET_errReadVerifyFailur"),
        "no error named JET_errReadVerifyFailur; did you mean JET_errReadVerifyFailure?"
    );
    assert_eq!(
        resolve_all("700", Some(CodeSpace::Pdh)).unwrap_err(),
        "700 read as a PDH status 0x000002BC has no entry"
    );
}

#[test]
fn lists_longer_than_twenty_are_one_line_an_entry_unless_full() {
    use clap::Parser;
    let args = |flags: &[&str]| {
        crate::args::Args::parse_from(["win-errors", "--search", "x"].iter().chain(flags))
    };
    assert!(!one_line_for(&args(&[]), LONG_LIST));
    assert!(one_line_for(&args(&[]), LONG_LIST + 1));
    assert!(!one_line_for(&args(&["--full"]), LONG_LIST + 1));
    assert!(one_line_for(&args(&["--oneline"]), 1));
}

#[test]
fn a_documented_value_is_found_in_its_space_or_every_space() {
    // The documentation gives SEC_I_CONTINUE_NEEDED_MESSAGE_OK (0x90366) the error bit.
    let names = |only| {
        documented_as("0x80090366", only)
            .iter()
            .map(|entry| entry.name())
            .collect::<Vec<_>>()
    };
    assert_eq!(names(None), ["SEC_I_CONTINUE_NEEDED_MESSAGE_OK"]);
    assert_eq!(names(Some(CodeSpace::Hresult)), names(None));
    assert!(names(Some(CodeSpace::Win32)).is_empty());
}

#[test]
fn the_one_number_of_a_pasted_text() {
    for (text, number) in [
        ("Winget fails with 3010.", "3010"),
        ("1603 error", "1603"),
        ("(809)", "809"),
        ("returned -2147024891", "-2147024891"),
        ("code --5-", "-5"),
        // A C header's suffix and Rust's digit separators are dropped.
        ("0xC0000005L", "0xC0000005"),
        ("0x80070005UL", "0x80070005"),
        ("0x8007_0005", "0x80070005"),
        // Eight hex digits inside a name joined by `_`.
        ("FAIL_FAST_FATAL_APP_EXIT_c0000409_shell.dll", "c0000409"),
        // Words with digits in them are no numbers.
        ("KB5034441 failed with 0x80070643", "0x80070643"),
        ("win32k sys error 7", "7"),
    ] {
        assert_eq!(the_one_number(text).as_deref(), Some(number), "{text}");
    }
    for text in [
        "no number here",
        "deadbeef",
        "1603 then 1618",
        "0x80070005 and 5",
        "abc123",
        // Dashes join words, as `_` does in names.
        "VIDEO-TDR-7",
        "-",
        "",
    ] {
        assert_eq!(the_one_number(text), None, "{text}");
    }
}

#[test]
fn a_name_spelled_as_words() {
    for (query, name) in [
        (
            "system thread exception not handled",
            "SYSTEM_THREAD_EXCEPTION_NOT_HANDLED",
        ),
        ("VIDEO-TDR-FAILURE", "VIDEO_TDR_FAILURE"),
        (
            "Stop Code: DRIVER IRQL NOT LESS OR EQUAL",
            "DRIVER_IRQL_NOT_LESS_OR_EQUAL",
        ),
        ("Video_TDR_Failure (nvlddmkm.sys)", "VIDEO_TDR_FAILURE"),
    ] {
        assert_eq!(spelled_name(query).as_deref(), Some(name), "{query}");
    }
    // Found only in the space asked for.
    let stop = "video tdr failure";
    let found = resolve_all(stop, Some(CodeSpace::BugCheck)).unwrap();
    assert_eq!(found[0].entry.map(|e| e.name()), Some("VIDEO_TDR_FAILURE"));
    assert!(resolve_all(stop, Some(CodeSpace::Win32)).is_err());
    // One word is a name already; words of other characters are no name.
    for query in [
        "Failure",
        "Stop code: CRITICAL",
        "disk full!",
        "größe fehlt",
    ] {
        assert_eq!(spelled_name(query), None, "{query}");
    }
}
