//! What an importer produces, before it is written as a catalog.

use win_errors_catalog::Sections;

/// One imported entry. `Default` is an entry with nothing but empty fields, for importers to
/// fill in with `..Default::default()`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportedEntry {
    pub name: String,
    pub code: u32,
    /// The title shown above the message, when the source gives one.
    pub caption: Option<String>,
    /// `None` when no message is known (written as `message_known = false`).
    pub message: Option<String>,
    pub aliases: Vec<String>,
    pub description: Option<String>,
    /// Related entries as (name, code); the code is written too, so the catalog carries
    /// both and the macro checks that they agree.
    pub related: Vec<(String, u32)>,
    /// The family the entry is documented in, when it is not the catalog's.
    pub family: Option<String>,
    /// Reference sections, written by hand in the overlay.
    pub sections: Sections,
}

/// The `[catalog]` table of a generated catalog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogHeader {
    pub enum_name: String,
    pub description: String,
    /// `[catalog] codes`: `"win32"`, `"hresult"`, or `None` to leave it out.
    pub codes: Option<&'static str>,
    /// Comment lines written at the top of the file (without `# `).
    pub comments: Vec<String>,
    /// `[catalog] family`: the family of entries that do not name their own.
    pub family: Option<&'static str>,
    /// The JSON Schema for editors (taplo's `#:schema` directive), relative to the file.
    pub schema: Option<&'static str>,
}
