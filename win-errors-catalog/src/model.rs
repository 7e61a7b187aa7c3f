//! The checked catalog: every rule holds, entries are sorted by code, references are resolved.

/// The generated type's name when `[catalog] enum` is absent.
pub const DEFAULT_ENUM_NAME: &str = "WinError";

/// A catalog that passed every rule, ready for code generation or lookup.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedCatalog {
    /// The generated type's name.
    pub enum_name: String,
    /// The type's documentation, if any.
    pub description: Option<String>,
    /// What the codes are: Win32 codes get HRESULT conversions.
    pub codes: CodeKind,
    /// Whether entries have symbolic names or are known by their code alone.
    pub naming: Naming,
    /// Whether the generated type is `#[non_exhaustive]`, so that other crates' `match`es
    /// keep compiling when the catalog gains entries.
    pub non_exhaustive: bool,
    /// The entries, sorted by code (codes are unique).
    pub entries: Vec<CheckedEntry>,
}

/// What kind of codes a catalog holds (`[catalog] codes`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CodeKind {
    /// Codes of no particular kind (the default).
    #[default]
    Other,
    /// Win32 codes, as `GetLastError` returns them: the generated type converts to and from
    /// HRESULTs (`HRESULT_FROM_WIN32`).
    Win32,
    /// HRESULT bit patterns.
    Hresult,
    /// NTSTATUS values, as the kernel and native APIs return them and as process exit and
    /// exception codes show them.
    NtStatus,
    /// Signed 32-bit codes, such as ESE's (`JET_errDatabaseCorrupted` is -1206): the catalog
    /// writes them negative, the generated type reads and shows them as `i32`.
    Signed,
}

impl CodeKind {
    /// How codes of this kind are written: signed decimal, eight hex digits for the 32-bit
    /// layouts, decimal else. Diagnostics and generated docs write a code with it, as
    /// `{:#}` (`1312 (0x520)`, `-1812 (0xFFFFF8EC)`, `0xC0000005 (3221225477)`).
    pub fn notation(self) -> win_errors_layout::Notation {
        use win_errors_layout::Notation;
        match self {
            CodeKind::Signed => Notation::Signed,
            CodeKind::Hresult | CodeKind::NtStatus => Notation::Hex,
            CodeKind::Win32 | CodeKind::Other => Notation::Decimal,
        }
    }

    /// `code` as a person reads it, in diagnostics and generated docs: as
    /// [`notation`](Self::notation) writes it, but that a catalog of no particular kind
    /// writes a code wider than 16 bits in hex (`0x80041001`, an event id with its severity
    /// bits), as such codes are known, and its small ones in decimal.
    pub fn spell(self, code: u32) -> win_errors_layout::CodeText {
        use win_errors_layout::Notation;
        let notation = match self {
            CodeKind::Other if code > 0xFFFF => Notation::Hex,
            _ => self.notation(),
        };
        notation.spell(code)
    }

    /// Whether codes of this kind are known by their eight hex digits (`0xC0000005`), so that
    /// they are written and shown in hex.
    pub fn is_hex(self) -> bool {
        self.notation() == win_errors_layout::Notation::Hex
    }
}

impl CodeKind {
    /// The kinds by their catalog spelling.
    pub const ALL: &'static [(&'static str, CodeKind)] = &[
        ("win32", CodeKind::Win32),
        ("hresult", CodeKind::Hresult),
        ("ntstatus", CodeKind::NtStatus),
        ("signed", CodeKind::Signed),
        ("other", CodeKind::Other),
    ];
}

/// Whether a catalog's entries have symbolic names (`[catalog] names`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Naming {
    /// Every entry has a symbolic name, such as `ERROR_ACCESS_DENIED` (the default).
    #[default]
    Symbolic,
    /// Entries are known by their code alone, as Windows Installer's messages are: an
    /// entry's name is its code in decimal (`1101`), its variant `Code1101`.
    None,
}

impl Naming {
    /// The namings by their catalog spelling.
    pub const ALL: &'static [(&'static str, Naming)] =
        &[("symbolic", Naming::Symbolic), ("none", Naming::None)];
}

/// One entry of a [`CheckedCatalog`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedEntry {
    /// The symbolic name; in a catalog without names ([`Naming::None`]), the code in
    /// decimal (signed for signed codes).
    pub name: String,
    /// The code.
    pub code: u32,
    /// The code a documentation gives the entry, where it differs from `code` (the one the
    /// system returns).
    pub documented_code: Option<u32>,
    /// The title shown above the message, such as `Application Error` (one line, never
    /// empty when present).
    pub caption: Option<String>,
    /// The message (never empty), or `None` when the catalog says that no message is known
    /// (`message_known = false`).
    pub message: Option<String>,
    /// Longer documentation (never empty when present).
    pub description: Option<String>,
    /// The error family the entry is documented in (its own `family`, else the catalog's).
    pub family: Option<String>,
    /// Other symbolic names of this code.
    pub aliases: Vec<String>,
    /// The reference sections (meaning, context, remedies, FAQ, summary), all optional.
    pub sections: Sections,
    /// The generated variant's name.
    pub variant: String,
    /// Whether the catalog set `variant` with its `variant` key, rather than leaving it to be
    /// derived from the symbolic name.
    pub variant_overridden: bool,
    /// The related entries, in catalog order: of this catalog or of a shipped one.
    pub related: Vec<CheckedRelated>,
    /// Indices of the entries that list this one as related, in code order.
    pub referenced_by: Vec<usize>,
}

