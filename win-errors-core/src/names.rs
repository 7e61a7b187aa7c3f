//! Entries by name, across the shipped catalogs: exactly as a catalog writes them (the log
//! scanner), or in any case with a space's prefix optional (the readings of a query).

use crate::space::{CodeSpace, Entry, Names};

impl Entry {
    /// The entry named exactly `name` (a symbolic name or alias as its catalog writes it, or
    /// in another spelling of its space's prefix, such as Samba's `NT_STATUS_LOGON_FAILURE`),
    /// in the first space whose catalog has it. A lookup is one perfect hash per catalog.
    ///
    /// ```
    /// # use win_errors_core as win_errors;
    /// use win_errors::{CodeSpace, Entry};
    ///
    /// let entry = Entry::from_name("NT_STATUS_LOGON_FAILURE").unwrap();
    /// assert_eq!((entry.space(), entry.name()), (CodeSpace::NtStatus, "STATUS_LOGON_FAILURE"));
    /// assert_eq!(Entry::from_name("error_access_denied"), None);
    /// ```
    #[inline]
    pub fn from_name(name: &str) -> Option<Entry> {
        CodeSpace::ALL.into_iter().find_map(|space| {
            let names = space.info().names?;
            let mut buffer = NameBuffer::new();
            let name = respelled(&names, name, &mut buffer).unwrap_or(name);
            Entry::from_name_in(space, name)
        })
    }
}

/// `name` with `names`' other spelling of its prefix replaced by the prefix itself
/// (`NT_STATUS_X` -> `STATUS_X`), when it has that spelling.
#[inline]
fn respelled<'b>(names: &Names, name: &str, buffer: &'b mut NameBuffer) -> Option<&'b str> {
    let (other, prefix) = names.other_prefix?;
    let rest = name.strip_prefix(other)?;
    buffer.join(prefix, rest)
}

/// The entries `text` names, in the order of the spaces: exactly (in any case) in each
/// catalog; or, when none has it, with a space's prefix added, in the first space that has
/// it then (Win32's `ERROR_`, COM's `E_`, NTSTATUS's `STATUS_`: `access_denied` is
/// `ERROR_ACCESS_DENIED`, the prefix says more than a guess would).
#[inline]
pub(crate) fn named(text: &str) -> [Option<Entry>; CodeSpace::COUNT] {
    let mut found = [None; CodeSpace::COUNT];
    let mut buffer = NameBuffer::new();
    let Some(upper) = buffer.uppercase(text) else {
        return found;
    };
    for (slot, space) in found.iter_mut().zip(CodeSpace::ALL) {
        let Some(names) = space.info().names else {
            continue;
        };
        let mut respelling = NameBuffer::new();
        let name = respelled(&names, upper, &mut respelling).unwrap_or(upper);
        *slot = named_in(space, &names, name, "");
    }
    if found.iter().all(Option::is_none) {
        found[0] = CodeSpace::ALL.into_iter().find_map(|space| {
            let names = space.info().names?;
            named_in(space, &names, upper, names.prefix?)
        });
    }
    found
}

/// The entry of `space`'s catalog named `prefix` + `name` (`name` uppercase), or `None`
/// when `name` already starts with `prefix` (the exact lookup tried it). Exactly, by the
/// name index, or for the names that may have a lowercase letter, ignoring case. Those are
/// few and known by their shape ([`may_have_lowercase`]; a test holds every shipped catalog
/// to it), so any other name skips the scan of every entry, and a text that names nothing
/// costs a few hash lookups.
#[inline]
fn named_in(space: CodeSpace, names: &Names, name: &str, prefix: &str) -> Option<Entry> {
    if !prefix.is_empty() && name.starts_with(prefix) {
        return None;
    }
    let mut buffer = NameBuffer::new();
    let full = buffer.join(prefix, name)?;
    Entry::from_name_in(space, full).or_else(|| {
        may_have_lowercase(names, full).then(|| Entry::from_name_in_any_case(space, full))?
    })
}

/// Whether a name spelled `uppercase` in capitals may have lowercase letters in its catalog:
/// a name with a digit (`ERROR_ITERATED_DATA_EXCEEDS_64k`), or one of the space's prefixes
/// of mixed-case names (`NERR_UserNotFound`, `JET_errReadVerifyFailure`).
#[inline]
pub(crate) fn may_have_lowercase(names: &Names, uppercase: &str) -> bool {
    uppercase.bytes().any(|b| b.is_ascii_digit())
        || names
            .mixed_case
            .iter()
            .any(|prefix| uppercase.starts_with(prefix))
}

