//! The readings of numbers and names across every shipped catalog.
use super::*;
use crate::{ComError, NtStatus, NtStatusCode, WinError};
use std::vec::Vec;

fn found(text: &str) -> Vec<(CodeSpace, Option<CodeSpace>, &'static str)> {
    Readings::of_text(text)
        .found()
        .map(|r| (r.space, r.carried_in, r.entry.unwrap().name()))
        .collect()
}

#[test]
fn every_input_form_of_a_crash_code() {
    for (text, form) in [
        ("0xC0000005", Form::Hex),
        ("0xc0000005", Form::Hex),
        ("3221225477", Form::Decimal),
        ("-1073741819", Form::SignedDecimal),
        ("c0000005", Form::BareHex),
        ("C0000005h", Form::HexSuffix),
        ("  C0000005  ", Form::BareHex),
    ] {
        let best = Readings::of_text(text).best().unwrap();
        assert_eq!(
            best,
            Reading {
                number: 0xC000_0005,
                form,
                space: CodeSpace::NtStatus,
                code: 0xC000_0005,
                carried_in: None,
                entry: Some(Entry::NtStatus(NtStatus::from_code(0xC000_0005).unwrap())),
            },
            "{text}"
        );
    }
}

#[test]
fn a_small_number_is_a_win32_error_first_then_the_others() {
    assert_eq!(
        found("2"),
        [
            (CodeSpace::Win32, None, "ERROR_FILE_NOT_FOUND"),
            (CodeSpace::BugCheck, None, "DEVICE_QUEUE_NOT_BUSY"),
            (CodeSpace::NtStatus, None, "STATUS_WAIT_2"),
            // Known by its name alone, after the entries with a message.
            (CodeSpace::Device, None, "CM_PROB_DEVLOADER_FAILED"),
            // A success code of DirectInput's: an HRESULT reading, last for a small number.
            (CodeSpace::Hresult, None, "DI_POLLEDDEVICE"),
        ]
    );
    assert_eq!(
        found("0"),
        [
            (CodeSpace::Win32, None, "ERROR_SUCCESS"),
            (CodeSpace::Ese, None, "JET_errSuccess"),
            (CodeSpace::Pdh, None, "PDH_CSTATUS_VALID_DATA"),
            // The entries no message is known for come after the documented ones.
            (CodeSpace::NtStatus, None, "STATUS_SUCCESS"),
            (CodeSpace::Hresult, None, "S_OK"),
        ]
    );
    // Every reading is there, found or not, in rank order.
    let spaces: Vec<CodeSpace> = Readings::of_code(1312).iter().map(|r| r.space).collect();
    assert_eq!(
        spaces,
        [
            CodeSpace::Win32,
            CodeSpace::Ras,
            CodeSpace::Mci,
            CodeSpace::Msi,
            CodeSpace::BugCheck,
            CodeSpace::Device,
            CodeSpace::Ese,
            CodeSpace::NtStatus,
            CodeSpace::Hresult,
            CodeSpace::Pdh,
            CodeSpace::Setup
        ]
    );
}

#[test]
fn a_ras_number_is_read_as_a_system_error_and_as_a_ras_error() {
    // 691: what a VPN reports for a bad password, and a debugger's system error.
    assert_eq!(
        found("691"),
        [
            (CodeSpace::Win32, None, "ERROR_DBG_TERMINATE_THREAD"),
            (CodeSpace::Ras, None, "ERROR_AUTHENTICATION_FAILURE"),
        ]
    );
    for name in ["ERROR_AUTHENTICATION_FAILURE", "authentication_failure"] {
        let best = Readings::of_text(name).best().unwrap();
        assert_eq!(
            (best.space, best.code, best.entry.map(Entry::catalog)),
            (CodeSpace::Ras, 691, Some("RasError")),
            "{name}"
        );
    }
    // Past RAS's numbers, a RAS reading finds nothing.
    assert!(
        Readings::of_code(0xC000_0005)
            .iter()
            .any(|r| r.space == CodeSpace::Ras && r.entry.is_none())
    );
    assert_eq!(CodeSpace::from_name("RAS"), Some(CodeSpace::Ras));
}

