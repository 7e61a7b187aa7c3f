//! From what a user typed to an entry of the shipped catalog.

use win_errors::{
    ComError, ErrorCatalog, Hresult, NtStatus, NtStatusCode, NumberError, WinError, parse_bare_hex,
    parse_number,
};

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
}

/// An entry found for a query.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    /// The entry.
    pub entry: Hit,
    /// The form of the query that found it.
    pub via: Via,
}

/// Finds the entry a query names: a code (`1312`, `0x520`, `520h`, bare hex `c0000135`), an
/// HRESULT (`0x80070520`, `-2147023584`), an NTSTATUS or exit code (`0xC0000005`,
/// `-1073741819`), or a symbolic name in any case with `ERROR_` optional (`STATUS_` and
/// Samba's `NT_STATUS_` for NTSTATUS). The error says why nothing was found.
pub fn resolve(query: &str) -> Result<Found, String> {
    // Logs write hex without `0x` (`c0000135`, `80070057`). Such a text is read the usual
    // way first (eight decimal digits as decimal, letters as a name); when that finds
    // nothing, as hex.
    let as_bare_hex = |why: String| {
        parse_bare_hex(query)
            .and_then(|number| resolve_number(number).ok())
            .ok_or(why)
    };
    match parse_number(query) {
        Ok(number) if query.trim().len() == 8 => resolve_number(number).or_else(as_bare_hex),
        Ok(number) => resolve_number(number),
        Err(NumberError::NotANumber) => resolve_name(query).or_else(as_bare_hex),
        Err(NumberError::Empty) => Err("an empty argument is neither a code nor a name".to_owned()),
        Err(NumberError::OutOfRange) => Err(format!(
            "{query} is beyond both u32 and i32, so it is no error code"
        )),
    }
}

fn resolve_number(number: u32) -> Result<Found, String> {
    let hresult = Hresult(number);
    let found = |entry, via| Found { entry, via };
    // 0xC007xxxx is NTSTATUS_FROM_WIN32, not an HRESULT: HRESULT_FROM_WIN32 gives 0x8007xxxx.
    let status = NtStatusCode(number);
    if let Some(code) = status.win32_code() {
        return WinError::from_code(code)
            .map(|entry| found(Hit::Win32(entry), Via::Ntstatus(status)))
            .ok_or_else(|| {
                format!(
                    "NTSTATUS {status} wraps Win32 code {code} (0x{code:X}), which has no entry"
                )
            });
    }
    if hresult.is_failure() {
        let via = Via::Hresult(hresult);
        return match hresult.win32_code() {
            Some(code) => WinError::from_code(code)
                .map(|entry| found(Hit::Win32(entry), via))
                .ok_or_else(|| {
                    format!(
                        "HRESULT {hresult} wraps Win32 code {code} (0x{code:X}), which has no entry"
                    )
                }),
            None => hresult
                .known()
                .map(|entry| found(Hit::Com(entry), via))
                // Not an HRESULT anyone documents: crash and exit codes are NTSTATUS values
                // (0xC0000005), and an HRESULT with the N bit carries one (0xD0000022).
                .or_else(|| NtStatus::from_code(number).map(|entry| found(Hit::Nt(entry), Via::Code)))
                .or_else(|| {
                    let carried = hresult.ntstatus()?.known()?;
                    Some(found(Hit::Nt(carried), via))
                })
                .ok_or_else(|| {
                    format!(
                        "HRESULT {hresult} is a failure of facility {}, code {} (0x{:X}): not a Win32 error, and not in the COM catalog",
                        hresult.facility(),
                        hresult.facility_code(),
                        hresult.facility_code()
                    )
                }),
        };
    }
    WinError::from_code(number)
        .map(|entry| found(Hit::Win32(entry), Via::Code))
        .or_else(|| ComError::from_code(number).map(|entry| found(Hit::Com(entry), Via::Code)))
        .or_else(|| NtStatus::from_code(number).map(|entry| found(Hit::Nt(entry), Via::Code)))
        .ok_or_else(|| format!("no error with code {number} (0x{number:X})"))
}

fn resolve_name(query: &str) -> Result<Found, String> {
    let upper = query.trim().to_ascii_uppercase();
    let with_prefix = if upper.starts_with("ERROR_") {
        upper.clone()
    } else {
        format!("ERROR_{upper}")
    };
    // Samba writes NTSTATUS names as NT_STATUS_LOGON_FAILURE.
    let status = match upper.strip_prefix("NT_STATUS_") {
        Some(rest) => format!("STATUS_{rest}"),
        None => upper.clone(),
    };
    let found = named::<WinError>(&upper)
        .or_else(|| named::<WinError>(&with_prefix))
        .map(Hit::Win32)
        .or_else(|| named::<ComError>(&upper).map(Hit::Com))
        .or_else(|| named::<NtStatus>(&status).map(Hit::Nt));
    if let Some(entry) = found {
        return Ok(Found {
            entry,
            via: Via::Name,
        });
    }
    let names = names_of::<WinError>()
        .chain(names_of::<ComError>())
        .chain(names_of::<NtStatus>());
    let suggestion = win_errors_catalog::names::suggest(&upper, names.clone())
        .or_else(|| win_errors_catalog::names::suggest(&with_prefix, names));
    Err(match suggestion {
        Some(near) => format!("no error named {query}; did you mean {near}?"),
        None => format!("no error named {query}, and it is not a number"),
    })
}

/// The entry of catalog `E` named `name` (an uppercase symbolic name or alias), exactly or,
/// for the few documented names with a lowercase letter (`..._64k`), ignoring case.
fn named<E: ErrorCatalog>(name: &str) -> Option<E> {
    E::from_name(name).or_else(|| {
        E::ALL.iter().copied().find(|e| {
            e.name().eq_ignore_ascii_case(name) || e.aliases().any(|a| a.eq_ignore_ascii_case(name))
        })
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
                resolve(query),
                Ok(Found {
                    entry: seed,
                    via: Via::Hresult(Hresult(0x8007_0520))
                }),
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
            resolve("0x80004005"),
            Ok(Found {
                entry: Hit::Com(ComError::EFail),
                via: Via::Hresult(Hresult(0x8000_4005))
            })
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
