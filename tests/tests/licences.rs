//! Every published package carries its licence files, and the packages whose code carries the
//! error data declare the data's licences and carry the NOTICE that attributes it: what
//! `cargo package` would upload, listed by cargo itself.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// The workspace's members that publish (those without `publish = false`), and each one's
/// manifest.
fn published() -> Vec<(String, String)> {
    let workspace = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    let members = workspace
        .lines()
        .find_map(|line| line.strip_prefix("members = "))
        .unwrap();
    members
        .trim_matches(['[', ']'])
        .split(',')
        .map(|member| member.trim().trim_matches('"').to_owned())
        .map(|member| {
            let manifest =
                std::fs::read_to_string(root().join(&member).join("Cargo.toml")).unwrap();
            (member, manifest)
        })
        .filter(|(_, manifest)| !manifest.contains("publish = false"))
        .collect()
}

/// The files `cargo package` would put in `package`.
fn packaged(package: &str) -> Vec<String> {
    let output = Command::new(env!("CARGO"))
        .args([
            "package",
            "--list",
            "--allow-dirty",
            "--offline",
            "-p",
            package,
        ])
        .current_dir(root())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{package}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

/// The packages whose code holds the catalogs' data: the runtime (the generated tables), the
/// generator (the shipped catalogs' names and codes, which a catalog's `related` may name)
/// and the CLI (whose binary embeds them).
const CARRY_DATA: &[&str] = &["win-errors-core", "win-errors-generator", "win-errors-cli"];

#[test]
fn every_published_package_carries_its_licences_and_the_data_its_attribution() {
    let published = published();
    assert_eq!(published.len(), 8, "{published:?}");
    let mit = std::fs::read_to_string(root().join("LICENSE-MIT")).unwrap();
    let apache = std::fs::read_to_string(root().join("LICENSE-APACHE")).unwrap();
    assert!(mit.contains("Permission is hereby granted, free of charge"));
    assert!(apache.contains("Apache License") && apache.contains("Version 2.0, January 2004"));
    for (package, manifest) in &published {
        let files = packaged(package);
        let has = |file: &str| files.iter().any(|f| f == file);
        assert!(
            has("LICENSE-MIT") && has("LICENSE-APACHE"),
            "{package}: {files:?}"
        );
        // The files are the workspace's (symbolic links to them).
        for (file, text) in [("LICENSE-MIT", &mit), ("LICENSE-APACHE", &apache)] {
            let own = std::fs::read_to_string(root().join(package).join(file)).unwrap();
            assert_eq!(&own, text, "{package}/{file}");
        }
        if CARRY_DATA.contains(&package.as_str()) {
            assert!(has("NOTICE"), "{package} carries no NOTICE: {files:?}");
            assert!(
                manifest.contains(r#"license = "(MIT OR Apache-2.0) AND CC-BY-4.0 AND MIT""#),
                "{package} does not declare its data's licences"
            );
        } else {
            assert!(
                manifest.contains("license.workspace = true"),
                "{package}: code only, MIT OR Apache-2.0"
            );
        }
    }
}

#[test]
fn the_notice_attributes_every_source_of_data() {
    let notice = std::fs::read_to_string(root().join("NOTICE")).unwrap();
    for source in [
        "https://github.com/MicrosoftDocs/win32",
        "https://github.com/MicrosoftDocs/windows-driver-docs",
        "https://github.com/MicrosoftDocs/windows-itpro-docs",
        "https://github.com/microsoft/WindowsProtocolTestSuites",
        "https://github.com/microsoft/winget-cli",
        "https://github.com/microsoft/WSL",
        "https://github.com/dotnet/runtime",
        "windows-sys",
        "CC BY 4.0",
        "Changes:",
    ] {
        assert!(notice.contains(source), "NOTICE does not name {source}");
    }
}

#[test]
fn the_changelog_names_every_snapshot_the_notice_attributes() {
    let notice = std::fs::read_to_string(root().join("NOTICE")).unwrap();
    let changelog = std::fs::read_to_string(root().join("CHANGELOG.md")).unwrap();
    let commits: Vec<&str> = notice
        .split(|c: char| !c.is_ascii_hexdigit())
        .filter(|word| word.len() == 40)
        .collect();
    assert!(commits.len() >= 8, "{commits:?}");
    for commit in commits {
        assert!(
            changelog.contains(commit),
            "CHANGELOG.md does not name {commit}"
        );
    }
}
