//! serde: names in human-readable formats, codes in compact ones, and every accepted input.

use serde::{Deserialize, Serialize};
use win_errors::{ComError, WinError};

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Report {
    error: WinError,
    hresult: ComError,
}

#[test]
fn json_uses_names_and_round_trips() {
    let report = Report {
        error: WinError::AccessDenied,
        hresult: ComError::EFail,
    };
    let json = serde_json::to_string(&report).unwrap();
    assert_eq!(
        json,
        r#"{"error":"ERROR_ACCESS_DENIED","hresult":"E_FAIL"}"#
    );
    assert_eq!(serde_json::from_str::<Report>(&json).unwrap(), report);
}

#[test]
fn json_accepts_codes_aliases_and_hex_strings() {
    for input in ["5", "\"5\"", "\"0x5\"", "\"ERROR_ACCESS_DENIED\""] {
        assert_eq!(
            serde_json::from_str::<WinError>(input).unwrap(),
            WinError::AccessDenied,
            "{input}"
        );
    }
    assert_eq!(
        serde_json::from_str::<WinError>("\"ERROR_CLUSTER_NODE_EVACUATION_IN_PROGRESS\"").unwrap(),
        WinError::ClusterNodeDrainInProgress
    );
    // An HRESULT written as a signed 32-bit number.
    assert_eq!(
        serde_json::from_str::<ComError>("-2147467259").unwrap(),
        ComError::EFail
    );
    assert_eq!(
        serde_json::from_str::<ComError>("2147500037").unwrap(),
        ComError::EFail
    );
}

#[test]
fn rejected_values_are_named_in_the_error() {
    let error = serde_json::from_str::<WinError>("32767")
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("no WinError with code 32767 (0x7FFF)"),
        "{error}"
    );
    let error = serde_json::from_str::<WinError>("\"ERROR_NOPE\"")
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("\"ERROR_NOPE\" is not a WinError entry"),
        "{error}"
    );
    let error = serde_json::from_str::<WinError>("true")
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("a WinError symbolic name, alias or code"),
        "{error}"
    );
    let error = serde_json::from_str::<WinError>("99999999999")
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("no WinError with code 99999999999"),
        "{error}"
    );
}

#[test]
fn compact_formats_use_codes_and_round_trip() {
    let report = Report {
        error: WinError::NoSuchLogonSession,
        hresult: ComError::EAccessdenied,
    };
    let bytes = postcard::to_allocvec(&report).unwrap();
    // Two varint-encoded u32 codes, no names.
    assert_eq!(
        bytes,
        postcard::to_allocvec(&(1312u32, 0x8007_0005u32)).unwrap()
    );
    assert_eq!(postcard::from_bytes::<Report>(&bytes).unwrap(), report);
    for &entry in WinError::ALL {
        let bytes = postcard::to_allocvec(&entry).unwrap();
        assert_eq!(postcard::from_bytes::<WinError>(&bytes).unwrap(), entry);
    }
    let unknown = postcard::to_allocvec(&32767u32).unwrap();
    assert!(postcard::from_bytes::<WinError>(&unknown).is_err());
}

#[test]
fn toml_integers_are_codes_signed_or_not() {
    // TOML's integers are i64: a code is written as it is or as its signed 32 bits.
    for text in [
        "error = 5\nhresult = 2147500037",
        "error = 5\nhresult = -2147467259",
    ] {
        assert_eq!(
            toml::from_str::<Report>(text).unwrap(),
            Report {
                error: WinError::AccessDenied,
                hresult: ComError::EFail,
            },
            "{text}"
        );
    }
    let error = toml::from_str::<Report>("error = -99999999999\nhresult = 0")
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("no WinError with code -99999999999"),
        "{error}"
    );
}
