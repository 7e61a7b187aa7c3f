//! The catalog as written: every value remembers where it stands in the file.
//!
//! Parsing fills this model as far as the file allows (a missing or mistyped key leaves its
//! field empty and records a diagnostic), so that the rules in [`crate::valid`] can still check
//! everything else and report all problems at once.

use core::ops::Range;

/// A value and the byte range of the source text it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spanned<T> {
    /// The value.
    pub value: T,
    /// Byte range in the catalog's text.
    pub span: Range<usize>,
}

impl<T> Spanned<T> {
    /// Pairs `value` with `span`.
    pub fn new(value: T, span: Range<usize>) -> Self {
        Spanned { value, span }
    }
}

/// A whole catalog file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Catalog {
    /// `[catalog] enum`: the generated type's name.
    pub enum_name: Option<Spanned<String>>,
    /// `[catalog] description`: the type's documentation.
    pub description: Option<Spanned<String>>,
    /// `[catalog] codes`: what kind of codes the catalog holds (`"win32"` or `"hresult"`).
    pub codes: Option<Spanned<String>>,
    /// `[catalog] names`: whether entries have symbolic names (`"symbolic"`, the default) or
    /// are known by their code alone (`"none"`).
    pub names: Option<Spanned<String>>,
    /// `[catalog] family`: the family of entries that do not name their own.
    pub family: Option<Spanned<String>>,
    /// `[catalog] non_exhaustive`: whether the generated type is `#[non_exhaustive]`.
    pub non_exhaustive: Option<Spanned<bool>>,
    /// The `[[error]]` entries, in file order.
    pub entries: Vec<Entry>,
}

impl Catalog {
    /// The kind its `codes` spells (the default when it spells none or an unknown one, which
    /// is reported apart).
    pub fn kind(&self) -> crate::model::CodeKind {
        self.codes
            .as_ref()
            .and_then(crate::values::code_kind)
            .unwrap_or_default()
    }

    /// The naming its `names` spells (the default when it spells none or an unknown one,
    /// which is reported apart).
    pub fn naming(&self) -> crate::model::Naming {
        self.names
            .as_ref()
            .and_then(crate::values::naming)
            .unwrap_or_default()
    }

    /// Whether its `names` says that entries have no symbolic names (`names = "none"`).
    pub fn is_nameless(&self) -> bool {
        self.naming() == crate::model::Naming::None
    }
}

/// One `[[error]]` table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The `[[error]]` header: where diagnostics about the entry as a whole point.
    pub header: Range<usize>,
    /// `name`: the symbolic name, such as `ERROR_ACCESS_DENIED`.
    pub name: Option<Spanned<String>>,
    /// `code`: the numeric value.
    pub code: Option<Spanned<u32>>,
    /// `documented_code`: the value a documentation gives, where it differs from `code`.
    pub documented_code: Option<Spanned<u32>>,
    /// `caption`: the title Windows shows above the message (`{Application Error}`).
    pub caption: Option<Spanned<String>>,
    /// `message`: the system message text.
    pub message: Option<Spanned<String>>,
    /// `message_known`: `false` says that no message is known for the entry.
    pub message_known: Option<Spanned<bool>>,
    /// `related`: references to other entries.
    pub related: Vec<Spanned<RelatedRef>>,
    /// `aliases`: other symbolic names of the same code.
    pub aliases: Vec<Spanned<String>>,
    /// `description`: longer documentation.
    pub description: Option<Spanned<String>>,
    /// `family`: the error family (the documentation page) the entry comes from.
    pub family: Option<Spanned<String>>,
    /// `meaning`: what the code technically means.
    pub meaning: Option<Spanned<String>>,
    /// `context`: where the code typically arises.
    pub context: Option<Spanned<String>>,
    /// `remedies`: steps to check or fix; the span is the whole array's.
    pub remedies: Option<Spanned<Vec<Spanned<String>>>>,
    /// `faq`: questions and answers; the span is the whole array's.
    pub faq: Option<Spanned<Vec<FaqItem>>>,
    /// `parameters`: the values that come with the code, in order; the span is the whole
    /// array's.
    pub parameters: Option<Spanned<Vec<ParameterItem>>>,
    /// `summary`: the entry in a sentence or two.
    pub summary: Option<Spanned<String>>,
    /// `variant`: an explicit name for the generated variant.
    pub variant: Option<Spanned<String>>,
}

impl Entry {
    /// An entry with nothing but its header.
    pub fn new(header: Range<usize>) -> Self {
        Entry {
            header,
            name: None,
            code: None,
            documented_code: None,
            caption: None,
            message: None,
            message_known: None,
            related: Vec::new(),
            aliases: Vec::new(),
            description: None,
            family: None,
            meaning: None,
            context: None,
            remedies: None,
            faq: None,
            parameters: None,
            summary: None,
            variant: None,
        }
    }

    /// The entry's symbolic name, if it has one.
    pub fn name(&self) -> Option<&str> {
        self.name.as_ref().map(|n| n.value.as_str())
    }
}

/// One `{ q = "...", a = "..." }` table of `faq`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FaqItem {
    /// `q`: the question.
    pub question: Spanned<String>,
    /// `a`: its answer.
    pub answer: Spanned<String>,
}

/// One `{ description = "...", values = [...] }` table of `parameters`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParameterItem {
    /// The table: where diagnostics about the parameter as a whole point.
    pub span: Range<usize>,
    /// `description`: what the parameter holds.
    pub description: Option<Spanned<String>>,
    /// `values`: the values the documentation explains.
    pub values: Vec<ValueItem>,
}

/// One `{ value = "0x3", meaning = "...", arg2 = "..." }` table of a parameter's `values`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValueItem {
    /// The table.
    pub span: Range<usize>,
    /// `value`: the value as the documentation writes it.
    pub value: Spanned<String>,
    /// `meaning`: what the value means.
    pub meaning: Option<Spanned<String>>,
    /// `arg1` to `arg4`: what each other parameter holds then.
    pub arguments: [Option<Spanned<String>>; 4],
}

/// A reference from one entry to another in `related`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RelatedRef {
    /// By symbolic name (or alias): `"ERROR_BAD_ARGUMENTS"`.
    Name(Spanned<String>),
    /// By code: `87`.
    Code(Spanned<u32>),
    /// By both, which must agree: `{ name = "ERROR_BAD_ARGUMENTS", code = 160 }`.
    Both {
        /// The name given.
        name: Spanned<String>,
        /// The code given.
        code: Spanned<u32>,
    },
}
