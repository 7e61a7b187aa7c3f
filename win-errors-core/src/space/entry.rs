//! What an [`Entry`] of any shipped catalog gives: each item of its catalog type, its code
//! as its space writes it, its HRESULT form and its counterpart, by the registry's dispatches.

use core::fmt;

use win_errors_layout::CodeText;

use super::{CodeSpace, Counterpart, Entry};
use crate::{Aliases, Faq, Hresult, Texts};

impl Entry {
    /// The shipped catalog's entry for `code` in `space`, when that catalog is built in and
    /// has it.
    #[inline]
    pub fn find(space: CodeSpace, code: u32) -> Option<Entry> {
        with_catalog!(space, E => E::from_code(code).map(Entry::from), absent => {
            let _ = code;
            None
        })
    }

    /// The entry of `space`'s catalog whose symbolic name or alias is exactly `name`.
    #[inline]
    pub fn from_name_in(space: CodeSpace, name: &str) -> Option<Entry> {
        with_catalog!(space, E => E::from_name(name).map(Entry::from), absent => {
            let _ = name;
            None
        })
    }

    /// The entry of `space`'s catalog whose symbolic name or alias is `name` in any case: a
    /// scan of every entry.
    #[inline]
    pub(crate) fn from_name_in_any_case(space: CodeSpace, name: &str) -> Option<Entry> {
        with_catalog!(space, E => {
            E::ALL
                .iter()
                .copied()
                .find(|e| {
                    let name_is = |n: &str| n.eq_ignore_ascii_case(name);
                    name_is(e.name()) || e.aliases().any(name_is)
                })
                .map(Entry::from)
        }, absent => {
            let _ = name;
            None
        })
    }

    /// Every entry of `space`'s catalog, in code order; none when it is not built in.
    #[inline]
    pub fn all_in(space: CodeSpace) -> impl Iterator<Item = Entry> {
        (0..).map_while(move |index| {
            with_catalog!(space, E => E::ALL.get(index).copied().map(Entry::from), absent => {
                let _ = index;
                None
            })
        })
    }

