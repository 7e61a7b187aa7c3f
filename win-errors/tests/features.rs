//! Each space's catalog is built in exactly when its feature is on: CI runs this with every
//! catalog, with none, and with each alone.

use win_errors::CodeSpace;

#[test]
fn a_space_is_built_in_when_its_feature_is_on() {
    let features = [
        (CodeSpace::Win32, cfg!(feature = "system")),
        (CodeSpace::Hresult, cfg!(feature = "com")),
        (CodeSpace::NtStatus, cfg!(feature = "ntstatus")),
        (CodeSpace::Ras, cfg!(feature = "ras")),
        (CodeSpace::Ese, cfg!(feature = "ese")),
        (CodeSpace::Pdh, cfg!(feature = "pdh")),
        (CodeSpace::Mci, cfg!(feature = "mci")),
        (CodeSpace::Msi, cfg!(feature = "msi")),
        (CodeSpace::BugCheck, cfg!(feature = "bugcheck")),
        (CodeSpace::Device, cfg!(feature = "device")),
        (CodeSpace::Setup, cfg!(feature = "setup")),
    ];
    assert_eq!(features.map(|(space, _)| space), CodeSpace::ALL);
    for (space, on) in features {
        assert_eq!(space.is_built_in(), on, "{space}");
        // An entry is found in a space exactly when its catalog is built in.
        assert_eq!(
            win_errors::Entry::all_in(space).next().is_some(),
            on,
            "{space}"
        );
    }
}
