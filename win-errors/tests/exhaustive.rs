//! `from_code` agrees with the catalog for every one of the 2^32 codes.
//!
//! Ignored by default (it takes seconds in release and minutes in debug); CI runs it with
//! `cargo test --release -p win-errors --test exhaustive -- --ignored`.

// The catalogs it walks must be built in; CI also tests each catalog feature alone.
#![cfg(all(
    feature = "system",
    feature = "com",
    feature = "ntstatus",
    feature = "ese",
    feature = "ras",
    feature = "pdh",
    feature = "mci",
    feature = "msi",
    feature = "bugcheck",
    feature = "device",
    feature = "setup"
))]

use win_errors::WinError;

/// Walks all codes in order beside the sorted list of catalog codes: each code must map to
/// the entry with that code, and every other code to `None`.
fn check_every_code<E: win_errors::ErrorCatalog>() -> u64 {
    let mut expected = E::ALL.iter().peekable();
    let mut hits = 0u64;
    for code in 0..=u32::MAX {
        let want = match expected.peek() {
            Some(entry) if entry.code() == code => {
                hits += 1;
                expected.next().copied()
            }
            _ => None,
        };
        let got = E::from_code(code);
        if got != want {
            panic!("from_code({code:#X}) gave {got:?}, expected {want:?}");
        }
    }
    hits
}

#[test]
#[ignore = "4,294,967,296 lookups: run in release with --ignored"]
fn every_u32_code_of_the_system_catalog() {
    let start = std::time::Instant::now();
    let hits = check_every_code::<WinError>();
    assert_eq!(hits, WinError::COUNT as u64);
    println!(
        "checked all 2^32 codes of WinError in {:.1?}",
        start.elapsed()
    );
}

#[test]
#[ignore = "4,294,967,296 lookups: run in release with --ignored"]
fn every_u32_code_of_the_ntstatus_catalog() {
    let start = std::time::Instant::now();
    let hits = check_every_code::<win_errors::NtStatus>();
    assert_eq!(hits, win_errors::NtStatus::COUNT as u64);
    println!(
        "checked all 2^32 codes of NtStatus in {:.1?}",
        start.elapsed()
    );
}

/// The catalogs whose sparse codes take the code index's bit layout, beside NTSTATUS's.
#[test]
#[ignore = "2 x 4,294,967,296 lookups: run in release with --ignored"]
fn every_u32_code_of_the_com_and_ese_catalogs() {
    let start = std::time::Instant::now();
    assert_eq!(
        check_every_code::<win_errors::ComError>(),
        win_errors::ComError::COUNT as u64
    );
    assert_eq!(
        check_every_code::<win_errors::EseError>(),
        win_errors::EseError::COUNT as u64
    );
    println!(
        "checked all 2^32 codes of ComError and EseError in {:.1?}",
        start.elapsed()
    );
}

/// The catalogs of small spaces of their own: dense runs of decimal codes (RAS, MCI,
/// Windows Installer) and PDH's sparse HRESULT-shaped statuses.
#[test]
#[ignore = "4 x 4,294,967,296 lookups: run in release with --ignored"]
fn every_u32_code_of_the_ras_pdh_mci_and_msi_catalogs() {
    let start = std::time::Instant::now();
    assert_eq!(
        check_every_code::<win_errors::RasError>(),
        win_errors::RasError::COUNT as u64
    );
    assert_eq!(
        check_every_code::<win_errors::PdhStatus>(),
        win_errors::PdhStatus::COUNT as u64
    );
    assert_eq!(
        check_every_code::<win_errors::MciError>(),
        win_errors::MciError::COUNT as u64
    );
    assert_eq!(
        check_every_code::<win_errors::MsiError>(),
        win_errors::MsiError::COUNT as u64
    );
    println!(
        "checked all 2^32 codes of RasError, PdhStatus, MciError and MsiError in {:.1?}",
        start.elapsed()
    );
}

/// The catalogs of the driver and IT pro documentation: bug checks (small codes, the `_M`
/// variants at 0x1000_0000, the NTSTATUS-valued ones, 0xDEADDEAD), Device Manager problem
/// codes and Windows setup results.
#[test]
#[ignore = "3 x 4,294,967,296 lookups: run in release with --ignored"]
fn every_u32_code_of_the_bug_check_device_and_setup_catalogs() {
    let start = std::time::Instant::now();
    assert_eq!(
        check_every_code::<win_errors::BugCheck>(),
        win_errors::BugCheck::COUNT as u64
    );
    assert_eq!(
        check_every_code::<win_errors::DeviceProblem>(),
        win_errors::DeviceProblem::COUNT as u64
    );
    assert_eq!(
        check_every_code::<win_errors::SetupResult>(),
        win_errors::SetupResult::COUNT as u64
    );
    println!(
        "checked all 2^32 codes of BugCheck, DeviceProblem and SetupResult in {:.1?}",
        start.elapsed()
    );
}