    /// The catalog type's name: `"WinError"`, `"ComError"`, `"NtStatus"`, `"RasError"`,
    /// `"EseError"`, `"PdhStatus"`, `"MciError"` or `"MsiError"`.
    #[inline]
    pub const fn catalog(self) -> &'static str {
        self.space().catalog()
    }

    /// The symbolic name; in a catalog of entries known by their code alone, the code as
    /// written (`"1603"`).
    #[inline]
    pub fn name(self) -> &'static str {
        with_entry!(self, e => e.name())
    }

    /// The code.
    #[inline]
    pub fn code(self) -> u32 {
        with_entry!(self, e => e.code())
    }

    /// The code a documentation gives this entry where it differs from [`code`](Self::code),
    /// the one the system returns (`TPM_20_E_KEY_SIZE` is `0x80280087`, documented as
    /// `0x80280086`).
    #[inline]
    pub fn documented_code(self) -> Option<u32> {
        with_entry!(self, e => crate::ErrorCatalog::documented_code(e))
    }

    /// The entries of `space`'s catalog a documentation gives `code` while the system
    /// returns another (see [`documented_code`](Self::documented_code)), in code order: a
    /// scan of the catalog, for a lookup that found nothing better.
    pub fn documented_as(space: CodeSpace, code: u32) -> impl Iterator<Item = Entry> {
        Entry::all_in(space).filter(move |e| e.documented_code() == Some(code))
    }

    /// The code written as its space writes codes (see [`CodeText`]).
    #[inline]
    pub fn spelled(self) -> CodeText {
        self.space().spell(self.code())
    }

    /// The message, or `None` when the catalog knows none.
    #[inline]
    pub fn message(self) -> Option<&'static str> {
        with_entry!(self, e => crate::ErrorCatalog::message(e))
    }

    /// The title shown above the message, when the catalog gives one.
    #[inline]
    pub fn caption(self) -> Option<&'static str> {
        with_entry!(self, e => crate::ErrorCatalog::caption(e))
    }

    /// The longer description, when the catalog has one.
    #[inline]
    pub fn description(self) -> Option<&'static str> {
        with_entry!(self, e => crate::ErrorCatalog::description(e))
    }

    /// The error family the entry is documented in, when the catalog names one.
    #[inline]
    pub fn family(self) -> Option<&'static str> {
        with_entry!(self, e => crate::ErrorCatalog::family(e))
    }

    /// What the code technically means, when the catalog says.
    #[inline]
    pub fn meaning(self) -> Option<&'static str> {
        with_entry!(self, e => crate::ErrorCatalog::meaning(e))
    }

    /// Where the code typically arises, when the catalog says.
    #[inline]
    pub fn context(self) -> Option<&'static str> {
        with_entry!(self, e => crate::ErrorCatalog::context(e))
    }

    /// Steps to check or fix, in order.
    #[inline]
    pub fn remedies(self) -> Texts {
        with_entry!(self, e => crate::ErrorCatalog::remedies(e))
    }

    /// Questions and answers about the entry.
    #[inline]
    pub fn faq(self) -> Faq {
        with_entry!(self, e => crate::ErrorCatalog::faq(e))
    }

    /// The values that come with the code (a bug check's parameters), in order.
    #[inline]
    pub fn parameters(self) -> crate::Parameters {
        with_entry!(self, e => crate::ErrorCatalog::parameters(e))
    }

    /// The entry in a sentence or two, when the catalog gives one.
    #[inline]
    pub fn summary(self) -> Option<&'static str> {
        with_entry!(self, e => crate::ErrorCatalog::summary(e))
    }

    /// The other symbolic names of this code.
    #[inline]
    pub fn aliases(self) -> Aliases {
        with_entry!(self, e => crate::ErrorCatalog::aliases(e))
    }

    /// The related entries, in catalog order, each as an entry of its catalog.
    #[inline]
    pub fn related(self) -> impl Iterator<Item = Entry> {
        (0..).map_while(move |index| self.related_at(index))
    }

    #[inline]
    #[allow(unused_variables, reason = "unused when no catalog is built in")]
    fn related_at(self, index: usize) -> Option<Entry> {
        with_entry!(self, e => {
            let related = crate::ErrorCatalog::related(e).get(index).copied()?;
            Some(match related {
                crate::Related::Own(own) => Entry::from(own),
                crate::Related::Shipped(entry) => entry,
            })
        })
    }

    /// The entry as an HRESULT, when its space has an HRESULT form: a COM code is one, a
    /// Win32 error is wrapped in `FACILITY_WIN32`, an NTSTATUS gets the N bit.
    #[inline]
    pub fn hresult(self) -> Option<Hresult> {
        self.space().info().hresult_form.of(self.code())
    }

    /// The same error in another space's catalog ([`SpaceInfo::counterpart`](crate::SpaceInfo::counterpart)), when that
    /// catalog has it: `ERROR_ACCESS_DENIED`'s `E_ACCESSDENIED` and back.
    #[inline]
    pub fn counterpart(self) -> Option<Entry> {
        let space = self.space();
        match space.info().counterpart {
            Counterpart::None => None,
            Counterpart::HresultForm => Entry::find(CodeSpace::Hresult, self.hresult()?.0),
            Counterpart::Carries(inner) => space
                .info()
                .carries
                .iter()
                .filter(|carried| carried.space == inner)
                .find_map(|carried| Entry::find(inner, (carried.code)(self.code())?)),
        }
    }
}

impl fmt::Display for Entry {
    /// As its catalog type displays it.
    // Not `#[inline]`: compiled once here, not with every catalog's `Display` in each crate
    // that displays a `Related`.
    #[allow(unused_variables, reason = "unused when no catalog is built in")]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        with_entry!(*self, e => fmt::Display::fmt(&e, f))
    }
}
