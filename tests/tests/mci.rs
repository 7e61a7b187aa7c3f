//! `win_errors::MciError`, generated from `mci.toml`: the Media Control Interface errors,
//! named and explained by their pages and valued by windows-sys.

use win_errors::MciError;

#[test]
fn mci_errors_are_their_own_space_from_mcierr_base() {
    let error = MciError::from_code(263).unwrap();
    assert_eq!(error.name(), "MCIERR_INVALID_DEVICE_NAME");
    assert_eq!(error.family(), Some("MCI"));
    // MCIERR_BASE is 256: every MCI error is above it, and the two pages give 54.
    assert!(MciError::ALL.iter().all(|e| e.code() > 256));
    assert_eq!(MciError::COUNT, 54);
    assert_eq!(
        MciError::from_name("MCIERR_WAVE_OUTPUTSINUSE").map(MciError::code),
        Some(320)
    );
}
