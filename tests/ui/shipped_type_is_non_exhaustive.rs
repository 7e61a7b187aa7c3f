//! The shipped types are `#[non_exhaustive]`: a `match` naming every entry of today's
//! catalog still needs a `_` arm outside the crate, so that entries added by a data refresh
//! do not break it. (Inside the crate that defines it, as for a user's `win_errors!` type,
//! the attribute changes nothing.)

use win_errors::MciError;

fn place(entry: MciError) -> u32 {
    match entry {
        MciError::McierrInvalidDeviceId => 0,
        MciError::McierrUnrecognizedCommand => 1,
        MciError::McierrHardware => 2,
        MciError::McierrInvalidDeviceName => 3,
        MciError::McierrOutOfMemory => 4,
        MciError::McierrDeviceOpen => 5,
        MciError::McierrCannotLoadDriver => 6,
        MciError::McierrDriverInternal => 7,
        MciError::McierrMissingParameter => 8,
        MciError::McierrUnsupportedFunction => 9,
        MciError::McierrFileNotFound => 10,
        MciError::McierrDeviceNotReady => 11,
        MciError::McierrInternal => 12,
        MciError::McierrDriver => 13,
        MciError::McierrCannotUseAll => 14,
        MciError::McierrMultiple => 15,
        MciError::McierrExtensionNotFound => 16,
        MciError::McierrOutofrange => 17,
        MciError::McierrFlagsNotCompatible => 18,
        MciError::McierrFileNotSaved => 19,
        MciError::McierrDeviceTypeRequired => 20,
        MciError::McierrDeviceLocked => 21,
        MciError::McierrDuplicateAlias => 22,
        MciError::McierrMustUseShareable => 23,
        MciError::McierrBadTimeFormat => 24,
        MciError::McierrInvalidFile => 25,
        MciError::McierrNullParameterBlock => 26,
        MciError::McierrUnnamedResource => 27,
        MciError::McierrNoElementAllowed => 28,
        MciError::McierrNonapplicableFunction => 29,
        MciError::McierrIllegalForAutoOpen => 30,
        MciError::McierrFilenameRequired => 31,
        MciError::McierrExtraCharacters => 32,
        MciError::McierrDeviceNotInstalled => 33,
        MciError::McierrGetCd => 34,
        MciError::McierrSetCd => 35,
        MciError::McierrSetDrive => 36,
        MciError::McierrDeviceLength => 37,
        MciError::McierrDeviceOrdLength => 38,
        MciError::McierrNoInteger => 39,
        MciError::McierrWaveOutputsinuse => 40,
        MciError::McierrWaveSetoutputinuse => 41,
        MciError::McierrWaveInputsinuse => 42,
        MciError::McierrWaveSetinputinuse => 43,
        MciError::McierrWaveOutputunspecified => 44,
        MciError::McierrWaveInputunspecified => 45,
        MciError::McierrWaveOutputsunsuitable => 46,
        MciError::McierrWaveSetoutputunsuitable => 47,
        MciError::McierrWaveInputsunsuitable => 48,
        MciError::McierrWaveSetinputunsuitable => 49,
        MciError::McierrNoWindow => 50,
        MciError::McierrCreatewindow => 51,
        MciError::McierrFileRead => 52,
        MciError::McierrFileWrite => 53,
    }
}

fn main() {
    let _ = place(MciError::ALL[0]);
}
