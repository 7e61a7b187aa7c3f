//! The shipped code spaces, described once.
//!
//! Each space is one declaration in [`code_spaces!`]'s invocation below: its catalog type and
//! feature, what people call it, how its codes are written, its HRESULT form, what its codes
//! carry, its counterpart in another space, its rank among the readings of a number, how its
//! names are written and the words that name it in text. [`CodeSpace`], [`Entry`] and every
//! dispatch over the shipped catalogs are generated from that list, so a new space is one
//! declaration here (and its feature lines): nothing else matches on the spaces, and no
//! catch-all arm can hide a space that was left out.

// `with_catalog!` binds what a space's arm evaluates to before returning it, so that the
// arm of a space whose feature is off can give its own value.
#![allow(clippy::let_and_return)]

use core::fmt;

use win_errors_layout::{CodeText, Notation};

use crate::{Hresult, NtStatusCode};

mod info;

pub use info::{Carried, Counterpart, HresultForm, Names, Rank, SpaceInfo};

/// Declares the code spaces: generates [`CodeSpace`] with its table of [`SpaceInfo`], the
/// [`Entry`] of every built-in catalog, and the two dispatches everything else is written
/// with: `with_entry!` (the catalog entry inside an [`Entry`]) and `with_catalog!` (the
/// catalog type of a [`CodeSpace`], or what to do when its feature is off). The leading `$`
/// is the dollar sign the generated macros need.
macro_rules! code_spaces {
    ($d:tt $(
        $(#[doc = $doc:literal])*
        $space:ident => $catalog:ident if $feature:literal via $entry_of:ident {
            $($field:ident: $value:expr,)*
        }
    )*) => {
        /// A code space: what kind of code a number is read as.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum CodeSpace {
            $($(#[doc = $doc])* $space,)*
        }

        impl CodeSpace {
            /// Every space, in the order of its declaration: names are looked for, lists and
            /// searches go, in this order.
            pub const ALL: [CodeSpace; CodeSpace::COUNT] = [$(CodeSpace::$space),*];

            /// The number of spaces.
            pub const COUNT: usize = [$(stringify!($space)),*].len();

            /// Everything about the space.
            #[inline]
            pub const fn info(self) -> &'static SpaceInfo {
                match self {
                    $(CodeSpace::$space => &SpaceInfo {
                        catalog: stringify!($catalog),
                        feature: $feature,
                        $($field: $value,)*
                    },)*
                }
            }
        }

        /// An entry of one of the shipped catalogs that are built in.
        #[derive(Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Entry {
            $(
                #[doc = concat!("An entry of [`", stringify!($catalog), "`](crate::", stringify!($catalog), ").")]
                #[cfg(feature = $feature)]
                $space(crate::$catalog),
            )*
        }

        // As derived (`Win32(AccessDenied)`), but not `#[inline]` as a derive is: compiled
        // once here, not in every crate that prints a `Related` (each catalog's `Debug` with it).
        impl fmt::Debug for Entry {
            #[allow(unused_variables, reason = "unused when no catalog is built in")]
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match *self {
                    $(
                        #[cfg(feature = $feature)]
                        Entry::$space(entry) => f.debug_tuple(stringify!($space)).field(&entry).finish(),
                    )*
                }
            }
        }

        $(
            #[cfg(feature = $feature)]
            impl From<crate::$catalog> for Entry {
                #[inline]
                fn from(entry: crate::$catalog) -> Entry {
                    Entry::$space(entry)
                }
            }
        )*

        /// Evaluates `$body` with `$inner` bound to the catalog entry inside the entry
        /// `$entry`, whatever its catalog.
        macro_rules! with_entry {
            ($d entry:expr, $d inner:ident => $d body:expr) => {
                match $d entry {
                    $(
                        #[cfg(feature = $feature)]
                        Entry::$space($d inner) => $d body,
                    )*
                }
            };
        }

        /// Evaluates `$body` with the type `$E` the catalog of `$space`, or `$absent` when
        /// its feature is off.
        macro_rules! with_catalog {
            ($d space_value:expr, $d E:ident => $d body:expr, absent => $d absent:expr) => {
                match $d space_value {
                    $(
                        CodeSpace::$space => {
                            #[cfg(feature = $feature)]
                            let out = {
                                #[allow(dead_code, reason = "a body may not need the type")]
                                type $d E = crate::$catalog;
                                $d body
                            };
                            #[cfg(not(feature = $feature))]
                            let out = $d absent;
                            out
                        }
                    )*
                }
            };
        }

        // A user's catalog that relates to a shipped entry (`"WinError::NAME"`) has it in its
        // table as `__shipped_entry!(WinError, Variant, "catalog.toml:3:12: related entry
        // WinError::NAME")`: the entry when the catalog's feature is on, else a compile error
        // that says which feature, at the catalog's line. The feature is this crate's, so
        // each space's macro is defined once for each state of its feature, here.
        $(
            #[cfg(feature = $feature)]
            #[doc(hidden)]
            #[macro_export]
            macro_rules! $entry_of {
                ($d variant:ident, $d at:literal) => {
                    $d crate::Entry::$space($d crate::$catalog::$d variant)
                };
            }
            #[cfg(not(feature = $feature))]
            #[doc(hidden)]
            #[macro_export]
            macro_rules! $entry_of {
                ($d variant:ident, $d at:literal) => {
                    ::core::compile_error!(::core::concat!(
                        $d at,
                        ": it is an entry of ", stringify!($catalog),
                        ", which win-errors builds in with its feature \"", $feature,
                        "\": turn the feature on",
                    ))
                };
            }
        )*

        /// The entry of a shipped catalog, by its type and variant, for a user's catalog
        /// that relates to it (see above).
        #[doc(hidden)]
        #[macro_export]
        macro_rules! __shipped_entry {
            $(
                ($catalog, $d variant:ident, $d at:literal) => {
                    $d crate::$entry_of!($d variant, $d at)
                };
            )*
        }

        impl Entry {
            /// The space the entry's code is in.
            #[inline]
            pub const fn space(self) -> CodeSpace {
                match self {
                    $(
                        #[cfg(feature = $feature)]
                        Entry::$space(_) => CodeSpace::$space,
                    )*
                }
            }
        }
    };
}

