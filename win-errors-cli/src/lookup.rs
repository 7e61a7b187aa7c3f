//! From what a user typed to an entry of the shipped catalog.

use std::sync::OnceLock;

use win_errors::{
    CodeSpace, ComError, Entry, ErrorCatalog, EseError, Form, Hresult, MciError, MsiError,
    NtStatus, NtStatusCode, NumberError, PdhStatus, RasError, Reading, Readings, WinError,
    parse_number,
};
use win_errors_catalog::names::Suggestions;

/// How a query found its entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Via {
    /// A Win32 code (decimal or hex).
    Code,
    /// An HRESULT of `FACILITY_WIN32` wrapping the entry's code.
    Hresult(Hresult),
    /// A symbolic name or alias.
    Name,
    /// An NTSTATUS of `FACILITY_NTWIN32` wrapping the entry's Win32 code.
    Ntstatus(NtStatusCode),
}

/// An entry of one of the shipped catalogs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hit {
    /// A Win32 system error.
    Win32(WinError),
    /// A COM / HRESULT error.
    Com(ComError),
    /// An NTSTATUS value.
    Nt(NtStatus),
    /// A Routing and Remote Access error.
    Ras(RasError),
    /// An Extensible Storage Engine error.
    Ese(EseError),
    /// A Performance Data Helper status.
    Pdh(PdhStatus),
    /// A Media Control Interface error.
    Mci(MciError),
    /// A Windows Installer message.
    Msi(MsiError),
}

/// `From<Type> for Hit` for each catalog type and its variant.
macro_rules! hit_from {
    ($($catalog:ident => $variant:ident),* $(,)?) => {
        $(impl From<$catalog> for Hit {
            fn from(entry: $catalog) -> Hit {
                Hit::$variant(entry)
            }
        })*
    };
}

/// Calls `$body` with the catalog entry inside the hit `$hit`, whatever its catalog.
macro_rules! with_hit {
    ($hit:expr, $entry:ident => $body:expr) => {
        match $hit {
            $crate::lookup::Hit::Win32($entry) => $body,
            $crate::lookup::Hit::Com($entry) => $body,
            $crate::lookup::Hit::Nt($entry) => $body,
            $crate::lookup::Hit::Ras($entry) => $body,
            $crate::lookup::Hit::Ese($entry) => $body,
            $crate::lookup::Hit::Pdh($entry) => $body,
            $crate::lookup::Hit::Mci($entry) => $body,
            $crate::lookup::Hit::Msi($entry) => $body,
        }
    };
}
pub(crate) use with_hit;

hit_from!(
    WinError => Win32,
    ComError => Com,
    NtStatus => Nt,
    RasError => Ras,
    EseError => Ese,
    PdhStatus => Pdh,
    MciError => Mci,
    MsiError => Msi,
);

impl Hit {
    /// The symbolic name.
    pub fn name(self) -> &'static str {
        with_hit!(self, entry => entry.name())
    }

    /// The error family the entry is documented in, when its catalog names one.
    pub fn family(self) -> Option<&'static str> {
        with_hit!(self, entry => entry.family())
    }
}

/// An entry found for a query.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    /// The entry.
    pub entry: Hit,
    /// The form of the query that found it.
    pub via: Via,
    /// The reading of the query that found it.
    pub reading: Reading,
}

/// Every entry a query names, best reading first (`win_errors::Readings`), each entry once:
/// a code (`1312`, `0x520`, `520h`, bare hex `c0000135`), an HRESULT (`0x80070520`,
/// `-2147023584`), an NTSTATUS or exit code (`0xC0000005`, `-1073741819`), or a symbolic name
/// in any case with its prefix optional (`ERROR_`, `E_`, `STATUS_`, Samba's `NT_STATUS_`).
/// `only` keeps the readings of one space (a code carried in another space is read in that
/// other space). Never empty when `Ok`; the error says why nothing was found.
pub fn resolve_all(query: &str, only: Option<CodeSpace>) -> Result<Vec<Found>, String> {
    let readings = Readings::of_text(query);
    let found: Vec<Found> = readings
        .found()
        .filter(|r| only.is_none_or(|space| r.carried_in.unwrap_or(r.space) == space))
        .filter_map(|reading| {
            Some(Found {
                entry: hit(reading.entry?)?,
                via: via(reading),
                reading,
            })
        })
        .collect();
    if !found.is_empty() {
        return Ok(found);
    }
    Err(match (only, parse_number(query)) {
        (_, Err(NumberError::Empty)) => "an empty argument is neither a code nor a name".to_owned(),
        (_, Err(NumberError::OutOfRange)) => {
            format!("{query} is beyond both u32 and i32, so it is no error code")
        }
        (None, Err(NumberError::NotANumber)) => name_miss(query),
        (None, Ok(number)) => number_miss(number),
        (Some(space), _) => match readings.iter().find(|r| r.space == space) {
            Some(reading) => format!(
                "{query} read as {} {} 0x{:08X} has no entry",
                crate::render::article(space),
                space.label(),
                reading.number
            ),
            None => format!("{query} is no code and no {} name", space.label()),
        },
    })
}

/// The CLI's entry for a catalog entry of the library.
fn hit(entry: Entry) -> Option<Hit> {
    match entry {
        Entry::Win32(entry) => Some(Hit::Win32(entry)),
        Entry::Com(entry) => Some(Hit::Com(entry)),
        Entry::NtStatus(entry) => Some(Hit::Nt(entry)),
        Entry::Ras(entry) => Some(Hit::Ras(entry)),
        Entry::Ese(entry) => Some(Hit::Ese(entry)),
        Entry::Pdh(entry) => Some(Hit::Pdh(entry)),
        Entry::Mci(entry) => Some(Hit::Mci(entry)),
        Entry::Msi(entry) => Some(Hit::Msi(entry)),
        _ => None,
    }
}

