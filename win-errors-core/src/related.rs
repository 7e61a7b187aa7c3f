//! What `related()` lists: an entry of the same catalog, or of a shipped one.

use core::fmt;

use crate::{Entry, ErrorCatalog};

/// An entry a catalog lists as related to one of its entries: one of the catalog's own, or,
/// in a catalog of your own, an entry of a shipped catalog that it names with its type
/// (`related = ["WinError::ERROR_SHARING_VIOLATION"]`).
///
/// It compares equal to the catalog's own entry it holds, and gives the name, code and
/// message of either kind.
///
/// ```
/// # use win_errors_core as win_errors;
/// use win_errors::{Related, WinError};
///
/// let related = WinError::NoSuchLogonSession.related();
/// assert_eq!(related[0], WinError::LogonSessionCollision);
/// assert_eq!(related[0].name(), "ERROR_LOGON_SESSION_COLLISION");
/// assert_eq!(related[0].own(), Some(WinError::LogonSessionCollision));
/// assert!(matches!(related[0], Related::Own(_)));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Related<C> {
    /// An entry of the same catalog.
    Own(C),
    /// An entry of a shipped catalog, such as `WinError::ERROR_SHARING_VIOLATION`.
    Shipped(Entry),
}

impl<C: ErrorCatalog> Related<C> {
    /// The entry of the same catalog, if it is one.
    #[inline]
    pub const fn own(self) -> Option<C> {
        match self {
            Related::Own(own) => Some(own),
            Related::Shipped(_) => None,
        }
    }

    /// The entry of a shipped catalog, if it is one.
    #[inline]
    pub const fn shipped(self) -> Option<Entry> {
        match self {
            Related::Own(_) => None,
            Related::Shipped(entry) => Some(entry),
        }
    }

    /// The name of its catalog's type: `"WinError"`.
    #[inline]
    pub fn catalog(self) -> &'static str {
        match self {
            Related::Own(_) => C::TYPE_NAME,
            Related::Shipped(entry) => shipped::catalog(entry),
        }
    }

    /// Its symbolic name.
    #[inline]
    pub fn name(self) -> &'static str {
        match self {
            Related::Own(own) => own.name(),
            Related::Shipped(entry) => shipped::name(entry),
        }
    }

    /// Its code.
    #[inline]
    pub fn code(self) -> u32 {
        match self {
            Related::Own(own) => own.code(),
            Related::Shipped(entry) => shipped::code(entry),
        }
    }

    /// Its message, or `None` when its catalog knows none.
    #[inline]
    pub fn message(self) -> Option<&'static str> {
        match self {
            Related::Own(own) => own.message(),
            Related::Shipped(entry) => shipped::message(entry),
        }
    }
}

impl<C: PartialEq> PartialEq<C> for Related<C> {
    /// Whether it is the catalog's own entry `other`.
    #[inline]
    fn eq(&self, other: &C) -> bool {
        matches!(self, Related::Own(own) if own == other)
    }
}

impl<C: fmt::Display> fmt::Display for Related<C> {
    /// As the entry's own type displays it (`{:#}` included).
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Related::Own(own) => fmt::Display::fmt(own, f),
            Related::Shipped(entry) => fmt::Display::fmt(entry, f),
        }
    }
}

/// What the generic methods above call for an entry of a shipped catalog: compiled once in
/// this crate. `Entry`'s own methods are `#[inline]`, and called from a generic method they
/// would compile every shipped catalog's item into each crate that calls it.
mod shipped {
    use crate::Entry;

    pub(super) fn catalog(entry: Entry) -> &'static str {
        entry.catalog()
    }

    pub(super) fn name(entry: Entry) -> &'static str {
        entry.name()
    }

    pub(super) fn code(entry: Entry) -> u32 {
        entry.code()
    }

    pub(super) fn message(entry: Entry) -> Option<&'static str> {
        entry.message()
    }
}

#[cfg(all(test, feature = "system", feature = "ntstatus"))]
mod tests {
    use std::format;

    use super::*;
    use crate::{NtStatus, WinError};

    #[test]
    fn an_own_entry_answers_as_its_variant() {
        let related = WinError::NoSuchLogonSession.related()[0];
        let own = WinError::LogonSessionCollision;
        assert_eq!(related, Related::Own(own));
        assert_eq!((related.own(), related.shipped()), (Some(own), None));
        assert_eq!(related.catalog(), "WinError");
        assert_eq!(related.name(), "ERROR_LOGON_SESSION_COLLISION");
        assert_eq!(related.code(), 1366);
        assert_eq!(related.message(), own.message());
        assert!(related.message().is_some());
        assert!(related == own && related != WinError::NoSuchLogonSession);
        assert_eq!(format!("{related}"), format!("{own}"));
        assert_eq!(format!("{related:#}"), format!("{own:#}"));
    }

    #[test]
    fn a_shipped_entry_answers_as_its_catalog_gives_it() {
        let entry = Entry::from(NtStatus::StatusAccessViolation);
        let related = Related::<WinError>::Shipped(entry);
        assert_eq!((related.own(), related.shipped()), (None, Some(entry)));
        assert_eq!(related.catalog(), "NtStatus");
        assert_eq!(related.name(), "STATUS_ACCESS_VIOLATION");
        assert_eq!(related.code(), 0xC000_0005);
        assert_eq!(related.message(), NtStatus::StatusAccessViolation.message());
        assert!(related.message().is_some());
        // The same code in another catalog is not the own entry.
        assert!(WinError::ALL.iter().all(|&own| related != own));
        assert_eq!(format!("{related}"), format!("{entry}"));
        assert_eq!(format!("{related:#}"), format!("{entry:#}"));
        assert_ne!(format!("{related}"), "");
    }
}
