//! The `win-errors` binary end to end: every input form, JSON, colour, exit statuses.

use assert_cmd::Command;
use win_errors_core::WinError;

fn win_errors() -> Command {
    let mut command = Command::cargo_bin("win-errors").unwrap();
    command.env_remove("NO_COLOR");
    command
}

fn stdout_of(args: &[&str]) -> String {
    let output = win_errors().args(args).output().unwrap();
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// The first reading of a lookup's text output, without the further readings (`also as ...`)
/// of the same number in other code spaces.
fn first_reading(text: &str) -> &str {
    text.split_once("\nalso as ")
        .map_or(text, |(first, _)| first)
}

const SEED_TEXT: &str = "\
ERROR_NO_SUCH_LOGON_SESSION
  code        1312 (0x520)
  HRESULT     0x80070520
  message     A specified logon session does not exist. It may already have been terminated.
";

const SEED_RELATED: &str = "\
\x20 related     ERROR_LOGON_SESSION_COLLISION 1366 (0x556): The logon session ID is already in use.
  related     ERROR_INVALID_PARAMETER 87 (0x57): The parameter is incorrect.
  related     ERROR_BAD_ARGUMENTS 160 (0xA0): One or more arguments are not correct.
";

#[test]
fn the_entry_in_text_with_its_summary() {
    let seed = WinError::NoSuchLogonSession;
    let output = stdout_of(&["1312"]);
    // 1312 is also a Windows Installer message, shown after the system error, labelled.
    assert!(
        output.contains("\nalso as Windows Installer message:\nWindows Installer message 1312\n"),
        "{output}"
    );
    let text = first_reading(&output);
    assert!(text.starts_with(SEED_TEXT), "{text}");
    assert!(text.contains(&format!(
        "\n  description {}\n",
        seed.description().unwrap()
    )));
    assert!(text.ends_with(&format!(
        "{SEED_RELATED}  summary     {}\n",
        seed.summary().unwrap()
    )));
    assert!(
        !text.contains("meaning") && !text.contains("remedies"),
        "{text}"
    );
}

#[test]
fn full_shows_every_section_in_the_order_of_a_reference_page() {
    let seed = WinError::NoSuchLogonSession;
    let output = stdout_of(&["--full", "1312"]);
    let text = first_reading(&output);
    let mut expected = format!(
        "  description {}\n  meaning     {}\n  context     {}\n",
        seed.description().unwrap(),
        seed.meaning().unwrap(),
        seed.context().unwrap()
    );
    for (n, remedy) in seed.remedies().enumerate() {
        let label = if n == 0 { "remedies" } else { "" };
        expected.push_str(&format!("  {label:<11} {}. {remedy}\n", n + 1));
    }
    expected.push_str(SEED_RELATED);
    for (n, item) in seed.faq().enumerate() {
        let label = if n == 0 { "faq" } else { "" };
        expected.push_str(&format!(
            "  {label:<11} Q: {}\n              A: {}\n",
            item.question, item.answer
        ));
    }
    expected.push_str(&format!("  summary     {}\n", seed.summary().unwrap()));
    assert!(text.starts_with(SEED_TEXT), "{text}");
    assert!(text.ends_with(&expected), "{text}\n---\n{expected}");
    assert!(seed.remedies().len() >= 2 && seed.faq().len() >= 2);
    // Without sections, --full adds nothing.
    assert_eq!(stdout_of(&["--full", "1313"]), stdout_of(&["1313"]));
}

#[test]
fn every_code_and_name_form_finds_the_same_entry() {
    let output = stdout_of(&["1312"]);
    let expected = first_reading(&output);
    for form in [
        "0x520",
        "0X520",
        "520h",
        "ERROR_NO_SUCH_LOGON_SESSION",
        "no_such_logon_session",
        "No_Such_Logon_Session",
    ] {
        assert_eq!(first_reading(&stdout_of(&[form])), expected, "{form}");
    }
}

#[test]
fn hresults_are_decoded_in_hex_and_signed_decimal() {
    for form in ["0x80070520", "-2147023584"] {
        let text = stdout_of(&[form]);
        assert!(
            text.starts_with("HRESULT 0x80070520: failure, facility FACILITY_WIN32 (7), code 1312 (0x520)\nERROR_NO_SUCH_LOGON_SESSION\n"),
            "{form}: {text}"
        );
    }
}

#[test]
fn com_hresults_and_names_find_the_com_catalog() {
    let text = stdout_of(&["0x80004005"]);
    assert!(
        text.starts_with(
            "HRESULT 0x80004005: failure, facility FACILITY_NULL (0), code 16389 (0x4005)\nE_FAIL\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("  HRESULT     0x80004005\n  message     Unspecified error\n"),
        "{text}"
    );
    // A success code of the COM catalog is its entry alone: its line says it succeeded.
    let success = stdout_of(&["0x00090312"]);
    assert!(
        success.starts_with("SEC_I_CONTINUE_NEEDED\n  code        0x00090312 (590610)\n  HRESULT     0x00090312 (success)\n"),
        "{success}"
    );
    assert_eq!(
        stdout_of(&["e_fail"]),
        text.lines()
            .skip(1)
            .map(|l| format!("{l}\n"))
            .collect::<String>()
    );
    let json: serde_json::Value =
        serde_json::from_str(stdout_of(&["--json", "E_ACCESSDENIED"]).trim()).unwrap();
    assert_eq!(json["catalog"], "ComError");
    assert_eq!(json["hresult"], "0x80070005");
}

#[test]
fn both_forms_are_shown_where_both_exist() {
    let text = stdout_of(&["5"]);
    assert!(
        text.contains(
            "\n  as COM      E_ACCESSDENIED 0x80070005 (2147942405): General access denied error\n"
        ),
        "{text}"
    );
    let text = stdout_of(&["E_ACCESSDENIED"]);
    assert!(
        text.contains("\n  as Win32    ERROR_ACCESS_DENIED 5 (0x5): Access is denied.\n"),
        "{text}"
    );
    assert!(!stdout_of(&["1312"]).contains("as COM"));
}

#[test]
fn aliases_find_their_entry() {
    let text = stdout_of(&["error_cluster_node_evacuation_in_progress"]);
    assert!(text.starts_with("ERROR_CLUSTER_NODE_DRAIN_IN_PROGRESS (also ERROR_CLUSTER_NODE_EVACUATION_IN_PROGRESS)\n"), "{text}");
}

#[test]
fn misses_exit_1_and_say_why_on_stderr() {
    let cases = [
        ("32767", "win-errors: no error with code 32767 (0x7FFF)\n"),
        (
            "no_such_logon_sesion",
            "win-errors: no error named no_such_logon_sesion; did you mean ERROR_NO_SUCH_LOGON_SESSION?\n",
        ),
        // With `ERROR_` put before it, a word may be a third of its length in edits away:
        // ten letters allow three (ERROR_ACCESS_DENIED), five allow one (not ERROR_BUSY).
        (
            "ACES_DENID",
            "win-errors: no error named ACES_DENID; did you mean ERROR_ACCESS_DENIED?\n",
        ),
        (
            "bogus",
            "win-errors: no error named bogus, and it is not a number\n",
        ),
        (
            "",
            "win-errors: an empty argument is neither a code nor a name\n",
        ),
        (
            "99999999999",
            "win-errors: 99999999999 is beyond both u32 and i32, so it is no error code\n",
        ),
        (
            "-99999999999",
            "win-errors: -99999999999 is beyond both u32 and i32, so it is no error code\n",
        ),
        (
            "%%garbage%%",
            "win-errors: no error named %%garbage%%, and it is not a number\n",
        ),
        (
            "0x80004FFF",
            "win-errors: HRESULT 0x80004FFF is a failure of facility FACILITY_NULL (0), code 20479 (0x4FFF): not a Win32 error, and not in the COM catalog\n",
        ),
    ];
    for (query, message) in cases {
        win_errors()
            .arg(query)
            .assert()
            .code(1)
            .stdout("")
            .stderr(message.to_owned());
    }
}

#[test]
fn one_miss_among_hits_still_prints_the_hits() {
    let assert = win_errors().args(["5", "32767", "2"]).assert().code(1);
    let output = assert.get_output();
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("ERROR_ACCESS_DENIED") && text.contains("ERROR_FILE_NOT_FOUND"));
    assert!(
        text.contains("\n\nERROR_FILE_NOT_FOUND"),
        "entries are separated by a blank line"
    );
}

#[test]
fn every_query_has_its_json_line_found_or_not() {
    let output = win_errors()
        .args(["--json", "5", "xyzzy", "[WinError 32]"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let answers: Vec<(&str, bool)> = lines
        .iter()
        .map(|l| (l["query"].as_str().unwrap(), l["found"].as_bool().unwrap()))
        .collect();
    // One line a reading found (5 is also a bug check and a Device Manager code, after the
    // Win32 error), one for a query that found nothing.
    let mut queries = answers.clone();
    queries.dedup();
    assert_eq!(
        queries,
        [("5", true), ("xyzzy", false), ("[WinError 32]", true)]
    );
    let first_of = |query: &str| lines.iter().find(|l| l["query"] == query).unwrap();
    assert_eq!(first_of("5")["name"], "ERROR_ACCESS_DENIED");
    assert_eq!(
        first_of("xyzzy")["error"],
        "no error named xyzzy, and it is not a number"
    );
    assert_eq!(first_of("[WinError 32]")["name"], "ERROR_SHARING_VIOLATION");
    // --list and --search carry no query.
    let listed = stdout_of(&["--json", "--search", "logon", "session"]);
    let first: serde_json::Value = serde_json::from_str(listed.lines().next().unwrap()).unwrap();
    assert!(first.get("query").is_none() && first.get("found").is_none());
}

#[test]
fn json_is_one_object_per_result_with_stable_fields() {
    let text = stdout_of(&["--json", "0x80070520", "87"]);
    let lines: Vec<&str> = text.lines().collect();
    // 87 is also the bug check 0x57 (a reading of its own, after the Win32 error's).
    assert_eq!(lines.len(), 3);
    let seed: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(seed["name"], "ERROR_NO_SUCH_LOGON_SESSION");
    assert_eq!(seed["catalog"], "WinError");
    assert_eq!(seed["code"], 1312);
    assert_eq!(seed["hex"], "0x00000520");
    assert_eq!(seed["hresult"], "0x80070520");
    assert_eq!(seed["queried_hresult"], "0x80070520");
    assert_eq!(seed["related"][1]["name"], "ERROR_INVALID_PARAMETER");
    assert_eq!(seed["related"][1]["code"], 87);
    assert!(seed["description"].is_string());
    let entry = WinError::NoSuchLogonSession;
    assert_eq!(seed["meaning"], entry.meaning().unwrap());
    assert_eq!(seed["context"], entry.context().unwrap());
    assert_eq!(seed["summary"], entry.summary().unwrap());
    assert_eq!(
        seed["remedies"],
        serde_json::json!(entry.remedies().collect::<Vec<_>>())
    );
    let faq: Vec<serde_json::Value> = entry
        .faq()
        .map(|item| serde_json::json!({ "question": item.question, "answer": item.answer }))
        .collect();
    assert_eq!(seed["faq"], serde_json::Value::Array(faq));
    let plain: serde_json::Value =
        serde_json::from_str(stdout_of(&["--json", "1313"]).lines().next().unwrap()).unwrap();
    for key in ["meaning", "context", "summary"] {
        assert_eq!(plain[key], serde_json::Value::Null, "{key}");
    }
    assert_eq!(plain["remedies"], serde_json::json!([]));
    assert_eq!(plain["faq"], serde_json::json!([]));
    let parameter: serde_json::Value = serde_json::from_str(lines[1]).unwrap();
    assert_eq!(parameter["description"], serde_json::Value::Null);
    assert_eq!(
        parameter["aliases"],
        serde_json::json!([
            "RPC_S_INVALID_ARG",
            "RPC_S_INVALID_LEVEL",
            "WSA_INVALID_PARAMETER"
        ])
    );
    assert!(parameter.get("queried_hresult").is_none());
}

#[test]
fn search_finds_all_words_best_first() {
    let text = stdout_of(&["--search", "logon", "session"]);
    assert!(text.contains("ERROR_NO_SUCH_LOGON_SESSION"));
    let first = text.lines().next().unwrap();
    assert!(
        first.contains("LOGON") && first.contains("SESSION"),
        "{first}"
    );
    win_errors()
        .args(["--search", "xyzzy"])
        .assert()
        .code(1)
        .stderr("win-errors: no error mentions xyzzy\n");
}

#[test]
fn list_prints_every_entry() {
    let text = stdout_of(&["--list", "--json"]);
    assert_eq!(text.lines().count(), win_errors_core::WinError::COUNT);
}

/// A pipe gets no colour unless asked: `--color always` or `CLICOLOR_FORCE`; `--color never`
/// wins over `CLICOLOR_FORCE`, and `NO_COLOR` keeps `auto` plain.
#[test]
fn colour_follows_the_option_and_the_environment() {
    let coloured = |output: std::process::Output| {
        assert!(output.status.success());
        String::from_utf8(output.stdout).unwrap().contains('\x1b')
    };
    assert!(!coloured(win_errors().arg("5").output().unwrap()));
    assert!(coloured(
        win_errors()
            .args(["--color", "always", "5"])
            .output()
            .unwrap()
    ));
    assert!(coloured(
        win_errors()
            .env("CLICOLOR_FORCE", "1")
            .arg("5")
            .output()
            .unwrap()
    ));
    assert!(!coloured(
        win_errors()
            .env("CLICOLOR_FORCE", "1")
            .args(["--color", "never", "5"])
            .output()
            .unwrap()
    ));
    assert!(!coloured(
        win_errors().env("NO_COLOR", "1").arg("5").output().unwrap()
    ));
    // The subcommands take it too.
    let scan = win_errors()
        .args(["scan", "--color", "always", "-"])
        .write_stdin("error 5\n")
        .output()
        .unwrap();
    assert!(String::from_utf8(scan.stdout).unwrap().contains('\x1b'));
    win_errors()
        .args(["--color", "sometimes", "5"])
        .assert()
        .code(2);
}

#[test]
fn bad_options_exit_2() {
    win_errors().arg("--frobnicate").assert().code(2);
    win_errors().assert().code(2);
    win_errors().arg("--search").assert().code(2);
}

#[test]
fn family_filters_list_and_search_across_both_catalogs() {
    use win_errors_core::{ComError, ErrorCatalog, WinError};
    fn members<E: ErrorCatalog>(family: &str) -> usize {
        E::ALL.iter().filter(|e| e.family() == Some(family)).count()
    }
    for (family, catalog) in [
        ("COM", "ComError"),
        ("DXGI", "ComError"),
        ("WinINet", "WinError"),
    ] {
        let listed = stdout_of(&["--list", "--family", &family.to_lowercase(), "--json"]);
        let lines: Vec<serde_json::Value> = listed
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(
            lines.len(),
            members::<WinError>(family) + members::<ComError>(family)
        );
        assert!(lines.len() >= 20, "{family}: {}", lines.len());
        assert!(
            lines
                .iter()
                .all(|l| l["family"] == family && l["catalog"] == catalog)
        );
    }
    let found = stdout_of(&["--search", "access", "denied", "--family", "System"]);
    assert!(
        found.starts_with("ERROR_ACCESS_DENIED (also RPC_S_ACCESS_DENIED)\n"),
        "{found}"
    );
    assert!(found.contains("\n  family      System\n"), "{found}");
    let output = win_errors()
        .args(["--list", "--family", "nope"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .starts_with("win-errors: no family nope; the families are System, Network Management, WinINet, WinHTTP, ")
    );
}

#[test]
fn success_codes_are_shown_as_success() {
    let text = stdout_of(&["STG_S_CONVERTED"]);
    assert!(
        text.contains("\n  HRESULT     0x00030200 (success)\n"),
        "{text}"
    );
    let text = stdout_of(&["E_FAIL"]);
    assert!(text.contains("\n  HRESULT     0x80004005\n"), "{text}");
}

#[test]
fn crash_and_exit_codes_are_ntstatus_values() {
    for form in ["0xC0000005", "3221225477", "-1073741819", "0xc0000005"] {
        let text = stdout_of(&[form]);
        assert!(
            text.starts_with("STATUS_ACCESS_VIOLATION (also EXCEPTION_ACCESS_VIOLATION)\n  code        0xC0000005 (3221225477, signed -1073741819)\n"),
            "{form}: {text}"
        );
    }
    let dll = stdout_of(&["-1073741515"]);
    assert!(dll.starts_with("STATUS_DLL_NOT_FOUND\n"), "{dll}");
    // The {Caption} of ntstatus.h is shown apart from the message.
    assert!(
        dll.contains("\n  caption     Unable To Locate Component\n  message     This application has failed to start"),
        "{dll}"
    );
}

#[test]
fn ntstatus_names_in_every_spelling() {
    for form in ["STATUS_ACCESS_VIOLATION", "status_access_violation"] {
        assert!(
            stdout_of(&[form])
                .starts_with("STATUS_ACCESS_VIOLATION (also EXCEPTION_ACCESS_VIOLATION)\n"),
            "{form}"
        );
    }
    // Samba's spelling.
    for form in ["NT_STATUS_LOGON_FAILURE", "nt_status_logon_failure"] {
        assert!(
            stdout_of(&[form]).starts_with("STATUS_LOGON_FAILURE\n"),
            "{form}"
        );
    }
}

#[test]
fn codes_carried_in_other_codes_name_the_right_facility() {
    // An HRESULT with the N bit carries an NTSTATUS; its facility bits are not an HRESULT's.
    let text = stdout_of(&["0xD0000022"]);
    assert!(
        text.starts_with("HRESULT 0xD0000022: carries NTSTATUS 0xC0000022 (HRESULT_FROM_NT)\nSTATUS_ACCESS_DENIED\n"),
        "{text}"
    );
    // A Win32 error in an NTSTATUS is in FACILITY_NTWIN32, not FACILITY_WIN32.
    let text = stdout_of(&["0xC0070005"]);
    assert!(
        text.starts_with("NTSTATUS 0xC0070005: error, facility FACILITY_NTWIN32 (7), code 5 (0x5)\nERROR_ACCESS_DENIED (also RPC_S_ACCESS_DENIED)\n"),
        "{text}"
    );
    let json = stdout_of(&["--json", "0xC0070005"]);
    assert!(
        json.contains("\"queried_ntstatus\":\"0xC0070005\""),
        "{json}"
    );
}

#[test]
fn search_finds_ntstatus_values_after_the_other_catalogs() {
    let text = stdout_of(&["--search", "access", "violation"]);
    let names: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_uppercase()))
        .collect();
    let system = names.iter().position(|n| n.starts_with("ERROR_"));
    let status = names
        .iter()
        .position(|n| n.starts_with("STATUS_ACCESS_VIOLATION "));
    assert!(status.is_some(), "{names:?}");
    assert!(system < status, "{names:?}");
}

#[test]
fn a_message_of_several_lines_keeps_them_under_its_label() {
    let text = stdout_of(&["STATUS_GUARD_PAGE_VIOLATION"]);
    assert!(
        text.contains("  caption     EXCEPTION\n  message     Guard Page Exception\n              A page of memory"),
        "{text}"
    );
}

#[test]
fn hex_written_without_0x_as_logs_write_it() {
    // Letters make it hex: no name is `c0000135`.
    assert!(stdout_of(&["c0000135"]).starts_with("STATUS_DLL_NOT_FOUND\n"));
    // Eight decimal digits are read as decimal first; 80070057 is no code, 0x80070057 is.
    let text = stdout_of(&["80070057"]);
    assert!(
        text.starts_with("HRESULT 0x80070057: failure, facility FACILITY_WIN32 (7), code 87 (0x57)\nERROR_INVALID_PARAMETER (also RPC_S_INVALID_ARG, RPC_S_INVALID_LEVEL, WSA_INVALID_PARAMETER)\n"),
        "{text}"
    );
    // A decimal that finds an entry stays decimal, and a word stays a name.
    assert!(
        stdout_of(&["00000005"]).starts_with("ERROR_ACCESS_DENIED (also RPC_S_ACCESS_DENIED)\n")
    );
    let output = win_errors().arg("cafe").output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).starts_with("win-errors: no error named cafe"));
}

