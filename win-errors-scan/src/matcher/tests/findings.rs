//! What placed each finding in its space (its cue), and the other readings it keeps.

use super::*;

#[test]
fn each_finding_says_what_placed_it_in_its_space() {
    assert_eq!(cues("error 5"), [("ERROR_ACCESS_DENIED", Cue::Shape)]);
    assert_eq!(
        cues("RAS error 691"),
        [("ERROR_AUTHENTICATION_FAILURE", Cue::Word)]
    );
    assert_eq!(
        cues("RasDialer failed: NativeErrorCode=691"),
        [("ERROR_AUTHENTICATION_FAILURE", Cue::Line)]
    );
    assert_eq!(cues("hr=-2147467259"), [("E_FAIL", Cue::Word)]);
    assert_eq!(cues("got E_FAIL"), [("E_FAIL", Cue::Name)]);
    // A word that names a space where the number has no entry leaves the default order.
    assert_eq!(cues("MCI error 5"), [("ERROR_ACCESS_DENIED", Cue::Shape)]);
    // An HRESULT's word places a Win32 error only as the HRESULT that carries it, and an
    // NTSTATUS's word places no HRESULT.
    assert_eq!(
        cues("hr = 0xC0000005"),
        [("STATUS_ACCESS_VIOLATION", Cue::Shape)]
    );
    assert_eq!(
        cues("NTSTATUS 0x80070005"),
        [("ERROR_ACCESS_DENIED", Cue::Shape)]
    );
    assert_eq!(
        cues("hr = 0x80070005"),
        [("ERROR_ACCESS_DENIED", Cue::Word)]
    );
}

#[test]
fn hex_is_never_a_code_of_a_space_written_in_decimal_alone() {
    // PDH statuses are written in hex; installer and MCI message numbers never are
    // (`2376 (0x0948)` is a thread id).
    assert_eq!(
        names("PdhCollectQueryData failed: 0x800007D0"),
        ["PDH_CSTATUS_NO_MACHINE"]
    );
    assert_eq!(names("MSI (s) (A0:B4) thread 0x0948"), Vec::<&str>::new());
}

#[test]
fn a_finding_keeps_every_reading_of_its_code_best_first() {
    let readings = |line: &str| -> Vec<Vec<&'static str>> {
        Matcher::new()
            .findings(line.as_bytes())
            .map(|f| {
                f.readings()
                    .iter()
                    .map(|r| r.entry.unwrap().name())
                    .collect()
            })
            .collect()
    };
    // The finding's own reading first, then the others of the number, each entry once.
    let found = readings("failed: 0x80070005");
    assert_eq!(found[0][..2], ["ERROR_ACCESS_DENIED", "E_ACCESSDENIED"]);
    // The word that placed it outranks the number's default order, and the others follow.
    let found = readings("RAS error 691");
    assert_eq!(found[0][0], "ERROR_AUTHENTICATION_FAILURE");
    assert!(found[0].contains(&"ERROR_DBG_TERMINATE_THREAD"));
    assert_eq!(readings("got E_FAIL"), [["E_FAIL"]]);
    // A name reads as what it names, not as every entry of its code (5 is also a bug check
    // and a Device Manager problem).
    assert_eq!(
        readings("got ERROR_ACCESS_DENIED"),
        [["ERROR_ACCESS_DENIED"]]
    );
    // Every reading keeps the form the code was written in.
    for finding in Matcher::new().findings(b"failed: 0x80070005") {
        let forms: Vec<Form> = finding.readings().iter().map(|r| r.form).collect();
        assert!(
            forms.len() > 1 && forms.iter().all(|&f| f == Form::Hex),
            "{forms:?}"
        );
    }
}

#[test]
fn each_cue_has_the_name_json_gives_it() {
    let names = [Cue::Shape, Cue::Word, Cue::Line, Cue::Name].map(Cue::name);
    assert_eq!(names, ["shape", "word", "line", "name"]);
}
