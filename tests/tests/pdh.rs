//! `win_errors::PdhStatus`, generated from `pdh.toml`: the Performance Data Helper's status
//! values, a space of their own in the HRESULT layout, and the cross-check with windows-sys.

mod common;

use win_errors::{ComError, PdhStatus};

#[test]
fn pdh_statuses_are_their_own_space() {
    let missing = PdhStatus::from_code(0xC000_0BB8).unwrap();
    assert_eq!(missing.name(), "PDH_CSTATUS_NO_OBJECT");
    assert_eq!(missing.family(), Some("PDH"));
    // 0 and 1 are PDH's valid-data statuses, and no COM entry has PDH's numbers.
    assert_eq!(
        PdhStatus::from_code(0).map(PdhStatus::name),
        Some("PDH_CSTATUS_VALID_DATA")
    );
    assert!(
        PdhStatus::ALL
            .iter()
            .all(|e| ComError::from_code(e.code()).is_none())
    );
    assert_eq!(PdhStatus::COUNT, 86);
}

#[test]
fn windows_sys_agrees() {
    let constants: std::collections::HashMap<String, u32> =
        common::windows_sys_constants().into_iter().collect();
    let mut compared = 0;
    let mut disagreements = Vec::new();
    let mut absent = Vec::new();
    for entry in PdhStatus::ALL {
        match constants.get(entry.name()) {
            Some(&value) => {
                compared += 1;
                if value != entry.code() {
                    disagreements.push(format!(
                        "{}: page 0x{:08X}, windows-sys 0x{value:08X}",
                        entry.name(),
                        entry.code()
                    ));
                }
            }
            None => absent.push(entry.name()),
        }
    }
    println!(
        "{compared} PDH names compared with windows-sys, {} not in it: {absent:?}",
        absent.len()
    );
    println!("{} disagree: {disagreements:#?}", disagreements.len());
    assert!(compared > 80, "{compared}");
    assert!(disagreements.is_empty(), "{disagreements:#?}");
}