#[test]
fn every_reading_that_finds_an_entry_is_shown_best_first_and_labelled() {
    let text = stdout_of(&["2"]);
    assert!(text.starts_with("ERROR_FILE_NOT_FOUND\n"), "{text}");
    assert!(
        text.contains("\n\nalso as NTSTATUS:\nSTATUS_WAIT_2\n  code        0x00000002 (2)\n"),
        "{text}"
    );
    // A carried code first, then the carrier's own entry unless it is already shown beside it.
    let text = stdout_of(&["0x80070005"]);
    assert!(
        text.starts_with("HRESULT 0x80070005: failure, facility FACILITY_WIN32 (7), code 5 (0x5)\nERROR_ACCESS_DENIED (also RPC_S_ACCESS_DENIED)\n"),
        "{text}"
    );
    assert!(!text.contains("also as"), "{text}");
    // Eight digits are hex first.
    let text = stdout_of(&["80070057"]);
    assert!(
        text.starts_with("HRESULT 0x80070057: failure, facility FACILITY_WIN32 (7), code 87 (0x57)\nERROR_INVALID_PARAMETER (also RPC_S_INVALID_ARG, RPC_S_INVALID_LEVEL, WSA_INVALID_PARAMETER)\n"),
        "{text}"
    );
}

#[test]
fn every_spelling_of_a_code_is_shown_for_searching_logs() {
    let text = stdout_of(&["c0000135"]);
    assert!(
        text.contains("\n  code        0xC0000135 (3221225781, signed -1073741515)\n"),
        "{text}"
    );
    let json: serde_json::Value =
        serde_json::from_str(stdout_of(&["--json", "-1073741515"]).trim()).unwrap();
    assert_eq!(json["signed"], -1_073_741_515);
    assert_eq!(json["code"], 3_221_225_781u32);
    assert_eq!(json["hex"], "0xC0000135");
    assert_eq!(
        json["reading"],
        serde_json::json!({
            "space": "ntstatus",
            "carried_in": null,
            "form": "signed decimal",
            "number": "0xC0000135"
        })
    );
    let carried: serde_json::Value =
        serde_json::from_str(stdout_of(&["--json", "0xD0000022"]).trim()).unwrap();
    assert_eq!(carried["name"], "STATUS_ACCESS_DENIED");
    assert_eq!(carried["reading"]["carried_in"], "hresult");
    assert_eq!(carried["queried_hresult"], "0xD0000022");
}

