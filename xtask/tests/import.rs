//! The importers end to end: deterministic, idempotent, checked by the rule book.

use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(args: &[&str]) -> Result<String, String> {
    let args: Vec<String> = args.iter().map(|s| (*s).to_owned()).collect();
    xtask::run(&args)
}

#[test]
fn importing_the_pages_twice_changes_nothing() {
    let dir = scratch("import-docs");
    let out = dir.join("catalog.toml");
    let overlay = dir.join("overlay.toml");
    std::fs::write(
        &overlay,
        "[[error]]\nname = \"ERROR_CLUSTER_NODE_DRAIN_IN_PROGRESS\"\nrelated = [\"ERROR_SUCCESS\"]\ndescription = \"Kept by hand.\"\n",
    )
    .unwrap();
    let pages = fixtures().join("pages");
    let sdk = fixtures().join("windows-sys");
    let args = [
        "import-docs",
        pages.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--overlay",
        overlay.to_str().unwrap(),
        "--sdk",
        sdk.to_str().unwrap(),
    ];
    let first = run(&args).unwrap();
    assert!(first.contains("10 entries written"), "{first}");
    assert!(
        first.contains("range rows pointing to another page"),
        "{first}"
    );
    let written = std::fs::read_to_string(&out).unwrap();

    let second = run(&args).unwrap();
    assert!(second.contains("10 entries, unchanged"), "{second}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), written);

    let catalog = win_errors_catalog::check(&written).unwrap();
    let codes: Vec<u32> = catalog.entries.iter().map(|e| e.code).collect();
    // windows-sys adds the values the pages lack, an application-defined error among them;
    // its HRESULT-shaped "Win32" value is the COM catalog's.
    assert_eq!(codes, [0, 1, 2, 20, 30, 40, 50, 362, 1700, 0xE000_020B]);
    let success = catalog.by_name("NO_ERROR").unwrap();
    assert_eq!(success.name, "ERROR_SUCCESS");
    let cloud = catalog
        .by_name("ERROR_CLOUD_FILE_PROVIDER_NOT_RUNNING")
        .unwrap();
    assert_eq!((cloud.code, cloud.message.as_deref()), (362, None));
    let drain = catalog
        .by_name("ERROR_CLUSTER_NODE_EVACUATION_IN_PROGRESS")
        .unwrap();
    assert_eq!(drain.description.as_deref(), Some("Kept by hand."));
    assert_eq!(drain.related, [win_errors_catalog::CheckedRelated::Own(0)]);
    assert!(written.contains("related = [{ name = \"ERROR_SUCCESS\", code = 0 }]"));
    assert!(written.contains("licensed under CC BY 4.0"));
}

#[test]
fn importing_a_header_writes_a_checked_catalog() {
    let dir = scratch("import-winerror");
    let out = dir.join("winerror.toml");
    let header = fixtures().join("winerror.h");
    let args = [
        "import-winerror",
        header.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--enum",
        "SdkError",
    ];
    let report = run(&args).unwrap();
    assert!(report.contains("8 entries written"), "{report}");
    assert!(report.contains("ERROR_DUPLICATE_OF_CHECKOUT"), "{report}");
    let written = std::fs::read_to_string(&out).unwrap();
    let catalog = win_errors_catalog::check(&written).unwrap();
    assert_eq!(catalog.enum_name, "SdkError");
    assert_eq!(catalog.by_code(0x8000_FFFF).unwrap().name, "E_UNEXPECTED");
    assert!(run(&args).unwrap().contains("unchanged"));
}

#[test]
fn bad_invocations_and_inputs_are_errors() {
    assert!(run(&[]).unwrap_err().contains("usage"));
    assert!(
        run(&["import-docs"])
            .unwrap_err()
            .contains("missing the input path")
    );
    assert!(
        run(&["frobnicate", "x"])
            .unwrap_err()
            .contains("unknown task")
    );
    let empty = scratch("import-empty");
    assert!(
        run(&["import-docs", empty.to_str().unwrap()])
            .unwrap_err()
            .contains("no system-error-codes")
    );
}
