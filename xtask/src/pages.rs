//! What every page importer shares: reading the pages, and the [`Report`] of the shapes met
//! that are not plain entries, which the importers print and README.md lists.

use std::collections::BTreeMap;

/// What the importer met that is not a plain entry, by kind, with the names concerned.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub irregularities: BTreeMap<&'static str, Vec<String>>,
    /// Names whose page gives their value only as another error's name: (name, that name).
    /// The importer resolves them once every page is read.
    pub references: Vec<(String, String)>,
    /// Entries kept as an alias of an earlier entry of the same value, whole, so that a
    /// later source that values them otherwise can give them back their own entry.
    pub merged: Vec<win_errors_catalog::write::draft::EntryDraft>,
}

impl Report {
    /// Records that `name` showed the irregularity `kind`.
    pub fn note(&mut self, kind: &'static str, name: &str) {
        self.irregularities
            .entry(kind)
            .or_default()
            .push(name.to_owned());
    }

    /// Each kind met and how often, by kind.
    pub fn counts(&self) -> Vec<(&'static str, usize)> {
        self.irregularities
            .iter()
            .map(|(kind, names)| (*kind, names.len()))
            .collect()
    }

    /// One line per kind: its count and the first few names.
    pub fn summary(&self) -> String {
        self.irregularities
            .iter()
            .map(|(kind, names)| {
                let shown: Vec<&str> = names.iter().take(4).map(String::as_str).collect();
                let more = if names.len() > 4 { ", ..." } else { "" };
                format!("{:>5}  {kind}: {}{more}\n", names.len(), shown.join(", "))
            })
            .collect()
    }
}

/// The file name and text of each page, in the order given.
pub fn read_pages(pages: &[std::path::PathBuf]) -> Result<Vec<(String, String)>, String> {
    pages
        .iter()
        .map(|page| {
            let text =
                std::fs::read_to_string(page).map_err(|e| format!("{}: {e}", page.display()))?;
            let file = page.file_name().and_then(|n| n.to_str()).unwrap_or("page");
            Ok((file.to_owned(), text))
        })
        .collect()
}
