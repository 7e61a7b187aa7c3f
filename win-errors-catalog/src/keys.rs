//! The keys of the catalog format, each spelled once, as serde_derive's `internals/symbol.rs`
//! spells its attributes: the parser dispatches on these constants and its diagnostics name
//! them, the lists below give the did-you-mean suggestions and the canonical writer's key
//! order, and `tests/tests/schema.rs` holds `catalog.schema.json` to the same lists.
//!
//! A new key is a constant here, its place in its table's list, and its handling in
//! `parse.rs` (and in `write/canonical.rs` if its value needs more than a tidy string, in
//! `write/draft.rs` if the importers write it).

/// `[catalog]`: the settings of the whole catalog.
pub const CATALOG: &str = "catalog";
/// `[[error]]`: the entries.
pub const ERROR: &str = "error";

/// `enum`: the generated type's name.
pub const ENUM: &str = "enum";
/// `description`: the type's documentation in `[catalog]`, an entry's longer documentation.
pub const DESCRIPTION: &str = "description";
/// `codes`: what kind of codes the catalog holds.
pub const CODES: &str = "codes";
/// `names`: whether entries have symbolic names.
pub const NAMES: &str = "names";
/// `family`: the error family, the catalog's default or an entry's own.
pub const FAMILY: &str = "family";
/// `non_exhaustive`: whether the generated type is `#[non_exhaustive]`.
pub const NON_EXHAUSTIVE: &str = "non_exhaustive";

/// `name`: an entry's symbolic name, or a related entry's.
pub const NAME: &str = "name";
/// `code`: an entry's numeric code, or a related entry's.
pub const CODE: &str = "code";
/// `documented_code`: the code a documentation gives an entry where it differs from its
/// `code`, the one the system returns.
pub const DOCUMENTED_CODE: &str = "documented_code";
/// `caption`: the title shown above an entry's message.
pub const CAPTION: &str = "caption";
/// `message`: an entry's system message.
pub const MESSAGE: &str = "message";
/// `message_known`: `false` in place of a message when none is known.
pub const MESSAGE_KNOWN: &str = "message_known";
/// `related`: references to other entries.
pub const RELATED: &str = "related";
/// `aliases`: other symbolic names of an entry's code.
pub const ALIASES: &str = "aliases";
/// `meaning`: the reference section on what the code technically means.
pub const MEANING: &str = "meaning";
/// `context`: the reference section on where the code arises.
pub const CONTEXT: &str = "context";
/// `remedies`: the reference section of steps to check or fix.
pub const REMEDIES: &str = "remedies";
/// `faq`: the reference section of questions and answers.
pub const FAQ: &str = "faq";
/// `parameters`: the reference section on the values that come with the code (a bug
/// check's four parameters), in order.
pub const PARAMETERS: &str = "parameters";
/// `values`: the values of a parameter the documentation explains.
pub const VALUES: &str = "values";
/// `value`: one value of a parameter, as the documentation writes it (`0x3`).
pub const VALUE: &str = "value";
/// `arg1` to `arg4`: what another parameter holds when this one has this value.
pub const ARGUMENTS: [&str; 4] = ["arg1", "arg2", "arg3", "arg4"];
/// The most parameters an entry has: a bug check's four.
pub const MAX_PARAMETERS: usize = 4;
/// `summary`: the reference section giving the entry in a sentence or two.
pub const SUMMARY: &str = "summary";
/// `variant`: an explicit name for the generated variant.
pub const VARIANT: &str = "variant";

/// `q`: the question of a `faq` item.
pub const QUESTION: &str = "q";
/// `a`: the answer of a `faq` item.
pub const ANSWER: &str = "a";

/// Keys of the top-level table.
pub const TOP_LEVEL_KEYS: &[&str] = &[CATALOG, ERROR];
/// Keys of the `[catalog]` table, in canonical order.
pub const CATALOG_KEYS: &[&str] = &[ENUM, DESCRIPTION, CODES, NAMES, FAMILY, NON_EXHAUSTIVE];
/// Keys of an `[[error]]` table, in canonical order.
pub const ENTRY_KEYS: &[&str] = &[
    NAME,
    CODE,
    DOCUMENTED_CODE,
    CAPTION,
    MESSAGE,
    MESSAGE_KNOWN,
    FAMILY,
    RELATED,
    ALIASES,
    DESCRIPTION,
    MEANING,
    CONTEXT,
    REMEDIES,
    FAQ,
    PARAMETERS,
    SUMMARY,
    VARIANT,
];
/// Keys of an inline table in `related`, in canonical order.
pub const RELATED_KEYS: &[&str] = &[NAME, CODE];
/// Keys of a table in `faq`, in canonical order; both are required.
pub const FAQ_KEYS: &[&str] = &[QUESTION, ANSWER];
/// Keys of a table in `parameters`, in canonical order; at least one is given.
pub const PARAMETER_KEYS: &[&str] = &[DESCRIPTION, VALUES];
/// Keys of a table in a parameter's `values`, in canonical order; `value` is required.
pub const VALUE_KEYS: &[&str] = &[VALUE, MEANING, "arg1", "arg2", "arg3", "arg4"];

/// The keys every `[[error]]` table needs; `message_known` may stand for `message`.
pub const REQUIRED_ENTRY_KEYS: &[&str] = &[NAME, CODE, MESSAGE];
/// The keys every `[[error]]` table needs in a catalog without symbolic names
/// (`names = "none"`); `message_known` may stand for `message`.
pub const REQUIRED_NAMELESS_ENTRY_KEYS: &[&str] = &[CODE, MESSAGE];