code_spaces! { $
    /// A Win32 error, as `GetLastError` returns it.
    Win32 => WinError if "system" via __entry_system {
        name: "win32",
        label: "Win32 error",
        article: "a",
        short: "Win32",
        notation: Notation::Decimal,
        hresult_form: HresultForm::FromWin32,
        carries: &[],
        counterpart: Counterpart::HresultForm,
        rank: Rank { small: 0, negative: 3, ntstatus_shaped: 3, hresult_shaped: 3 },
        names: Some(Names { prefix: Some("ERROR_"), other_prefix: None, mixed_case: &["NERR_"] }),
        words: &[],
        hex_words: &[],
        needs_cue: false,
    }
    /// An HRESULT, as COM and WinRT return it.
    Hresult => ComError if "com" via __entry_com {
        name: "hresult",
        label: "HRESULT",
        article: "an",
        short: "COM",
        notation: Notation::Hex,
        hresult_form: HresultForm::Itself,
        carries: &[
            Carried { space: CodeSpace::Win32, code: |number| Hresult(number).win32_code() },
            Carried { space: CodeSpace::NtStatus, code: |number| Hresult(number).ntstatus().map(|s| s.0) },
        ],
        counterpart: Counterpart::Carries(CodeSpace::Win32),
        rank: Rank { small: 8, negative: 1, ntstatus_shaped: 1, hresult_shaped: 0 },
        names: Some(Names { prefix: Some("E_"), other_prefix: None, mixed_case: &["HR", "COR_E_"] }),
        words: &[],
        hex_words: &["hr", "hresult"],
        needs_cue: false,
    }
    /// An NTSTATUS, as native APIs return it and crashes and exit codes show it.
    NtStatus => NtStatus if "ntstatus" via __entry_ntstatus {
        name: "ntstatus",
        label: "NTSTATUS",
        article: "an",
        short: "NTSTATUS",
        notation: Notation::Hex,
        hresult_form: HresultForm::FromNt,
        carries: &[
            Carried { space: CodeSpace::Win32, code: |number| NtStatusCode(number).win32_code() },
        ],
        counterpart: Counterpart::Carries(CodeSpace::Win32),
        rank: Rank { small: 7, negative: 2, ntstatus_shaped: 0, hresult_shaped: 1 },
        names: Some(Names {
            prefix: Some("STATUS_"),
            other_prefix: Some(("NT_STATUS_", "STATUS_")),
            mixed_case: &[],
        }),
        words: &[],
        hex_words: &["exception", "ntstatus", "status"],
        needs_cue: false,
    }
    /// A Routing and Remote Access error (600 to 956), as RAS, VPN and dial-up connections
    /// report it.
    Ras => RasError if "ras" via __entry_ras {
        name: "ras",
        label: "RAS error",
        article: "a",
        short: "RAS",
        notation: Notation::Decimal,
        hresult_form: HresultForm::FromWin32,
        carries: &[],
        counterpart: Counterpart::None,
        rank: Rank { small: 1, negative: 4, ntstatus_shaped: 4, hresult_shaped: 4 },
        names: Some(Names { prefix: Some("ERROR_"), other_prefix: None, mixed_case: &[] }),
        words: &["ras", "rasdial", "vpn", "l2tp", "pptp", "sstp", "ikev2"],
        hex_words: &[],
        needs_cue: false,
    }
    /// An Extensible Storage Engine (JET) error: signed, errors negative (`-1018`).
    Ese => EseError if "ese" via __entry_ese {
        name: "ese",
        label: "ESE error",
        article: "an",
        short: "ESE",
        notation: Notation::Signed,
        hresult_form: HresultForm::None,
        carries: &[],
        counterpart: Counterpart::None,
        rank: Rank { small: 6, negative: 0, ntstatus_shaped: 5, hresult_shaped: 5 },
        names: Some(Names { prefix: None, other_prefix: None, mixed_case: &["JET_"] }),
        words: &["ese", "esent", "jet"],
        hex_words: &[],
        needs_cue: false,
    }
    /// A Performance Data Helper status (`0xC0000BB8`), in the HRESULT layout but no
    /// HRESULT.
    Pdh => PdhStatus if "pdh" via __entry_pdh {
        name: "pdh",
        label: "PDH status",
        article: "a",
        short: "PDH",
        notation: Notation::Hex,
        hresult_form: HresultForm::None,
        carries: &[],
        counterpart: Counterpart::None,
        rank: Rank { small: 9, negative: 5, ntstatus_shaped: 2, hresult_shaped: 2 },
        names: Some(Names { prefix: None, other_prefix: None, mixed_case: &[] }),
        words: &["pdh"],
        hex_words: &[],
        needs_cue: false,
    }
    /// A Media Control Interface error (256 and up), as `mciSendCommand` returns it.
    Mci => MciError if "mci" via __entry_mci {
        name: "mci",
        label: "MCI error",
        article: "an",
        short: "MCI",
        notation: Notation::Decimal,
        hresult_form: HresultForm::None,
        carries: &[],
        counterpart: Counterpart::None,
        rank: Rank { small: 2, negative: 6, ntstatus_shaped: 6, hresult_shaped: 6 },
        names: Some(Names { prefix: None, other_prefix: None, mixed_case: &[] }),
        words: &["mci", "playsound"],
        hex_words: &[],
        needs_cue: false,
    }
    /// A Windows Installer message (1101 to 3002), as an installation shows and logs it.
    Msi => MsiError if "msi" via __entry_msi {
        name: "msi",
        label: "Windows Installer message",
        article: "a",
        short: "Windows Installer",
        notation: Notation::Decimal,
        hresult_form: HresultForm::None,
        carries: &[],
        counterpart: Counterpart::None,
        rank: Rank { small: 3, negative: 7, ntstatus_shaped: 7, hresult_shaped: 7 },
        // Known by their numbers, which a text reads as numbers.
        names: None,
        words: &[],
        hex_words: &[],
        needs_cue: false,
    }
    /// A bug check (stop) code, as a blue screen, the event log and WinDbg show it
    /// (`0x00000133`), or a kernel live dump code.
    BugCheck => BugCheck if "bugcheck" via __entry_bugcheck {
        name: "bugcheck",
        label: "bug check",
        article: "a",
        short: "bug check",
        notation: Notation::Hex,
        hresult_form: HresultForm::None,
        carries: &[],
        counterpart: Counterpart::None,
        rank: Rank { small: 4, negative: 8, ntstatus_shaped: 8, hresult_shaped: 8 },
        names: Some(Names { prefix: None, other_prefix: None, mixed_case: &[] }),
        words: &[],
        hex_words: &["bugcheck", "stop"],
        needs_cue: true,
    }
    /// A Device Manager problem code (`CM_PROB_*`), as a device's status shows it:
    /// "(Code 43)".
    Device => DeviceProblem if "device" via __entry_device {
        name: "device",
        label: "Device Manager problem code",
        article: "a",
        short: "Device Manager",
        notation: Notation::Decimal,
        hresult_form: HresultForm::None,
        carries: &[],
        counterpart: Counterpart::None,
        rank: Rank { small: 5, negative: 9, ntstatus_shaped: 9, hresult_shaped: 9 },
        names: Some(Names { prefix: Some("CM_PROB_"), other_prefix: None, mixed_case: &[] }),
        words: &[],
        hex_words: &[],
        needs_cue: true,
    }
    /// A Windows Setup upgrade result code (`MOSETUP_E_*`, `0xC1900101`), often with an
    /// extend code (`0xC1900101 - 0x20017`, see [`SetupExtend`](crate::SetupExtend)).
    Setup => SetupResult if "setup" via __entry_setup {
        name: "setup",
        label: "Windows setup result",
        article: "a",
        short: "Windows setup",
        notation: Notation::Hex,
        hresult_form: HresultForm::Itself,
        carries: &[],
        counterpart: Counterpart::None,
        rank: Rank { small: 10, negative: 10, ntstatus_shaped: 10, hresult_shaped: 10 },
        names: Some(Names { prefix: Some("MOSETUP_E_"), other_prefix: None, mixed_case: &[] }),
        words: &[],
        hex_words: &[],
        needs_cue: false,
    }
}

