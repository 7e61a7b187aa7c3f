//! Interop with windows-rs's error types (feature `windows-result`): `windows_result::HRESULT`
//! (`windows::core::HRESULT`) and `windows_result::Error` (`windows::core::Error`).
//!
//! The README's "With windows-rs" section shows them in use (a doc test).

use windows_result::{Error, HRESULT};

use crate::Hresult;

impl From<HRESULT> for Hresult {
    /// The same 32 bits.
    #[inline]
    fn from(hresult: HRESULT) -> Self {
        Hresult::from(hresult.0)
    }
}

impl From<Hresult> for HRESULT {
    /// The same 32 bits.
    #[inline]
    fn from(hresult: Hresult) -> Self {
        HRESULT(i32::from(hresult))
    }
}

impl From<&Error> for Hresult {
    /// The error's code (`S_OK`, 0, for `Error::empty()`).
    #[inline]
    fn from(error: &Error) -> Self {
        Hresult::from(error.code())
    }
}

impl From<Error> for Hresult {
    /// The error's code (`S_OK`, 0, for `Error::empty()`).
    #[inline]
    fn from(error: Error) -> Self {
        Hresult::from(&error)
    }
}

impl From<Hresult> for Error {
    /// An error of this code with no further information (`Error::from_hresult`).
    #[inline]
    fn from(hresult: Hresult) -> Self {
        Error::from_hresult(HRESULT::from(hresult))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bits_are_kept_both_ways() {
        for bits in [0, 1, 0x8007_0005, 0xC000_0005, 0xFFFF_FFFF, 0x7FFF_FFFF] {
            let ours = Hresult(bits);
            let theirs = HRESULT::from(ours);
            assert_eq!(theirs.0.to_ne_bytes(), bits.to_ne_bytes());
            assert_eq!(Hresult::from(theirs), ours);
            assert_eq!(Hresult::from(Error::from(ours)), ours);
        }
    }

    #[test]
    fn an_error_gives_its_code() {
        let error = Error::from_hresult(HRESULT(0x8000_4005_u32 as i32));
        assert_eq!(Hresult::from(&error), Hresult(0x8000_4005));
        assert_eq!(Hresult::from(Error::empty()), Hresult(0));
    }

    #[cfg(feature = "com")]
    #[test]
    fn an_error_is_described_in_the_hresult_space_only() {
        // 0x80004005 as an HRESULT is E_FAIL; read in every space, a number could be
        // another space's first.
        let error = Error::from_hresult(HRESULT(0x8000_4005_u32 as i32));
        let best = Hresult::from(&error).readings().best().unwrap();
        assert_eq!(best.space, crate::CodeSpace::Hresult);
        assert_eq!(best.entry.unwrap().name(), "E_FAIL");
    }
}