/// How the text shows a reading: the decoding of the HRESULT or NTSTATUS that carried the
/// code, the decoding of an HRESULT failure, a name, or a plain code.
fn via(reading: Reading) -> Via {
    let hresult = Hresult(reading.number);
    match (reading.form, reading.carried_in, reading.space) {
        (Form::Name, _, _) => Via::Name,
        (_, Some(CodeSpace::Hresult), _) => Via::Hresult(hresult),
        (_, Some(CodeSpace::NtStatus), _) => Via::Ntstatus(NtStatusCode(reading.number)),
        (_, None, CodeSpace::Hresult) if hresult.is_failure() => Via::Hresult(hresult),
        _ => Via::Code,
    }
}

/// Why no catalog has `number`, in the terms of its likeliest reading.
fn number_miss(number: u32) -> String {
    let hresult = Hresult(number);
    let status = NtStatusCode(number);
    if let Some(code) = status.win32_code() {
        return format!(
            "NTSTATUS {status} wraps Win32 code {code} (0x{code:X}), which has no entry"
        );
    }
    if !hresult.is_failure() {
        return format!("no error with code {number} (0x{number:X})");
    }
    match hresult.win32_code() {
        Some(code) => {
            format!("HRESULT {hresult} wraps Win32 code {code} (0x{code:X}), which has no entry")
        }
        None => format!(
            "HRESULT {hresult} is a failure of facility {}, code {} (0x{:X}): not a Win32 error, and not in the COM catalog",
            hresult.facility(),
            hresult.facility_code(),
            hresult.facility_code()
        ),
    }
}

/// Why no catalog has a name, with the nearest name when one is near.
fn name_miss(query: &str) -> String {
    let upper = query.trim().to_ascii_uppercase();
    let with_prefix = if upper.starts_with("ERROR_") {
        upper.clone()
    } else {
        format!("ERROR_{upper}")
    };
    let names = every_name();
    let suggestion = names
        .nearest(&upper)
        .or_else(|| names.nearest(&with_prefix));
    match suggestion {
        Some(near) => format!("no error named {query}; did you mean {near}?"),
        None => format!("no error named {query}, and it is not a number"),
    }
}

/// Every name and alias of the shipped catalogs, prepared once for the did-you-mean of every
/// query that names nothing (20,000 typos cost one pass over the names each).
fn every_name() -> &'static Suggestions<'static> {
    static NAMES: OnceLock<Suggestions<'static>> = OnceLock::new();
    NAMES.get_or_init(|| {
        Suggestions::new(
            names_of::<WinError>()
                .chain(names_of::<ComError>())
                .chain(names_of::<NtStatus>()),
        )
    })
}

/// Every symbolic name and alias of catalog `E`.
fn names_of<E: ErrorCatalog>() -> impl Iterator<Item = &'static str> + Clone {
    E::ALL
        .iter()
        .flat_map(|e| std::iter::once(e.name()).chain(e.aliases()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The best entry a query names: what the tool prints first.
    fn resolve(query: &str) -> Result<Found, String> {
        resolve_all(query, None).map(|found| found[0])
    }

    #[test]
    fn every_input_form() {
        let seed = Hit::Win32(WinError::NoSuchLogonSession);
        for query in [
            "1312",
            "0x520",
            "0X520",
            "520h",
            "ERROR_NO_SUCH_LOGON_SESSION",
            "no_such_logon_session",
            "No_Such_Logon_Session",
        ] {
            assert_eq!(resolve(query).map(|f| f.entry), Ok(seed), "{query}");
        }
        for query in ["0x80070520", "-2147023584"] {
            assert_eq!(
                resolve(query).map(|f| (f.entry, f.via)),
                Ok((seed, Via::Hresult(Hresult(0x8007_0520)))),
                "{query}"
            );
        }
        assert_eq!(
            resolve("error_iterated_data_exceeds_64K").map(|f| f.entry),
            Ok(Hit::Win32(WinError::IteratedDataExceeds64k))
        );
        assert_eq!(
            resolve("e_fail").map(|f| f.entry),
            Ok(Hit::Com(ComError::EFail))
        );
        assert_eq!(
            resolve("0x80004005").map(|f| (f.entry, f.via)),
            Ok((
                Hit::Com(ComError::EFail),
                Via::Hresult(Hresult(0x8000_4005))
            ))
        );
        assert_eq!(
            resolve("ERROR_CLUSTER_NODE_EVACUATION_IN_PROGRESS").map(|f| f.entry),
            Ok(Hit::Win32(WinError::ClusterNodeDrainInProgress))
        );
    }

    #[test]
    fn misses_say_why() {
        assert_eq!(
            resolve("32767").unwrap_err(),
            "no error with code 32767 (0x7FFF)"
        );
        assert_eq!(
            resolve("").unwrap_err(),
            "an empty argument is neither a code nor a name"
        );
        assert!(
            resolve("99999999999")
                .unwrap_err()
                .contains("beyond both u32 and i32")
        );
        assert_eq!(
            resolve("0x80004FFF").unwrap_err(),
            "HRESULT 0x80004FFF is a failure of facility FACILITY_NULL (0), code 20479 (0x4FFF): not a Win32 error, and not in the COM catalog"
        );
        assert_eq!(
            resolve("no_such_logon_sesion").unwrap_err(),
            "no error named no_such_logon_sesion; did you mean ERROR_NO_SUCH_LOGON_SESSION?"
        );
        assert_eq!(
            resolve("xyzzy").unwrap_err(),
            "no error named xyzzy, and it is not a number"
        );
    }
}