#[test]
fn as_forces_one_space() {
    let text = stdout_of(&["--as", "ntstatus", "2"]);
    assert!(text.starts_with("STATUS_WAIT_2\n"), "{text}");
    assert!(!text.contains("ERROR_FILE_NOT_FOUND"), "{text}");
    let text = stdout_of(&["--as", "HRESULT", "0x80070005"]);
    assert!(
        text.contains("\nERROR_ACCESS_DENIED (also RPC_S_ACCESS_DENIED)\n"),
        "{text}"
    );
    win_errors()
        .args(["--as", "hresult", "0xC0000005"])
        .assert()
        .code(1)
        .stdout("")
        .stderr("win-errors: 0xC0000005 read as an HRESULT 0xC0000005 has no entry\n");
    win_errors()
        .args(["--as", "win32", "STATUS_ACCESS_VIOLATION"])
        .assert()
        .code(1)
        .stderr("win-errors: STATUS_ACCESS_VIOLATION is no code and no Win32 error name\n");
    win_errors().args(["--as", "nt", "5"]).assert().code(2);
}

#[test]
fn list_and_search_take_the_ntstatus_catalog() {
    let listed = stdout_of(&["--list", "--as", "ntstatus", "--json"]);
    assert_eq!(listed.lines().count(), win_errors_core::NtStatus::COUNT);
    assert!(
        listed
            .lines()
            .all(|l| l.contains("\"catalog\":\"NtStatus\""))
    );
    let found = stdout_of(&["--search", "access", "violation", "--as", "ntstatus"]);
    assert!(
        found.starts_with("STATUS_ACCESS_VIOLATION (also EXCEPTION_ACCESS_VIOLATION)\n"),
        "{found}"
    );
    assert!(!found.contains("ERROR_"), "{found}");
}