#[test]
fn an_mci_error_is_read_after_the_system_and_ras_errors() {
    let best = Readings::of_text("263").best().unwrap();
    assert_eq!(
        (best.space, best.entry.map(Entry::name)),
        (CodeSpace::Mci, Some("MCIERR_INVALID_DEVICE_NAME"))
    );
    assert_eq!(
        Readings::of_text("mcierr_invalid_device_name")
            .best()
            .map(|r| r.space),
        Some(CodeSpace::Mci)
    );
}

#[test]
fn a_windows_installer_message_is_read_after_the_system_error_of_its_number() {
    let readings: Vec<(CodeSpace, Option<&str>)> = Readings::of_text("1603")
        .iter()
        .filter_map(|r| r.entry.map(|e| (r.space, e.message())))
        .collect();
    assert_eq!(
        readings.first().map(|r| r.0),
        Some(CodeSpace::Win32),
        "{readings:?}"
    );
    let installer = readings
        .iter()
        .find(|r| r.0 == CodeSpace::Msi)
        .and_then(|r| r.1)
        .unwrap();
    assert!(installer.starts_with("The file [2][3] is being held in use"));
    // Named by its number, it is read as that number, once.
    let msi_readings = Readings::of_text("1603")
        .iter()
        .filter(|r| r.space == CodeSpace::Msi)
        .count();
    assert_eq!(msi_readings, 1);
    assert_eq!(CodeSpace::from_name("msi"), Some(CodeSpace::Msi));
}

#[test]
fn a_pdh_status_is_read_after_the_hresult_and_ntstatus() {
    let best = Readings::of_text("0x800007D0").best().unwrap();
    assert_eq!(
        (best.space, best.entry.map(Entry::name)),
        (CodeSpace::Pdh, Some("PDH_CSTATUS_NO_MACHINE"))
    );
    let best = Readings::of_text("pdh_cstatus_no_machine").best().unwrap();
    assert_eq!(best.space, CodeSpace::Pdh);
}

#[test]
fn a_small_negative_number_is_an_ese_error_first() {
    for text in [
        "-1018",
        "0xFFFFFC06",
        "jet_errreadverifyfailure",
        "JET_errReadVerifyFailure",
    ] {
        let best = Readings::of_text(text).best().unwrap();
        assert_eq!(
            (best.space, best.entry.map(Entry::name)),
            (CodeSpace::Ese, Some("JET_errReadVerifyFailure")),
            "{text}"
        );
    }
    // A positive ESE warning is read after the system error of its number.
    let spaces: Vec<CodeSpace> = Readings::of_code(1004).found().map(|r| r.space).collect();
    assert_eq!(spaces, [CodeSpace::Win32, CodeSpace::Ese]);
}

#[test]
fn what_codes_carry() {
    // HRESULT_FROM_WIN32; the same bits as an NTSTATUS warning reach nothing else.
    assert_eq!(
        found("0x80070520"),
        [(
            CodeSpace::Win32,
            Some(CodeSpace::Hresult),
            "ERROR_NO_SUCH_LOGON_SESSION"
        )]
    );
    // HRESULT_FROM_NT.
    assert_eq!(
        found("0xD0000022"),
        [(
            CodeSpace::NtStatus,
            Some(CodeSpace::Hresult),
            "STATUS_ACCESS_DENIED"
        )]
    );
    // A Win32 error in FACILITY_NTWIN32: an NTSTATUS, read as what it carries first.
    let readings = Readings::of_text("0xC0070005");
    let spaces: Vec<(CodeSpace, Option<CodeSpace>)> = readings
        .iter()
        .take(2)
        .map(|r| (r.space, r.carried_in))
        .collect();
    assert_eq!(
        spaces,
        [
            (CodeSpace::Win32, Some(CodeSpace::NtStatus)),
            (CodeSpace::NtStatus, None)
        ]
    );
    assert_eq!(
        found("0xC0070005"),
        [(
            CodeSpace::Win32,
            Some(CodeSpace::NtStatus),
            "ERROR_ACCESS_DENIED"
        )]
    );
    // The Win32 error an HRESULT wraps, then the COM catalog's entry of the HRESULT.
    assert_eq!(
        found("0x80070005"),
        [
            (
                CodeSpace::Win32,
                Some(CodeSpace::Hresult),
                "ERROR_ACCESS_DENIED"
            ),
            (CodeSpace::Hresult, None, "E_ACCESSDENIED"),
        ]
    );
}

