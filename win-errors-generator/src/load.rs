//! Finding, reading and checking the catalog file the macro names.

use std::path::PathBuf;

use win_errors_catalog::{CheckedCatalog, DEFAULT_ENUM_NAME};

use crate::diagnostic::{CompileErrors, to_compile_errors};
use crate::input::{CatalogPath, Environment, MacroInput};

/// A catalog that passed every rule, and the file it came from.
pub(crate) struct Loaded {
    pub(crate) catalog: CheckedCatalog,
    /// Absolute path of the file, for `include_bytes!`.
    pub(crate) file: String,
}

/// Why no enum can be generated, and the name to give the fallback type.
pub(crate) struct Rejected {
    pub(crate) errors: CompileErrors,
    pub(crate) enum_name: String,
    /// Whether the catalog's type would have a `message` for every entry.
    pub(crate) every_message_known: bool,
    /// The variants of the entries that were read (see `win_errors_catalog::Rejected`).
    pub(crate) variants: Vec<String>,
    /// Whether the catalog asked for `#[non_exhaustive]`.
    pub(crate) non_exhaustive: bool,
}

impl Rejected {
    pub(crate) fn new(path: &CatalogPath, message: String) -> Self {
        Rejected::nothing_read(CompileErrors::new(path.span, message))
    }

    /// A catalog of which nothing was read: `errors` beside a stand-in of the default shape.
    fn nothing_read(errors: CompileErrors) -> Self {
        Rejected {
            errors,
            enum_name: DEFAULT_ENUM_NAME.to_owned(),
            every_message_known: true,
            variants: Vec::new(),
            non_exhaustive: false,
        }
    }
}

pub(crate) fn load(input: &MacroInput, environment: &Environment) -> Result<Loaded, Rejected> {
    let written = &input.path.value;
    let candidates = environment.candidates(written);
    let Some(found) = candidates.iter().find(|c| c.is_file()).or_else(|| {
        // Not a file anywhere: read the first existing path (a directory, say) for its error.
        candidates.iter().find(|c| c.exists())
    }) else {
        let tried: Vec<String> = candidates
            .iter()
            .map(|c| format!("`{}`", c.display()))
            .collect();
        return Err(Rejected::new(
            &input.path,
            format!(
                "{written}: cannot find the catalog file; tried {}",
                tried.join(", ")
            ),
        ));
    };
    let bytes = std::fs::read(found).map_err(|error| {
        Rejected::new(
            &input.path,
            format!("{written}: cannot read `{}`: {error}", found.display()),
        )
    })?;
    let source = match win_errors_catalog::decode_file(found, &bytes) {
        Ok(source) => source,
        Err((lossy, diagnostic)) => {
            return Err(Rejected::nothing_read(to_compile_errors(
                &input.path,
                &lossy,
                &[diagnostic],
            )));
        }
    };
    let file = absolute(found).to_str().map(str::to_owned).ok_or_else(|| {
        Rejected::new(
            &input.path,
            format!(
                "{written}: the path `{}` is not valid UTF-8",
                found.display()
            ),
        )
    })?;
    match win_errors_catalog::check_file_with(found, &source, &crate::known()) {
        Ok(catalog) => Ok(Loaded { catalog, file }),
        Err(rejected) => Err(Rejected {
            errors: to_compile_errors(&input.path, &source, &rejected.diagnostics),
            // The name the user's code refers to, so that the fallback type has it.
            enum_name: rejected
                .enum_name
                .unwrap_or_else(|| DEFAULT_ENUM_NAME.to_owned()),
            every_message_known: rejected.every_message_known,
            variants: rejected.variants,
            non_exhaustive: rejected.non_exhaustive,
        }),
    }
}

fn absolute(path: &std::path::Path) -> PathBuf {
    path.canonicalize().unwrap_or_else(|_| path.to_path_buf())
}