#[test]
fn a_name_without_a_known_message_says_so() {
    let text = stdout_of(&["STATUS_ADMINLESS_ACCESS_DENIED"]);
    assert!(
        text.contains("\n  message     (no message is known)\n"),
        "{text}"
    );
    let json: serde_json::Value =
        serde_json::from_str(stdout_of(&["--json", "0xC000A204"]).trim()).unwrap();
    assert_eq!(json["name"], "STATUS_ADMINLESS_ACCESS_DENIED");
    assert_eq!(json["message"], serde_json::Value::Null);
}

#[test]
fn a_ras_number_shows_the_system_error_and_the_ras_error_each_labelled() {
    // 691 is what a VPN reports for a bad password, and also a system error.
    let text = stdout_of(&["691"]);
    assert!(text.starts_with("ERROR_DBG_TERMINATE_THREAD\n"), "{text}");
    let (_, ras) = text.split_once("\nalso as RAS error:\n").expect(&text);
    assert!(ras.starts_with("ERROR_AUTHENTICATION_FAILURE\n"), "{text}");
    assert!(
        ras.contains("family      Routing and Remote Access\n"),
        "{text}"
    );
    // One space only, by its short name or its catalog's.
    for space in [["--as", "ras"], ["--catalog", "RasError"]] {
        let text = stdout_of(&[space[0], space[1], "691"]);
        assert!(text.starts_with("ERROR_AUTHENTICATION_FAILURE\n"), "{text}");
        assert!(!text.contains("ERROR_DBG_TERMINATE_THREAD"), "{text}");
    }
    // By name, with or without the prefix, and by words.
    for query in ["ERROR_AUTHENTICATION_FAILURE", "authentication_failure"] {
        assert!(stdout_of(&[query]).starts_with("ERROR_AUTHENTICATION_FAILURE\n"));
    }
    let found = stdout_of(&[
        "--search", "user", "name", "password", "domain", "--as", "ras",
    ]);
    assert!(
        found.starts_with("ERROR_AUTHENTICATION_FAILURE\n"),
        "{found}"
    );
    let json = stdout_of(&["--json", "--as", "ras", "691"]);
    assert!(json.contains("\"catalog\":\"RasError\""), "{json}");
    assert!(json.contains("\"space\":\"ras\""), "{json}");
}

