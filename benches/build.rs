//! Generates the `phf::Map<u32, &str>` baseline of the lookup benchmark from the shipped
//! catalog.

use std::path::PathBuf;

fn main() {
    // A link to the top-level catalog, so the packaged crate has it too.
    let catalog_path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("catalog.toml");
    println!("cargo::rerun-if-changed={}", catalog_path.display());
    let source = std::fs::read_to_string(&catalog_path).expect("catalog.toml is readable");
    let catalog = win_errors_catalog::check(&source).expect("catalog.toml passes the rules");
    let mut map = phf_codegen::Map::new();
    // Every system error has a message; an entry without one would have no row to look up.
    let with_message: Vec<(u32, String)> = catalog
        .entries
        .iter()
        .filter_map(|e| Some((e.code, format!("{:?}", e.message.as_ref()?))))
        .collect();
    for (code, literal) in &with_message {
        map.entry(*code, literal);
    }
    let code = format!(
        "/// Message by code, as a `phf::Map`.\npub static PHF_MESSAGES: phf::Map<u32, &'static str> = {};\n",
        map.build()
    );
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("phf_messages.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}