/// Room for the longest symbolic name a catalog can hold and a prefix: text longer than that
/// names nothing.
const NAME_CAPACITY: usize = win_errors_layout::entries::MAX_NAME_LENGTH + 16;

/// A name built on the stack, so that a lookup allocates nothing.
struct NameBuffer {
    bytes: [u8; NAME_CAPACITY],
}

impl NameBuffer {
    #[inline]
    const fn new() -> Self {
        NameBuffer {
            bytes: [0; NAME_CAPACITY],
        }
    }

    /// `text` in ASCII uppercase, or `None` when it is too long or not ASCII (no symbolic
    /// name is).
    #[inline]
    fn uppercase(&mut self, text: &str) -> Option<&str> {
        if !text.is_ascii() {
            return None;
        }
        let out = self.bytes.get_mut(..text.len())?;
        out.copy_from_slice(text.as_bytes());
        out.make_ascii_uppercase();
        core::str::from_utf8(out).ok()
    }

    /// `prefix` then `name`, or `None` when they do not fit.
    #[inline]
    fn join(&mut self, prefix: &str, name: &str) -> Option<&str> {
        let length = prefix.len() + name.len();
        let out = self.bytes.get_mut(..length)?;
        let (head, tail) = out.split_at_mut(prefix.len());
        head.copy_from_slice(prefix.as_bytes());
        tail.copy_from_slice(name.as_bytes());
        core::str::from_utf8(out).ok()
    }
}

// The tests hold every shipped catalog: they run with every catalog feature, the default.
#[cfg(all(test, feature = "all-catalogs"))]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_name_with_a_lowercase_letter_is_one_the_scan_looks_for() {
        for space in CodeSpace::ALL {
            assert!(
                space.is_built_in(),
                "{space}: the tests run with every catalog"
            );
            let Some(names) = space.info().names else {
                continue;
            };
            for entry in Entry::all_in(space) {
                for name in core::iter::once(entry.name()).chain(entry.aliases()) {
                    if name.bytes().any(|b| b.is_ascii_lowercase()) {
                        assert!(
                            may_have_lowercase(&names, &name.to_ascii_uppercase()),
                            "{name}"
                        );
                    }
                }
            }
        }
        // The test above sees every catalog's entries.
        assert_eq!(
            Entry::all_in(CodeSpace::Win32).count(),
            crate::WinError::COUNT
        );
    }

    #[test]
    fn only_names_of_a_mixed_case_shape_are_scanned_for() {
        let names = |space: CodeSpace| space.info().names.unwrap();
        let win32 = names(CodeSpace::Win32);
        assert!(!may_have_lowercase(&win32, "ERROR_ACCESS_DENIED"));
        assert!(may_have_lowercase(
            &win32,
            "ERROR_ITERATED_DATA_EXCEEDS_64K"
        ));
        assert!(may_have_lowercase(&win32, "NERR_USERNOTFOUND"));
        let com = names(CodeSpace::Hresult);
        assert!(!may_have_lowercase(&com, "E_ACCESSDENIED"));
        assert!(may_have_lowercase(&com, "COR_E_UNAUTHORIZEDACCESS"));
        assert!(!may_have_lowercase(&names(CodeSpace::NtStatus), "NERR_X"));
    }

    #[test]
    fn exact_names_in_the_order_of_the_spaces() {
        let space_of = |name| Entry::from_name(name).map(Entry::space);
        assert_eq!(space_of("ERROR_ACCESS_DENIED"), Some(CodeSpace::Win32));
        assert_eq!(space_of("E_FAIL"), Some(CodeSpace::Hresult));
        assert_eq!(space_of("STATUS_ACCESS_DENIED"), Some(CodeSpace::NtStatus));
        assert_eq!(
            space_of("NT_STATUS_ACCESS_DENIED"),
            Some(CodeSpace::NtStatus)
        );
        assert_eq!(space_of("JET_errReadVerifyFailure"), Some(CodeSpace::Ese));
        assert_eq!(space_of("MCIERR_INVALID_DEVICE_NAME"), Some(CodeSpace::Mci));
        assert_eq!(space_of("PDH_CSTATUS_NO_MACHINE"), Some(CodeSpace::Pdh));
        // 691's RAS name is not a system error's name.
        assert_eq!(
            space_of("ERROR_AUTHENTICATION_FAILURE"),
            Some(CodeSpace::Ras)
        );
        // Exactly: no case folding, no prefix guessed, no number.
        for text in [
            "jet_errreadverifyfailure",
            "ACCESS_DENIED",
            "1603",
            "NT_STATUS_",
            "",
        ] {
            assert_eq!(Entry::from_name(text), None, "{text}");
        }
    }
}