#[test]
fn a_negative_number_finds_the_ese_error() {
    for args in [
        &["--", "-1018"][..],
        &["0xFFFFFC06"][..],
        &["jet_errreadverifyfailure"][..],
    ] {
        let text = stdout_of(args);
        assert!(
            text.starts_with("JET_errReadVerifyFailure\n"),
            "{args:?}: {text}"
        );
        assert!(
            text.contains("  code        -1018 (0xFFFFFC06)\n"),
            "{text}"
        );
        // An ESE error has no HRESULT form.
        assert!(!text.contains("HRESULT"), "{text}");
    }
    let json = stdout_of(&["--json", "--as", "ese", "--", "-1018"]);
    assert!(json.contains("\"catalog\":\"EseError\""), "{json}");
    assert!(json.contains("\"signed\":-1018"), "{json}");
    assert!(json.contains("\"hresult\":null"), "{json}");
    let found = stdout_of(&["--search", "checksum", "page", "--catalog", "EseError"]);
    assert!(found.contains("JET_errReadVerifyFailure\n"), "{found}");
}

#[test]
fn a_pdh_status_is_found_and_labelled() {
    let text = stdout_of(&["0xC0000BB8"]);
    assert!(text.starts_with("PDH_CSTATUS_NO_OBJECT\n"), "{text}");
    assert!(!text.contains("HRESULT"), "{text}");
    let zero = stdout_of(&["0"]);
    assert!(
        zero.starts_with(
            "ERROR_SUCCESS (also DNS_ERROR_RCODE_NO_ERROR, NO_ERROR, RPC_S_OK, WSA_WAIT_EVENT_0)\n"
        ),
        "{zero}"
    );
    assert!(
        zero.contains("\nalso as PDH status:\nPDH_CSTATUS_VALID_DATA\n"),
        "{zero}"
    );
    let listed = stdout_of(&["--full", "--list", "--as", "pdh"]);
    assert_eq!(
        listed.matches("\n  family      PDH\n").count(),
        86,
        "{listed}"
    );
}