/// A related entry of a checked catalog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CheckedRelated {
    /// An entry of the same catalog: its index into [`CheckedCatalog::entries`].
    Own(usize),
    /// An entry of a shipped catalog (`related = ["WinError::ERROR_SHARING_VIOLATION"]`).
    Shipped(ShippedRelated),
}

impl CheckedRelated {
    /// The index of an entry of the same catalog.
    pub fn own(&self) -> Option<usize> {
        match self {
            CheckedRelated::Own(index) => Some(*index),
            CheckedRelated::Shipped(_) => None,
        }
    }
}

/// An entry of a shipped catalog that a catalog relates to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShippedRelated {
    /// The shipped type's name: `"WinError"`.
    pub type_name: String,
    /// The entry's symbolic name (not the alias the catalog may have named it by).
    pub name: String,
    /// The entry's variant in the shipped type.
    pub variant: String,
    /// Its code.
    pub code: u32,
    /// How the shipped catalog writes its codes.
    pub codes: CodeKind,
    /// Where the catalog names it: 1-based line and column, for an error the generated
    /// code gives when the shipped catalog is not built in.
    pub line: usize,
    /// See [`line`](Self::line).
    pub column: usize,
}

/// An entry's reference sections, each plain text or Markdown and never empty when present.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sections {
    /// What the code technically means.
    pub meaning: Option<String>,
    /// Where the code typically arises.
    pub context: Option<String>,
    /// Steps to check or fix, in order.
    pub remedies: Vec<String>,
    /// Questions and answers.
    pub faq: Vec<Faq>,
    /// The values that come with the code (a bug check's parameters), in order.
    pub parameters: Vec<Parameter>,
    /// The entry in a sentence or two.
    pub summary: Option<String>,
}

impl Sections {
    /// Whether the entry has no section at all.
    pub fn is_empty(&self) -> bool {
        self.meaning.is_none()
            && self.context.is_none()
            && self.remedies.is_empty()
            && self.faq.is_empty()
            && self.parameters.is_empty()
            && self.summary.is_none()
    }
}

/// One parameter of an entry: what it holds, and the values the documentation explains.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parameter {
    /// What the parameter holds; `None` when the documentation says it only per value of
    /// another parameter.
    pub description: Option<String>,
    /// Its values.
    pub values: Vec<ParameterValue>,
}

/// A value of a parameter the documentation explains.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParameterValue {
    /// The value as written (`0x3`).
    pub value: String,
    /// What it means.
    pub meaning: Option<String>,
    /// What parameters 1 to 4 hold when this one has this value (`None` for its own and
    /// those the documentation does not say).
    pub arguments: [Option<String>; 4],
}

/// One question of an entry's FAQ and its answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Faq {
    /// The question.
    pub question: String,
    /// The answer.
    pub answer: String,
}

impl CheckedCatalog {
    /// Whether every entry has a message (no entry says `message_known = false`).
    pub fn every_message_known(&self) -> bool {
        self.entries.iter().all(|e| e.message.is_some())
    }

    /// The entry with `code`, by binary search.
    pub fn by_code(&self, code: u32) -> Option<&CheckedEntry> {
        self.entries
            .binary_search_by_key(&code, |e| e.code)
            .ok()
            .and_then(|i| self.entries.get(i))
    }

    /// The entry with symbolic name or alias `name` (exact match).
    pub fn by_name(&self, name: &str) -> Option<&CheckedEntry> {
        self.entries
            .iter()
            .find(|e| e.name == name || e.aliases.iter().any(|a| a == name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use win_errors_layout::Notation;

    #[test]
    fn a_code_of_no_particular_kind_is_spelt_in_hex_only_past_16_bits() {
        let spelt = |kind: CodeKind, code| kind.spell(code).to_string();
        assert_eq!(spelt(CodeKind::Other, 0xFFFF), "65535");
        assert_eq!(
            spelt(CodeKind::Other, 0x1_0000),
            Notation::Hex.spell(0x1_0000).to_string()
        );
        assert_eq!(spelt(CodeKind::Win32, 0x1_0000), "65536");
    }

    #[test]
    fn sections_are_empty_only_without_any_section() {
        assert!(Sections::default().is_empty());
        let text = || Some("Text.".to_owned());
        let each = [
            Sections {
                meaning: text(),
                ..Sections::default()
            },
            Sections {
                context: text(),
                ..Sections::default()
            },
            Sections {
                remedies: vec!["Retry.".to_owned()],
                ..Sections::default()
            },
            Sections {
                faq: vec![Faq {
                    question: "Why?".to_owned(),
                    answer: "Because.".to_owned(),
                }],
                ..Sections::default()
            },
            Sections {
                parameters: vec![Parameter::default()],
                ..Sections::default()
            },
            Sections {
                summary: text(),
                ..Sections::default()
            },
        ];
        for sections in each {
            assert!(!sections.is_empty(), "{sections:?}");
        }
    }

    #[test]
    fn every_message_is_known_unless_an_entry_says_otherwise() {
        let catalog = |entry: &str| {
            crate::check(&format!(
                "[[error]]\nname = \"ERROR_A\"\ncode = 1\n{entry}\n"
            ))
            .unwrap()
        };
        assert!(catalog("message = \"A.\"").every_message_known());
        assert!(!catalog("message_known = false").every_message_known());
    }
}
