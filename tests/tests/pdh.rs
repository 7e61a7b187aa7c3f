//! `win_errors::PdhStatus`, generated from `pdh.toml`: the Performance Data Helper's status
//! values, a space of their own in the HRESULT layout, and the cross-check with windows-sys.

mod common;

use win_errors::{ComError, PdhStatus};

#[test]
fn pdh_statuses_are_their_own_space() {
    let missing = PdhStatus::from_code(0xC000_0BB8).unwrap();
    assert_eq!(missing.name(), "PDH_CSTATUS_NO_OBJECT");
    assert_eq!(missing.family(), Some("PDH"));
    // 0 and 1 are PDH's valid-data statuses (and S_OK, S_FALSE), and no COM entry has PDH's
    // other numbers.
    assert_eq!(
        PdhStatus::from_code(0).map(PdhStatus::name),
        Some("PDH_CSTATUS_VALID_DATA")
    );
    assert!(
        PdhStatus::ALL
            .iter()
            .filter(|e| e.code() > 1)
            .all(|e| ComError::from_code(e.code()).is_none())
    );
    assert_eq!(PdhStatus::COUNT, 86);
}

#[test]
fn windows_sys_agrees() {
    let comparison = common::compare_with_windows_sys(
        "PDH",
        PdhStatus::ALL.iter().map(|e| (e.name(), e.code())),
        |code| format!("0x{code:08X}"),
    );
    assert!(comparison.compared > 80, "{}", comparison.compared);
    assert!(
        comparison.disagreements.is_empty(),
        "{:#?}",
        comparison.disagreements
    );
}
