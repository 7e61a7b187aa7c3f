//! `win-errors scan` end to end: files and standard input, the three outputs, exit statuses,
//! long lines and bytes that are no text.

use assert_cmd::Command;

fn win_errors() -> Command {
    let mut command = Command::cargo_bin("win-errors").unwrap();
    command.env_remove("NO_COLOR");
    command
}

const LOG: &str = "\
2026-11-30 08:14:02 INFO started in 1532 ms
2026-11-30 08:14:03 ERROR Process exited with code -1073741515
hr = 0x80004005 then ERROR_ACCESS_DENIED
nothing here either, pid 4412
Wine: status c0000135\r
";

fn log_file(name: &str, text: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("win-errors-scan-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn each_line_with_codes_then_one_line_per_code() {
    let output = win_errors().arg("scan").write_stdin(LOG).output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).unwrap();
    assert_eq!(
        text,
        "2: 2026-11-30 08:14:03 ERROR Process exited with code -1073741515\n\
         \x20 STATUS_DLL_NOT_FOUND (NtStatus 0xC0000135): This application has failed to start because %hs was not found. Re-installing the application may fix this problem.\n\
         3: hr = 0x80004005 then ERROR_ACCESS_DENIED\n\
         \x20 E_FAIL (ComError 0x80004005): Unspecified error\n\
         \x20 ERROR_ACCESS_DENIED (WinError 5): Access is denied.\n\
         5: Wine: status c0000135\n\
         \x20 STATUS_DLL_NOT_FOUND (NtStatus 0xC0000135): This application has failed to start because %hs was not found. Re-installing the application may fix this problem.\n"
    );
    assert!(!text.contains('\x1b'), "no colour into a pipe");
}

#[test]
fn summary_counts_each_code_most_frequent_first() {
    let text = win_errors()
        .args(["scan", "--summary"])
        .write_stdin(LOG)
        .output()
        .unwrap()
        .stdout;
    let text = String::from_utf8(text).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(lines[0].starts_with("      2  STATUS_DLL_NOT_FOUND (NtStatus 0xC0000135): "));
    assert!(lines[1].starts_with("      1  E_FAIL "));
    assert!(lines[2].starts_with("      1  ERROR_ACCESS_DENIED "));
}

#[test]
fn json_is_one_object_per_finding_with_its_place() {
    let path = log_file("app.log", LOG.as_bytes());
    let text = win_errors()
        .args(["scan", "--json"])
        .arg(&path)
        .output()
        .unwrap()
        .stdout;
    let findings: Vec<serde_json::Value> = String::from_utf8(text)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(findings.len(), 4);
    let first = &findings[0];
    assert_eq!(first["line"], 2);
    assert_eq!(first["column"], 52);
    assert_eq!(first["text"], "-1073741515");
    assert_eq!(first["catalog"], "NtStatus");
    assert_eq!(first["name"], "STATUS_DLL_NOT_FOUND");
    assert_eq!(first["code"], 3_221_225_781u32);
    assert_eq!(first["hex"], "0xC0000135");
    assert!(
        first["message"]
            .as_str()
            .unwrap()
            .starts_with("This application")
    );
    assert_eq!(first["file"], path.to_str().unwrap());
    assert_eq!(findings[1]["column"], 6);
    assert_eq!(findings[2]["text"], "ERROR_ACCESS_DENIED");
    // What placed each code in its space.
    let cues: Vec<&str> = findings
        .iter()
        .map(|f| f["cue"].as_str().unwrap())
        .collect();
    assert_eq!(cues, ["word", "word", "name", "word"]);
    assert_eq!(
        first["reading"],
        serde_json::json!({
            "space": "ntstatus",
            "carried_in": null,
            "form": "signed decimal",
            "number": "0xC0000135"
        })
    );
}

/// The schema of a lookup's entry: its fields, in order.
fn entry_fields(query: &str) -> Vec<String> {
    let text = win_errors()
        .args(["--json", query])
        .output()
        .unwrap()
        .stdout;
    let first = String::from_utf8(text).unwrap();
    let value: serde_json::Value = serde_json::from_str(first.lines().next().unwrap()).unwrap();
    value.as_object().unwrap().keys().cloned().collect()
}

#[test]
fn a_finding_and_a_count_carry_the_entry_as_a_lookup_gives_it() {
    let log = "error 5\nRAS error 691\nJET error -1018\n";
    for (query, line) in [("5", 0), ("ERROR_AUTHENTICATION_FAILURE", 1), ("-1018", 2)] {
        let found = win_errors()
            .args(["scan", "--json"])
            .write_stdin(log)
            .output()
            .unwrap()
            .stdout;
        let found = String::from_utf8(found).unwrap();
        let finding: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(found.lines().nth(line).unwrap()).unwrap();
        let lookup: serde_json::Map<String, serde_json::Value> = serde_json::from_str(
            String::from_utf8(
                win_errors()
                    .args(["--json", "--", query])
                    .output()
                    .unwrap()
                    .stdout,
            )
            .unwrap()
            .lines()
            .next()
            .unwrap(),
        )
        .unwrap();
        // Every field of the entry is there with the same value, but how it was read.
        for (key, value) in &lookup {
            if !["reading", "query", "found"].contains(&key.as_str())
                && !key.starts_with("queried_")
            {
                assert_eq!(finding.get(key), Some(value), "{query}: {key}");
            }
        }
    }
    let counted = win_errors()
        .args(["scan", "--summary", "--json"])
        .write_stdin(log)
        .output()
        .unwrap()
        .stdout;
    let counted = String::from_utf8(counted).unwrap();
    let count: serde_json::Value = serde_json::from_str(counted.lines().next().unwrap()).unwrap();
    assert_eq!(count["count"], 1);
    let mut fields: Vec<String> = count.as_object().unwrap().keys().cloned().collect();
    fields.retain(|f| f != "count");
    let mut expected = entry_fields("E_FAIL");
    expected.retain(|f| {
        !["reading", "query", "found"].contains(&f.as_str()) && !f.starts_with("queried_")
    });
    assert_eq!(fields, expected);
}

#[test]
fn exit_status_says_what_happened() {
    win_errors()
        .arg("scan")
        .write_stdin("ordinary line 5\nport 8080\n")
        .assert()
        .code(1)
        .stdout("");
    // A file that cannot be read: 2, the others still scanned, stderr says which.
    let path = log_file("good.log", b"error 5\n");
    let missing = path.with_file_name("missing.log");
    let output = win_errors()
        .arg("scan")
        .arg(&missing)
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.contains("good.log:1: error 5\n  ERROR_ACCESS_DENIED"),
        "{stdout}"
    );
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.starts_with(&format!("win-errors: {}: ", missing.display())),
        "{stderr}"
    );
}

#[test]
fn long_lines_and_binary_data_are_scanned_and_said() {
    let mut log = b"\xff\xfe\x00 binary error 5 \x00\n".to_vec();
    log.extend(std::iter::repeat_n(b'a', 200_000));
    log.extend_from_slice(b" exit code 0xC0000005\n");
    let output = win_errors()
        .args(["scan", "--summary"])
        .write_stdin(log)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.contains("ERROR_ACCESS_DENIED") && stdout.contains("STATUS_ACCESS_VIOLATION"),
        "{stdout}"
    );
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(
        stderr,
        "win-errors: <stdin>:2: the line is longer than 65536 bytes; scanned in pieces\n"
    );
}
