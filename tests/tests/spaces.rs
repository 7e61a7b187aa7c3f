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

/// The generator's list of the shipped catalogs' names (what `related = ["Type::NAME"]` is
/// checked against) has every space's catalog with its entries, so that a name it accepts is
/// one the runtime's `__shipped_entry!` has an arm for.
#[test]
fn every_space_catalog_can_be_related_to() {
    let shipped = &*win_errors_generator::SHIPPED;
    assert_eq!(shipped.catalogs().len(), CodeSpace::COUNT);
    for space in CodeSpace::ALL {
        let catalog = shipped
            .catalog(space.catalog())
            .unwrap_or_else(|| panic!("{space}: not in shipped_names.txt"));
        let entries: Vec<(&str, u32)> = catalog
            .entries
            .iter()
            .map(|e| (e.name.as_str(), e.code))
            .collect();
        let runtime: Vec<(&str, u32)> = win_errors::Entry::all_in(space)
            .map(|e| (e.name(), e.code()))
            .collect();
        assert_eq!(entries, runtime, "{space}");
        let variants: Vec<String> = catalog.entries.iter().map(|e| e.variant.clone()).collect();
        let debug: Vec<String> = win_errors::Entry::all_in(space)
            .map(|e| format!("{e:?}"))
            .map(|debug| {
                debug
                    .trim_end_matches(')')
                    .rsplit('(')
                    .next()
                    .unwrap()
                    .to_owned()
            })
            .collect();
        assert_eq!(variants, debug, "{space}");
    }
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
