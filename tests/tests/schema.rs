//! `catalog.schema.json`, the JSON Schema editors use (taplo, VS Code's Even Better TOML),
//! stays in step with the rule book: the same keys and code kinds, it accepts every catalog
//! the rule book accepts that ships or is tested, and rejects every malformed test catalog
//! whose mistake a schema can express.

use std::path::{Path, PathBuf};

use serde_json::Value;
use win_errors_catalog::keys::{
    CATALOG, CATALOG_KEYS, CODES, ENTRY_KEYS, ERROR, FAQ_KEYS, MESSAGE_KNOWN, NAMES, RELATED_KEYS,
    REQUIRED_ENTRY_KEYS, REQUIRED_NAMELESS_ENTRY_KEYS, TOP_LEVEL_KEYS,
};
use win_errors_catalog::names::MAX_NAME_BYTES;
use win_errors_catalog::{CodeKind, Naming};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn schema() -> Value {
    serde_json::from_str(&std::fs::read_to_string(root().join("catalog.schema.json")).unwrap())
        .unwrap()
}

fn validator() -> jsonschema::Validator {
    jsonschema::draft202012::new(&schema()).expect("a valid draft 2020-12 schema")
}

/// A catalog file as the JSON value a schema validates, or `None` when it is not TOML.
fn as_json(path: &Path) -> Option<Value> {
    let text = std::fs::read_to_string(path).ok()?;
    toml::from_str(&text).ok()
}

fn keys(object: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = object["properties"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    keys
}

/// The strings of a JSON array.
fn strings(array: &Value) -> Vec<&str> {
    array
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect()
}

fn sorted<'a>(list: &[&'a str]) -> Vec<&'a str> {
    let mut list = list.to_vec();
    list.sort_unstable();
    list
}

#[test]
fn the_schema_refuses_the_generated_items_as_variants() {
    let schema = schema();
    let listed = strings(&schema["$defs"]["generated_item"]["enum"]);
    assert_eq!(
        sorted(&listed),
        sorted(&win_errors_generator::api::GENERATED_ITEMS)
    );
}

#[test]
fn the_schema_has_the_rule_books_keys_and_limits() {
    let schema = schema();
    let defs = &schema["$defs"];
    assert_eq!(keys(&schema), sorted(TOP_LEVEL_KEYS));
    assert_eq!(keys(&schema["properties"][CATALOG]), sorted(CATALOG_KEYS));
    assert_eq!(keys(&defs["entry"]), sorted(ENTRY_KEYS));
    assert_eq!(keys(&defs["related"]["anyOf"][2]), sorted(RELATED_KEYS));
    assert_eq!(keys(&defs["faq"]), sorted(FAQ_KEYS));
    assert_eq!(sorted(&strings(&defs["faq"]["required"])), sorted(FAQ_KEYS));
    // The required keys of an entry: some always, `name` unless `names = "none"` (the
    // schema's `else`), and `message` or `message_known` in its place (the first of `oneOf`).
    let always = strings(&defs["entry"]["required"]);
    assert_eq!(
        strings(&schema["if"]["properties"][CATALOG]["required"]),
        [NAMES]
    );
    let named = strings(&schema["else"]["properties"][ERROR]["items"]["required"]);
    let message = strings(&defs["entry"]["oneOf"][0]["required"]);
    let instead = strings(&defs["entry"]["oneOf"][1]["required"]);
    assert_eq!(instead, [MESSAGE_KNOWN]);
    let nameless = [always.as_slice(), &message].concat();
    assert_eq!(sorted(&nameless), sorted(REQUIRED_NAMELESS_ENTRY_KEYS));
    assert_eq!(
        sorted(&[nameless.as_slice(), &named].concat()),
        sorted(REQUIRED_ENTRY_KEYS)
    );
    // The settings spelled from a fixed list: the same spellings, in the same order.
    let spellings = |key: &str| -> Vec<&str> {
        strings(&schema["properties"][CATALOG]["properties"][key]["enum"])
    };
    let kinds: Vec<&str> = CodeKind::ALL.iter().map(|(name, _)| *name).collect();
    assert_eq!(spellings(CODES), kinds);
    let namings: Vec<&str> = Naming::ALL.iter().map(|(name, _)| *name).collect();
    assert_eq!(spellings(NAMES), namings);
    assert_eq!(
        defs["symbolic_name"]["maxLength"].as_u64(),
        Some(MAX_NAME_BYTES as u64)
    );
    assert_eq!(
        defs["code"]["anyOf"][0]["maximum"].as_u64(),
        Some(u64::from(u32::MAX))
    );
    assert!(validator().is_valid(&as_json(&root().join("tests/catalogs/seed.toml")).unwrap()));
}

#[test]
fn the_shipped_and_test_catalogs_are_valid() {
    let validator = validator();
    let mut files: Vec<PathBuf> = win_errors_codegen::SHIPPED
        .iter()
        .map(|(catalog, _)| root().join(catalog))
        .collect();
    files.extend(
        std::fs::read_dir(root().join("tests/catalogs"))
            .unwrap()
            .map(|e| e.unwrap().path())
            // The schema is the TOML format's; message files are read by their own rules.
            .filter(|path| path.extension().is_some_and(|e| e == "toml")),
    );
    for file in files {
        let json = as_json(&file).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&json)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", file.display());
    }
}

#[test]
fn malformed_catalogs_are_rejected_where_a_schema_can_tell() {
    let validator = validator();
    // Mistakes about how entries relate (duplicates, related entries that do not exist or
    // disagree, two names giving one variant) need the whole catalog: the rule book
    // (`win-errors check`) finds them, a schema cannot.
    let relational = [
        "duplicate_code.toml",
        "duplicate_name.toml",
        "related_disagrees.toml",
        "self_related.toml",
        "unknown_related.toml",
        "unknown_shipped_related.toml",
        "variant_collision.toml",
    ];
    // Not TOML (or not UTF-8): an editor reports the syntax error before any schema.
    let not_toml = ["invalid_toml.toml", "invalid_utf8.toml"];
    let mut rejected = 0;
    for entry in std::fs::read_dir(root().join("tests/ui")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let Some(json) = as_json(&path) else {
            assert!(not_toml.contains(&name), "{name} is not TOML");
            continue;
        };
        let valid = validator.is_valid(&json);
        if relational.contains(&name) {
            assert!(
                valid,
                "{name}: the schema rejects what only relations make wrong"
            );
        } else {
            assert!(!valid, "{name}: the schema accepts a malformed catalog");
            rejected += 1;
        }
    }
    assert!(rejected >= 10, "only {rejected} rejected");
}