// What an entry of any catalog gives, written with the dispatches declared above (a child
// module, so that their textual scope reaches it).
mod entry;

/// A number of each shape: small, negative, an NTSTATUS's, an HRESULT's.
const SHAPES: [u32; 4] = [5, 0xFFFF_FC06, 0xC000_0005, 0x8007_0005];

// Every shape of number ranks every space once: `ranked_spaces` places each space at its
// rank.
const _: () = assert!(ranks_are_a_permutation(&space_ranks()));

const fn space_ranks() -> [Rank; CodeSpace::COUNT] {
    let mut ranks = [CodeSpace::Win32.info().rank; CodeSpace::COUNT];
    let mut i = 0;
    while i < CodeSpace::COUNT {
        ranks[i] = CodeSpace::ALL[i].info().rank;
        i += 1;
    }
    ranks
}

/// Whether, in each shape of number, `ranks` are 0 to one less than their number, each once.
const fn ranks_are_a_permutation(ranks: &[Rank]) -> bool {
    let mut shape = 0;
    while shape < SHAPES.len() {
        let mut seen = [false; CodeSpace::COUNT];
        let mut i = 0;
        while i < ranks.len() {
            let position = ranks[i].position(SHAPES[shape]) as usize;
            if position >= seen.len() || seen[position] {
                return false;
            }
            seen[position] = true;
            i += 1;
        }
        shape += 1;
    }
    true
}