#[test]
fn eight_digits_are_hex_first_then_decimal() {
    let readings = Readings::of_text("80070057");
    let best = readings.best().unwrap();
    assert_eq!((best.number, best.form), (0x8007_0057, Form::BareHex));
    assert!(
        readings
            .iter()
            .any(|r| r.number == 80_070_057 && r.form == Form::Decimal)
    );
    assert_eq!(
        Readings::of_text("c0000135")
            .best()
            .unwrap()
            .entry
            .unwrap()
            .name(),
        "STATUS_DLL_NOT_FOUND"
    );
    // Digits and hex letters of any length are hex; eight hex letters are; a word of hex
    // letters is not a code; a name is not hex.
    for (text, number) in [
        ("1a2b", 0x1A2B),
        ("C135", 0xC135),
        ("deadbeef", 0xDEAD_BEEF),
    ] {
        let readings = Readings::of_text(text);
        assert!(!readings.is_empty(), "{text}");
        assert!(
            readings
                .iter()
                .all(|r| (r.number, r.form) == (number, Form::BareHex)),
            "{text}"
        );
    }
    assert!(Readings::of_text("face").is_empty());
    assert_eq!(found("E_FAIL"), [(CodeSpace::Hresult, None, "E_FAIL")]);
}

#[test]
fn names_in_any_case_with_or_without_their_prefix() {
    // Without its prefix, a name is the likeliest catalog's that has it.
    assert_eq!(
        found("access_denied"),
        [(CodeSpace::Win32, None, "ERROR_ACCESS_DENIED")]
    );
    assert_eq!(
        found("STATUS_ACCESS_DENIED"),
        [(CodeSpace::NtStatus, None, "STATUS_ACCESS_DENIED")]
    );
    assert_eq!(found("heap_corruption")[0].2, "STATUS_HEAP_CORRUPTION");
    for text in [
        "STATUS_ACCESS_VIOLATION",
        "status_access_violation",
        "ACCESS_VIOLATION",
    ] {
        assert!(found(text).contains(&(CodeSpace::NtStatus, None, "STATUS_ACCESS_VIOLATION")));
    }
    assert_eq!(
        found("NT_STATUS_LOGON_FAILURE"),
        [(CodeSpace::NtStatus, None, "STATUS_LOGON_FAILURE")]
    );
    assert_eq!(
        found("e_fail")[0],
        (CodeSpace::Hresult, None, ComError::EFail.name())
    );
    // An alias, and a name with a lowercase letter.
    assert_eq!(
        found("EXCEPTION_ACCESS_VIOLATION")[0].2,
        "STATUS_ACCESS_VIOLATION"
    );
    assert_eq!(
        found("error_iterated_data_exceeds_64K")[0].2,
        WinError::IteratedDataExceeds64k.name()
    );
}

#[test]
fn nothing_for_what_is_no_code_and_no_name() {
    for text in ["", "  ", "xyzzy", "99999999999", "é", "0x", "-"] {
        assert_eq!(Readings::of_text(text).best(), None, "{text:?}");
    }
    let long = "A".repeat(10_000);
    assert!(Readings::of_text(&long).is_empty());
    assert_eq!(CodeSpace::from_name("NTSTATUS"), Some(CodeSpace::NtStatus));
    assert_eq!(CodeSpace::from_name("nt"), None);
}

#[test]
fn a_reading_says_its_space_its_entry_and_what_carried_it() {
    let of = |number: u32| Readings::of_code(number).to_string();
    assert_eq!(
        of(5),
        "Win32 error ERROR_ACCESS_DENIED (5, 0x5): Access is denied."
    );
    assert_eq!(
        of(0xC007_0005),
        "NTSTATUS 0xC0070005 carries Win32 error ERROR_ACCESS_DENIED (5, 0x5): Access is denied."
    );
    // The likeliest reading when no catalog has the number, and its envelope when a code
    // carries one no catalog has.
    assert_eq!(of(0xC0FF_0000), "NTSTATUS 0xC0FF0000 (not in the catalog)");
    let unknown_carried = Readings::of_code(0x8007_FFFF)
        .iter()
        .find(|r| r.carried_in.is_some())
        .unwrap();
    assert_eq!(
        unknown_carried.to_string(),
        "HRESULT 0x8007FFFF carries Win32 error 65535 (not in the catalog)"
    );
    // The same text through `Display` as through the entry's own `{:#}`.
    let best = Readings::of_code(0x8007_0520).best().unwrap();
    assert!(
        best.to_string()
            .ends_with(&format!("{:#}", best.entry.unwrap()))
    );
}