#[test]
fn an_mci_error_is_found_by_number_and_name() {
    for query in [
        "263",
        "MCIERR_INVALID_DEVICE_NAME",
        "mcierr_invalid_device_name",
    ] {
        let text = stdout_of(&[query]);
        assert!(
            text.starts_with("MCIERR_INVALID_DEVICE_NAME\n"),
            "{query}: {text}"
        );
        assert!(text.contains("  family      MCI\n"), "{text}");
    }
    let listed = stdout_of(&["--full", "--list", "--catalog", "MciError"]);
    assert_eq!(
        listed.matches("\n  family      MCI\n").count(),
        54,
        "{listed}"
    );
}

#[test]
fn a_windows_installer_message_is_found_by_number_and_words_and_labelled() {
    // The number is a system error first; the installer's message of that number follows,
    // labelled, named by its number alone.
    let text = stdout_of(&["1603"]);
    let (system, installer) = text
        .split_once("also as Windows Installer message:\n")
        .unwrap_or_else(|| panic!("{text}"));
    assert!(system.starts_with("ERROR_INSTALL_FAILURE\n"), "{text}");
    assert!(
        installer.starts_with("Windows Installer message 1603\n  code        1603 (0x643)\n"),
        "{text}"
    );
    assert!(
        installer.contains("  family      Windows Installer\n"),
        "{text}"
    );
    // One code space kept, by its short name or its type.
    for only in [["--as", "msi"], ["--catalog", "MsiError"]] {
        let text = stdout_of(&[only[0], only[1], "1302"]);
        assert!(
            text.starts_with("Windows Installer message 1302\n")
                && text.contains("Please insert the disk: [2]"),
            "{text}"
        );
        assert!(!text.contains("ERROR_"), "{text}");
    }
    let found = stdout_of(&["--catalog", "msi", "--search", "insert", "the", "disk"]);
    assert!(
        found.starts_with("Windows Installer message 1302\n"),
        "{found}"
    );
    let listed = stdout_of(&["--full", "--list", "--catalog", "MsiError"]);
    assert_eq!(
        listed
            .matches("\n  family      Windows Installer\n")
            .count(),
        544,
        "{listed}"
    );
}