impl CodeSpace {
    /// How people call it: `"Win32 error"`, `"HRESULT"`, `"NTSTATUS"`, `"RAS error"`,
    /// `"ESE error"`, `"PDH status"`, `"MCI error"`, `"Windows Installer message"`,
    /// `"bug check"`, `"Device Manager problem code"`, `"Windows setup result"`.
    #[inline]
    pub const fn label(self) -> &'static str {
        self.info().label
    }

    /// Its short name, as `--as` takes it: `"win32"`, `"hresult"`, `"ntstatus"`, `"ras"`,
    /// `"ese"`, `"pdh"`, `"mci"`, `"msi"`, `"bugcheck"`, `"device"`, `"setup"`.
    #[inline]
    pub const fn name(self) -> &'static str {
        self.info().name
    }

    /// The type of the shipped catalog of the space: `"WinError"`, `"ComError"`,
    /// `"NtStatus"`, `"RasError"`, `"EseError"`, `"PdhStatus"`, `"MciError"`, `"MsiError"`,
    /// `"BugCheck"`, `"DeviceProblem"`, `"SetupResult"`.
    #[inline]
    pub const fn catalog(self) -> &'static str {
        self.info().catalog
    }

    /// Whether the space's catalog is built in (its feature is on).
    #[inline]
    pub const fn is_built_in(self) -> bool {
        with_catalog!(self, E => true, absent => false)
    }

    /// The space with short name `name`, in any case.
    #[inline]
    pub fn from_name(name: &str) -> Option<CodeSpace> {
        CodeSpace::ALL
            .into_iter()
            .find(|space| space.name().eq_ignore_ascii_case(name.trim()))
    }

    /// `code` written as the space writes its codes (see [`CodeText`]).
    #[inline]
    pub const fn spell(self, code: u32) -> CodeText {
        self.info().notation.spell(code)
    }
}

