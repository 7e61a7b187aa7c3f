//! Every place a code space needs, beside its declaration in `win-errors-core/src/space.rs`,
//! has it: the list CONTRIBUTING.md gives ("A new code space"). The rest derives from the
//! declaration.

use std::path::Path;

use win_errors::CodeSpace;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap()
}

/// The `[features]` table of a manifest.
fn features(manifest: &str) -> toml::Table {
    let manifest: toml::Table = toml::from_str(&read(manifest)).unwrap();
    manifest["features"].as_table().unwrap().clone()
}

fn strings(value: &toml::Value) -> Vec<&str> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect()
}

#[test]
fn every_space_has_its_feature_in_both_runtime_crates() {
    let core = features("win-errors-core/Cargo.toml");
    let facade = features("win-errors/Cargo.toml");
    let core_all = strings(&core["all-catalogs"]);
    let facade_all = strings(&facade["all-catalogs"]);
    for space in CodeSpace::ALL {
        let feature = space.info().feature;
        assert!(
            core.contains_key(feature),
            "{space}: win-errors-core has no feature {feature}"
        );
        assert!(
            core_all.contains(&feature),
            "{space}: not in win-errors-core's all-catalogs"
        );
        let forwarded = format!("win-errors-core/{feature}");
        assert_eq!(
            facade.get(feature).map(strings),
            Some(vec![forwarded.as_str()]),
            "{space}: win-errors's feature {feature}"
        );
        assert!(
            facade_all.contains(&feature),
            "{space}: not in win-errors's all-catalogs"
        );
    }
    // Nothing else is in the lists.
    assert_eq!(core_all.len(), CodeSpace::COUNT);
    assert_eq!(facade_all.len(), CodeSpace::COUNT + 1);
}

#[test]
fn every_space_has_a_shipped_catalog_that_codegen_writes() {
    for space in CodeSpace::ALL {
        let declared = format!("pub enum {} {{", space.catalog());
        let generated = win_errors_codegen::SHIPPED.iter().find(|(_, generated)| {
            read(&format!("win-errors-core/src/generated/{generated}")).contains(&declared)
        });
        assert!(
            generated.is_some(),
            "{space}: no SHIPPED catalog declares {declared}"
        );
    }
    assert_eq!(win_errors_codegen::SHIPPED.len(), CodeSpace::COUNT);
}

#[test]
fn every_space_is_named_in_the_readme_features_and_the_tools_help() {
    let readme = read("README.md");
    let help = read("win-errors-cli/src/args.rs");
    for space in CodeSpace::ALL {
        let feature = format!("`{}`", space.info().feature);
        assert!(
            readme.contains(&feature),
            "{space}: README.md does not name {feature}"
        );
        let name = format!("`{}`", space.name());
        assert!(
            help.contains(&name),
            "{space}: `--as`'s help does not name {name}"
        );
    }
}