#[test]
fn a_name_and_a_code_side_by_side_say_whether_they_agree() {
    // They agree: the name is what the text means, shown once with the pairing above it.
    let agreed = stdout_of(&["Exception from HRESULT: 0x80070005 (E_ACCESSDENIED)"]);
    assert!(
        agreed.starts_with(
            "E_ACCESSDENIED and 0x80070005 agree:\nE_ACCESSDENIED (also COR_E_UNAUTHORIZEDACCESS)\n"
        ),
        "{agreed}"
    );
    assert!(
        !agreed.contains("\nERROR_ACCESS_DENIED (also RPC_S_ACCESS_DENIED)\n"),
        "{agreed}"
    );
    // They disagree: the code is what Windows gave, so it comes first, then the name's entry.
    let disagreed = stdout_of(&["ERROR_FILE_NOT_FOUND (0x80070005)"]);
    assert!(
        disagreed.starts_with(
            "ERROR_FILE_NOT_FOUND and 0x80070005 disagree: 0x80070005 is ERROR_ACCESS_DENIED, \
             and ERROR_FILE_NOT_FOUND is 2 (0x2); both follow:\n"
        ),
        "{disagreed}"
    );
    let access = disagreed
        .find("\nERROR_ACCESS_DENIED (also RPC_S_ACCESS_DENIED)\n")
        .unwrap();
    let file = disagreed
        .find("\nalso in the text, ERROR_FILE_NOT_FOUND:\nERROR_FILE_NOT_FOUND\n")
        .unwrap();
    assert!(access < file, "{disagreed}");
    // JSON carries the pair in each of the query's lines.
    let json = stdout_of(&["--json", "ERROR_FILE_NOT_FOUND (0x80070005)"]);
    let lines: Vec<serde_json::Value> = json
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    for line in &lines {
        assert_eq!(
            line["pair"],
            serde_json::json!({"name": "ERROR_FILE_NOT_FOUND", "code": "0x80070005", "agree": false})
        );
    }
    assert_eq!(lines[0]["name"], "ERROR_ACCESS_DENIED");
    assert_eq!(lines[1]["name"], "ERROR_FILE_NOT_FOUND");
    // A query that pairs nothing carries no pair.
    let bare: serde_json::Value =
        serde_json::from_str(stdout_of(&["--json", "5"]).lines().next().unwrap()).unwrap();
    assert!(bare.get("pair").is_none(), "{bare}");
}

#[test]
fn a_value_only_the_documentation_gives_finds_its_entry_labelled() {
    // The COM Error Codes page gives TPM_20_E_KEY_SIZE 0x80280086; the headers and Windows
    // give 0x80280087, which the catalog takes.
    let text = stdout_of(&["0x80280086"]);
    assert!(
        text.starts_with(
            "0x80280086 is documented for TPM_20_E_KEY_SIZE, which Windows returns as 0x80280087:\nTPM_20_E_KEY_SIZE\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("\n  documented  0x80280086 (Windows returns the code above)\n"),
        "{text}"
    );
    // The value Windows returns is found first, and the entries documented with it follow.
    let text = stdout_of(&["0x80280087"]);
    assert!(text.contains("\nTPM_20_E_KEY_SIZE\n"), "{text}");
    assert!(
        text.contains(
            "0x80280087 is documented for TPM_20_E_MGF, which Windows returns as 0x80280088:"
        ),
        "{text}"
    );
    let json: serde_json::Value =
        serde_json::from_str(stdout_of(&["--json", "0x80280086"]).trim()).unwrap();
    assert_eq!(json["name"], "TPM_20_E_KEY_SIZE");
    assert_eq!(json["hex"], "0x80280087");
    assert_eq!(json["documented_code"], "0x80280086");
    assert_eq!(json["found"], true);
}

#[test]
fn blue_screens_device_codes_and_upgrade_failures_answer_with_their_documented_entry() {
    for (query, first) in [
        ("0x133", "ERROR_INVALID_LOCK_RANGE"),
        ("stop code: CRITICAL_PROCESS_DIED", "CRITICAL_PROCESS_DIED"),
        (
            "The bugcheck was: 0x0000009f (0x0000000000000003, 0xffffe000f2a2a060, ...)",
            "DRIVER_POWER_STATE_FAILURE",
        ),
        ("(Code 43)", "CM_PROB_FAILED_POST_START"),
        ("0xC1900101 - 0x20017", "MOSETUP_E_SETUP_PLATFORM"),
    ] {
        let text = stdout_of(&["--json", query]);
        let entries: Vec<serde_json::Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(entries[0]["name"], first, "{query}");
        // Each is documented, with the page's sections.
        let documented = entries
            .iter()
            .find(|e| ["bugcheck", "device", "setup"].contains(&e["space"].as_str().unwrap()))
            .unwrap();
        assert!(documented["message"].is_string(), "{query}");
    }
    // 0x133 is a Win32 error first, and the bug check after it, labelled.
    let text = stdout_of(&["0x133"]);
    assert!(
        text.contains("also as bug check:\nDPC_WATCHDOG_VIOLATION"),
        "{text}"
    );
    // The extend code's phase and operation, and the documentation's cause of that pair.
    let text = stdout_of(&["0xC1900101 - 0x20017"]);
    assert!(
        text.starts_with(
            "extend code 0x20017: phase SP_EXECUTION_SAFE_OS, operation SP_EXECUTION_OP_BOOT\n  Cause: "
        ),
        "{text}"
    );
    let json = stdout_of(&["--json", "0xC1900101 - 0x4000D"]);
    let first: serde_json::Value = serde_json::from_str(json.lines().next().unwrap()).unwrap();
    assert_eq!(first["extend"]["phase"], "SP_EXECUTION_OOBE_BOOT");
    assert_eq!(first["extend"]["operation"], "SP_EXECUTION_OP_MIGRATE_DATA");
}

#[test]
fn a_bug_checks_arguments_are_explained_by_its_parameters() {
    let text = stdout_of(&[
        "The bugcheck was: 0x0000009f (0x0000000000000003, 0xffffe000f2a2a060, 0xffffd0017d0a8a80, 0xffffe000f6d7ea50)",
    ]);
    assert!(text.starts_with("DRIVER_POWER_STATE_FAILURE\n"), "{text}");
    assert!(
        text.contains("  arguments   Arg1: 0x3, A device object has been blocking"),
        "{text}"
    );
    assert!(
        text.contains("Arg2: 0xFFFFE000F2A2A060, The physical device object"),
        "{text}"
    );
    // WinDbg's form, in JSON: each argument with what it holds and what its value means.
    let json = stdout_of(&["--json", "BugCheck 133, {1, 1e00, fffff805`63efb320, 0}"]);
    let first: serde_json::Value = serde_json::from_str(json.lines().next().unwrap()).unwrap();
    assert_eq!(first["name"], "DPC_WATCHDOG_VIOLATION");
    assert_eq!(first["arguments"][0]["value"], "0x1");
    assert!(
        first["arguments"][0]["meaning"]
            .as_str()
            .unwrap()
            .starts_with("The system cumulatively spent")
    );
    assert_eq!(first["arguments"][1]["description"], "The watchdog period");
    assert_eq!(first["arguments"][2]["value"], "0xFFFFF80563EFB320");
    // Every entry carries its parameters in JSON, and --full prints them.
    assert_eq!(
        first["parameters"][0]["values"][1]["arg2"],
        "The watchdog period"
    );
    let full = stdout_of(&["--full", "--as", "bugcheck", "0x133"]);
    assert!(full.contains("  parameters  1. "), "{full}");
    // A code without arguments explains none.
    assert!(!stdout_of(&["0x133"]).contains("arguments"));
}

#[test]
fn the_licences_and_the_datas_attribution_are_printed_on_request() {
    let text = stdout_of(&["--license"]);
    assert!(text.starts_with("win-errors is licensed under the MIT License or the Apache"));
    assert!(text.contains("licensed under CC BY 4.0"), "{text}");
    assert!(text.contains("https://github.com/MicrosoftDocs/windows-driver-docs"));
    let with_a_query = win_errors().args(["--license", "5"]).output().unwrap();
    assert_eq!(with_a_query.status.code(), Some(2));
}

#[test]
fn the_version_names_its_data_snapshot_and_no_arguments_is_help() {
    let version = stdout_of(&["-V"]);
    assert!(
        version.starts_with("win-errors 0.1.0 (data: MicrosoftDocs/win32 "),
        "{version}"
    );
    // Every commit the version names is one NOTICE attributes.
    let notice =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("NOTICE"))
            .unwrap();
    let commits: Vec<&str> = version
        .split([' ', ',', '(', ')'])
        .filter(|word| word.len() == 8 && word.bytes().all(|b| b.is_ascii_hexdigit()))
        .collect();
    assert!(commits.len() >= 8, "{commits:?}");
    for commit in commits {
        assert!(notice.contains(commit), "NOTICE does not name {commit}");
    }
    let bare = win_errors().output().unwrap();
    assert_eq!(bare.status.code(), Some(2));
    let help = String::from_utf8(bare.stderr).unwrap();
    assert!(help.starts_with("Look up Windows system errors"), "{help}");
    assert!(help.contains("Usage: win-errors"), "{help}");
}