impl fmt::Display for CodeSpace {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.label())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_space_is_named_as_its_documentation_says() {
        let spaces: std::vec::Vec<(&str, &str, &str, std::string::String)> = CodeSpace::ALL
            .iter()
            .map(|s| (s.name(), s.label(), s.catalog(), std::format!("{s:>8}")))
            .collect();
        assert_eq!(
            spaces,
            [
                ("win32", "Win32 error", "WinError", "Win32 error".into()),
                ("hresult", "HRESULT", "ComError", " HRESULT".into()),
                ("ntstatus", "NTSTATUS", "NtStatus", "NTSTATUS".into()),
                ("ras", "RAS error", "RasError", "RAS error".into()),
                ("ese", "ESE error", "EseError", "ESE error".into()),
                ("pdh", "PDH status", "PdhStatus", "PDH status".into()),
                ("mci", "MCI error", "MciError", "MCI error".into()),
                (
                    "msi",
                    "Windows Installer message",
                    "MsiError",
                    "Windows Installer message".into()
                ),
                ("bugcheck", "bug check", "BugCheck", "bug check".into()),
                (
                    "device",
                    "Device Manager problem code",
                    "DeviceProblem",
                    "Device Manager problem code".into()
                ),
                (
                    "setup",
                    "Windows setup result",
                    "SetupResult",
                    "Windows setup result".into()
                ),
            ]
        );
        for space in CodeSpace::ALL {
            assert_eq!(
                CodeSpace::from_name(&space.name().to_uppercase()),
                Some(space)
            );
            assert_eq!(
                CodeSpace::from_name(&std::format!(" {} ", space.name())),
                Some(space)
            );
        }
        assert_eq!(CodeSpace::from_name("win33"), None);
    }

    #[test]
    fn the_ranks_of_the_spaces_are_checked_to_be_a_permutation() {
        let ranks = space_ranks();
        assert!(ranks_are_a_permutation(&ranks));
        let rank = |small, negative, ntstatus_shaped, hresult_shaped| Rank {
            small,
            negative,
            ntstatus_shaped,
            hresult_shaped,
        };
        // Two spaces at one place, in one shape and then in each of the others.
        for shape in 0..4 {
            let mut twice = ranks;
            let [a, b] = [0, 1].map(|i| {
                let r = ranks[i];
                [r.small, r.negative, r.ntstatus_shaped, r.hresult_shaped]
            });
            let mut mixed = b;
            mixed[shape] = a[shape];
            twice[1] = rank(mixed[0], mixed[1], mixed[2], mixed[3]);
            assert!(!ranks_are_a_permutation(&twice), "shape {shape}");
        }
        // A place past the last.
        let mut beyond = ranks;
        beyond[0].hresult_shaped = CodeSpace::COUNT as u8;
        assert!(!ranks_are_a_permutation(&beyond));
    }

    #[test]
    fn every_space_is_declared_once_and_named_apart() {
        for (i, space) in CodeSpace::ALL.into_iter().enumerate() {
            for other in CodeSpace::ALL.into_iter().skip(i + 1) {
                assert_ne!(space.name(), other.name());
                assert_ne!(space.catalog(), other.catalog());
                assert_ne!(space.label(), other.label());
            }
            assert_eq!(CodeSpace::from_name(space.name()), Some(space));
        }
    }
}
