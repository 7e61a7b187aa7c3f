//! `win-errors check` end to end: the same findings as a build for every malformed test
//! catalog, clean catalogs pass, and files that cannot be checked say why.

mod common;

use common::root;

fn check(args: &[&str]) -> (i32, String, String) {
    common::run("check", args)
}

/// `file:line:column: message` (or `file: message`) of every catalog error a build reported,
/// from the compile-fail snapshots in `tests/ui`.
fn build_findings(file_name: &str) -> Vec<String> {
    let prefix = format!("{file_name}:");
    std::fs::read_dir(root().join("tests/ui"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "stderr"))
        .flat_map(|path| {
            std::fs::read_to_string(path)
                .unwrap()
                .lines()
                .filter_map(|line| line.strip_prefix("error: "))
                .filter(|line| line.starts_with(&prefix))
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn every_malformed_catalog_gives_the_findings_of_a_build() {
    let mut compared = 0;
    for entry in std::fs::read_dir(root().join("tests/ui")).unwrap() {
        let path = entry.unwrap().path();
        // Catalogs and message files alike: check reads each as the macro does.
        if path.extension().is_none_or(|e| e != "toml" && e != "mc") {
            continue;
        }
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        let relative = format!("tests/ui/{name}");
        let (status, stdout, stderr) = check(&["--json", &relative]);
        assert_eq!(status, 1, "{name} passed the check");
        assert!(stderr.starts_with("win-errors: "), "{stderr}");
        let findings: Vec<String> = stdout
            .lines()
            .map(|line| {
                let problem: serde_json::Value = serde_json::from_str(line).unwrap();
                let message = problem["message"].as_str().unwrap();
                match (problem["line"].as_u64(), problem["column"].as_u64()) {
                    (Some(line), Some(column)) => format!("{name}:{line}:{column}: {message}"),
                    _ => format!("{name}: {message}"),
                }
            })
            .collect();
        let built = build_findings(&name);
        assert!(!built.is_empty(), "no compile-fail snapshot uses {name}");
        assert_eq!(findings, built, "{name}");
        compared += 1;
    }
    assert!(compared >= 18, "only {compared} malformed catalogs");
}

#[test]
fn problems_are_shown_like_rustc_errors() {
    let (status, stdout, stderr) = check(&["tests/ui/duplicate_code.toml"]);
    assert_eq!(status, 1);
    assert_eq!(stderr, "win-errors: 1 problem in 1 file\n");
    assert_eq!(
        stdout,
        "error: duplicate code 5 (0x5), first used by ERROR_A at line 3\n \
         --> tests/ui/duplicate_code.toml:8:8\n  |\n8 | code = 0x5\n  |        ^^^\n\n"
    );
}

#[test]
fn without_files_the_catalog_of_the_current_directory_is_checked() {
    assert_eq!(
        check(&[]),
        (
            0,
            format!(
                "catalog.toml: ok, {} entries\n",
                win_errors_core::WinError::COUNT
            ),
            String::new()
        )
    );
}

#[test]
fn clean_catalogs_pass() {
    let (status, stdout, stderr) = check(&[
        "catalog.toml",
        "com.toml",
        "tests/catalogs/seed.toml",
        "tests/catalogs/tricky.toml",
        // Related to an entry of every shipped catalog.
        "tests/catalogs/relates_to_shipped.toml",
    ]);
    assert_eq!((status, stderr.as_str()), (0, ""));
    assert_eq!(
        stdout,
        format!(
            "catalog.toml: ok, {} entries\ncom.toml: ok, {} entries\n\
             tests/catalogs/seed.toml: ok, 6 entries\ntests/catalogs/tricky.toml: ok, 7 entries\n\
             tests/catalogs/relates_to_shipped.toml: ok, 2 entries\n",
            win_errors_core::WinError::COUNT,
            win_errors_core::ComError::COUNT
        )
    );
}

#[test]
fn files_that_cannot_be_checked_say_why() {
    let (status, stdout, stderr) = check(&["tests", "no/such.toml", "tests/catalogs/seed.toml"]);
    // A file that cannot be read is status 2, as in `scan`.
    assert_eq!(status, 2);
    assert_eq!(
        stdout,
        "error: is a directory, not a catalog file\n --> tests\n\n\
         error: cannot read it: No such file or directory (os error 2)\n --> no/such.toml\n\n\
         tests/catalogs/seed.toml: ok, 6 entries\n"
    );
    assert_eq!(stderr, "win-errors: 2 problems in 2 files\n");
    // As JSON lines: a file that cannot be read has no position; one that passed says so.
    let (status, json, stderr) = check(&[
        "--json",
        "tests",
        "no/such.toml",
        "tests/catalogs/seed.toml",
    ]);
    assert_eq!(
        (status, stderr.as_str()),
        (2, "win-errors: 2 problems in 2 files\n")
    );
    assert_eq!(
        json,
        "{\"file\":\"tests\",\"message\":\"is a directory, not a catalog file\"}\n\
         {\"file\":\"no/such.toml\",\"message\":\"cannot read it: No such file or directory (os error 2)\"}\n\
         {\"file\":\"tests/catalogs/seed.toml\",\"ok\":true,\"entries\":6}\n"
    );
    let (_, json, _) = check(&["--json", "tests/ui/invalid_utf8.toml"]);
    assert_eq!(
        json,
        "{\"file\":\"tests/ui/invalid_utf8.toml\",\"line\":4,\"column\":15,\"message\":\"the catalog is not valid UTF-8\"}\n"
    );
}

#[test]
#[cfg(target_os = "linux")]
fn an_unreadable_file_says_why() {
    // Reading /proc/self/mem from its start fails for every user, root included.
    let (status, stdout, _) = check(&["/proc/self/mem"]);
    assert_eq!(status, 2);
    assert!(
        stdout.starts_with("error: cannot read it: ")
            && stdout.ends_with(" --> /proc/self/mem\n\n"),
        "{stdout}"
    );
}

#[test]
fn an_unreadable_file_is_status_2_in_every_command_on_files() {
    for command in ["check", "fmt", "scan"] {
        let (status, stdout, stderr) = common::run(command, &["no-such-file-anywhere.toml"]);
        assert_eq!(status, 2, "{command}: {stdout}{stderr}");
        assert!(
            format!("{stdout}{stderr}").contains("no-such-file-anywhere.toml"),
            "{command} names the file"
        );
    }
}