#[test]
fn completions_and_the_man_page_come_from_the_command_line_itself() {
    for (what, marker) in [
        ("complete-bash", "complete -F _win__errors"),
        ("complete-zsh", "#compdef win-errors"),
        ("complete-fish", "complete -c win-errors"),
        ("complete-powershell", "Register-ArgumentCompleter"),
        (
            "complete-elvish",
            "edit:completion:arg-completer[win-errors]",
        ),
        ("man", ".TH win-errors 1"),
    ] {
        let text = stdout_of(&["--generate", what]);
        assert!(text.contains(marker), "{what}: {text}");
        // Every option is in each, from the one definition.
        for option in ["search", "family", "color", "license"] {
            assert!(text.contains(option), "{what} lacks {option}");
        }
    }
    win_errors()
        .args(["--generate", "man", "5"])
        .assert()
        .code(2);
}

#[test]
fn the_help_ends_with_examples_that_work_as_written() {
    let help = stdout_of(&["--help"]);
    let examples = help.split("Examples:\n").nth(1).expect("examples");
    let mut checked = 0;
    for line in examples.lines() {
        let Some(command) = line.trim().strip_prefix("win-errors ") else {
            continue;
        };
        // The lookups run as written (the scan and check examples name files of the reader's).
        let args: Vec<String> = match command.split_once("  ") {
            Some((command, _)) => command.trim(),
            None => command.trim(),
        }
        .split(' ')
        .map(str::to_owned)
        .collect();
        if ["scan", "check"].contains(&args[0].as_str()) || args[0].starts_with('"') {
            continue;
        }
        let output = win_errors().args(&args).output().unwrap();
        assert!(output.status.success(), "{args:?}");
        checked += 1;
    }
    assert!(checked >= 5, "{examples}");
}

#[test]
fn long_lists_are_one_line_an_entry() {
    let text = stdout_of(&["--search", "access", "denied"]);
    let first = text.lines().next().unwrap();
    assert!(
        first.starts_with("ERROR_ACCESS_DENIED  5  Access is denied."),
        "{first}"
    );
    assert!(
        text.lines().count() > 20 && !text.contains("\n  code "),
        "{text}"
    );
    // Asked for, or with every section.
    let one = stdout_of(&["--oneline", "5"]);
    assert!(
        one.starts_with("ERROR_ACCESS_DENIED  5  Access is denied.\n"),
        "{one}"
    );
    let full = stdout_of(&["--full", "--search", "access", "denied"]);
    assert!(full.contains("\n  code "), "{full}");
    // A short list keeps the entries whole.
    let short = stdout_of(&["--search", "logon", "session", "collision"]);
    assert!(short.contains("\n  code "), "{short}");
}