#[test]
fn a_number_of_a_known_space_is_read_in_that_space_alone() {
    // 1 read anywhere is a Win32 error first; as an HRESULT it is S_FALSE.
    let anywhere = Readings::of_code(1).best().unwrap();
    assert_eq!(anywhere.space, CodeSpace::Win32);
    let readings = Readings::of_code_in(CodeSpace::Hresult, 1);
    assert!(readings.iter().all(|r| r.space == CodeSpace::Hresult));
    assert_eq!(readings.best().unwrap().entry.unwrap().name(), "S_FALSE");
    // An NTSTATUS of FACILITY_NTWIN32 carries its Win32 error, read first.
    let carried: Vec<_> = Readings::of_code_in(CodeSpace::NtStatus, 0xC007_0005)
        .iter()
        .map(|r| (r.space, r.carried_in, r.code))
        .collect();
    assert_eq!(
        carried,
        [
            (CodeSpace::Win32, Some(CodeSpace::NtStatus), 5),
            (CodeSpace::NtStatus, None, 0xC007_0005)
        ]
    );
    assert_eq!(
        NtStatusCode(0xC007_0005).readings().best(),
        Readings::of_code_in(CodeSpace::NtStatus, 0xC007_0005).best()
    );
}

#[test]
fn each_form_has_the_name_its_docs_give() {
    let names = [
        Form::Decimal,
        Form::SignedDecimal,
        Form::Hex,
        Form::HexSuffix,
        Form::BareHex,
        Form::Name,
        Form::Number,
    ]
    .map(Form::name);
    assert_eq!(
        names,
        [
            "decimal",
            "signed decimal",
            "hex",
            "h-suffixed hex",
            "bare hex",
            "name",
            "number"
        ]
    );
}

#[test]
fn the_text_with_the_most_readings_keeps_them_all() {
    // Eight decimal digits are read twice, as bare hex and as decimal, in every space; as
    // hex, 0x90070005 also carries the NTSTATUS 0x80070005 (HRESULT_FROM_NT).
    let readings = Readings::of_text("90070005");
    assert!(!readings.is_empty());
    assert_eq!(readings.len(), 2 * CodeSpace::COUNT + 1);
    assert_eq!(readings.iter().count(), readings.len());
    assert!(readings.len() <= CAPACITY);
    let carried: Vec<_> = readings.iter().filter_map(|r| r.carried_in).collect();
    assert_eq!(carried, [CodeSpace::Hresult]);
}

#[test]
fn the_shape_of_a_number_says_whether_hresult_or_ntstatus_comes_first() {
    let order = |number: u32| -> Vec<CodeSpace> {
        Readings::of_code(number)
            .iter()
            .filter(|r| r.carried_in.is_none())
            .map(|r| r.space)
            .filter(|s| matches!(s, CodeSpace::Hresult | CodeSpace::NtStatus))
            .collect()
    };
    let hresult_first = [CodeSpace::Hresult, CodeSpace::NtStatus];
    let ntstatus_first = [CodeSpace::NtStatus, CodeSpace::Hresult];
    // A failure HRESULT (severity bits 0b10), and one with HRESULT_FROM_NT's N bit.
    assert_eq!(order(0x8000_4005), hresult_first);
    assert_eq!(order(0xD000_0022), hresult_first);
    assert_eq!(order(0x0004_0000), hresult_first);
    // An NTSTATUS error (0b11 without the N bit) or informational value (0b01).
    assert_eq!(order(0xC000_0005), ntstatus_first);
    assert_eq!(order(0x4000_0000), ntstatus_first);
}
