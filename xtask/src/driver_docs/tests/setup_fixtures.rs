//! The setup reader on the fixture pages of `xtask/tests/fixtures/driver-docs/itpro-docs`:
//! each shape and each irregularity the itpro README lists, the two Other tables, and the
//! shapes it must refuse.

use crate::driver_docs::setup::{self, Counts, OtherTable, Setup};
use crate::pages::Report;

const UPGRADE: &str = include_str!(
    "../../../tests/fixtures/driver-docs/itpro-docs/windows/deployment/upgrade/upgrade-error-codes.md"
);
const RESOLUTION: &str = include_str!(
    "../../../tests/fixtures/driver-docs/itpro-docs/windows/deployment/upgrade/resolution-procedures.md"
);

fn read_with(upgrade: &str, resolution: &str) -> Result<(Setup, Counts, Report), String> {
    let mut report = Report::default();
    let (setup, counts) = setup::read_texts("u.md", upgrade, "r.md", resolution, &mut report)?;
    Ok((setup, counts, report))
}

fn fixture() -> (Setup, Counts, Report) {
    read_with(UPGRADE, RESOLUTION).unwrap()
}

fn noted(report: &Report, kind: &str) -> Vec<String> {
    report.irregularities.get(kind).cloned().unwrap_or_default()
}

#[test]
fn result_tables_keep_both_descriptions_and_read_0x_in_any_case() {
    let (setup, counts, report) = fixture();
    assert_eq!((counts.upgrade_results, counts.mosetup_rows), (3, 6));
    let codes: Vec<u32> = setup.results.iter().map(|r| r.code).collect();
    assert_eq!(
        codes,
        [
            0xC190_0101,
            0xC190_0200,
            0xC190_020E,
            0xC190_0210,
            0xC190_0401,
            0xC190_0402
        ]
    );
    let scanonly = setup
        .results
        .iter()
        .find(|r| r.code == 0xC190_0210)
        .unwrap();
    assert_eq!(
        scanonly.description.as_deref(),
        Some("The user has used the setup.exe command line to do scanonly, not to install the OS.")
    );
    assert_eq!(
        scanonly.upgrade_page_description.as_deref(),
        Some("Setup did not find any compat issue")
    );
    assert_eq!(noted(&report, setup::OTHER_DESCRIPTION).len(), 3);
    // `0XC190020e`: both irregularities in one code; the last cell without its closing |.
    assert!(noted(&report, setup::CAPITAL_X).contains(&"0XC190020e".to_owned()));
    assert_eq!(
        noted(&report, setup::NO_CLOSING_PIPE),
        ["MOSETUP_E_INSTALLDISKSPACE_BLOCK"]
    );
    assert_eq!(
        noted(&report, setup::SAME_DESCRIPTION),
        ["MOSETUP_E_UA_UPDATE_CANNOT_BE_MERGED (as 0xC1900401)"]
    );
}

#[test]
fn extend_tables_keep_the_typo_and_an_unlisted_phase_reads_as_none() {
    let (setup, counts, report) = fixture();
    assert_eq!((counts.phases, counts.operations), (6, 5));
    let (phase, operation) = setup.read_extend(0x20007);
    assert_eq!(phase.unwrap().name, "SP_EXECUTION_SAFE_OS");
    assert_eq!(operation.unwrap().name, "SP_EXECUTION_OP_INSTALL_DRVIERS");
    assert_eq!(
        noted(&report, setup::OP_TYPO),
        ["SP_EXECUTION_OP_INSTALL_DRVIERS"]
    );
    let (phase, operation) = setup.read_extend(0x60000);
    assert!(phase.is_none());
    assert_eq!(operation.unwrap().name, "SP_EXECUTION_OP_UNKNOWN");
    assert_eq!(
        noted(&report, setup::UNLISTED_PHASE),
        ["0x80070070 - 0x60000"]
    );
}

#[test]
fn cause_blocks_read_codes_without_0x_and_of_7_digits() {
    let (setup, counts, report) = fixture();
    assert_eq!((counts.blocks, counts.pairs), (3, 4));
    let pairs: Vec<(u32, u32)> = setup
        .result_extends
        .iter()
        .map(|p| (p.result, p.extend))
        .collect();
    assert_eq!(
        pairs,
        [
            (0xC190_0101, 0x2000C),
            (0x8004_0005, 0x20007),
            (0x8007_3BC3, 0x20009),
            (0x8007_0002, 0x20009),
        ]
    );
    let first = &setup.result_extends[0];
    assert_eq!(
        first.mitigation,
        "Make sure you have enough disk space. Update drivers and BIOS."
    );
    assert_eq!(setup.result_extends[1].mitigation, "Attempt quick fixes.");
    assert_eq!(noted(&report, setup::NO_0X), ["80040005"]);
    assert_eq!(noted(&report, setup::SEVEN_DIGITS)[0], "0x8007002");
    assert!(noted(&report, setup::CAPITAL_X).contains(&"0x2000c".to_owned()));
}

#[test]
fn other_result_codes_table() {
    let (setup, counts, report) = fixture();
    assert_eq!(counts.other_result_rows, 3);
    let rows: Vec<_> = setup
        .other_codes
        .iter()
        .filter(|c| c.table == OtherTable::ResultCodes)
        .collect();
    let codes: Vec<(u32, Option<u32>, Option<&str>)> = rows
        .iter()
        .map(|c| (c.code, c.extend, c.name.as_deref()))
        .collect();
    assert_eq!(
        codes,
        [
            (0xC190_0200, None, Some("MOSETUP_E_COMPAT_SYSREQ_BLOCK")),
            (0x8007_0020, None, None),
            (0x8007_0002, None, None),
        ]
    );
    assert_eq!(
        rows[0].mitigation,
        "Ensure the system meets the minimum system requirements. See Windows 10 specifications for information."
    );
    assert_eq!(
        rows[2].mitigation,
        "Analyze the SMSTS.log. The error 80072efe means that the connection with the server was terminated abnormally."
    );
    // A MOSETUP code keeps its table description and gains the row's cause and mitigation.
    let sysreq = setup
        .results
        .iter()
        .find(|r| r.code == 0xC190_0200)
        .unwrap();
    assert_eq!(
        sysreq.description.as_deref(),
        Some("The system does not pass the minimum requirements to install the update.")
    );
    assert_eq!(
        sysreq.cause.as_deref(),
        Some(
            "Setup.exe has detected that the machine does not meet the minimum system requirements."
        )
    );
    assert_eq!(
        sysreq.mitigation.as_deref(),
        Some(rows[0].mitigation.as_str())
    );
    assert_eq!(noted(&report, setup::TRAILING_SPACE), ["0x8007002"]);
    assert!(noted(&report, setup::OTHER_TEXT).contains(&"0xC1900200".to_owned()));
    // Codes of other spaces stay out of the MOSETUP list.
    assert!(setup.results.iter().all(|r| r.code >> 16 == 0xC190));
}

#[test]
fn other_error_codes_table() {
    let (setup, counts, report) = fixture();
    assert_eq!((counts.other_error_rows, counts.other_error_codes), (3, 5));
    let codes: Vec<(u32, Option<u32>, usize)> = setup
        .other_codes
        .iter()
        .filter(|c| c.table == OtherTable::ErrorCodes)
        .map(|c| (c.code, c.extend, c.line))
        .collect();
    let group = codes[2].2;
    assert_eq!(
        codes,
        [
            (0x8007_0003, Some(0x20007), codes[0].2),
            (0xC190_0101, Some(0x2000C), codes[1].2),
            (0xC190_020E, None, group),
            (0x8007_0070, Some(0x50011), group),
            (0x8007_0070, Some(0x60000), group),
        ]
    );
    let lone = setup
        .results
        .iter()
        .find(|r| r.code == 0xC190_020E)
        .unwrap();
    assert_eq!(
        lone.mitigation.as_deref(),
        Some("Free up drive space before proceeding with the upgrade.")
    );
    // The pair of a cause block is not replaced: the table's text is kept apart.
    let block = &setup.result_extends[0];
    assert_eq!((block.result, block.extend), (0xC190_0101, 0x2000C));
    assert!(block.cause.starts_with("Windows Setup encountered"));
    assert_eq!(
        noted(&report, setup::DASH_WITHOUT_SPACE),
        ["0x80070003- 0x20007"]
    );
    assert_eq!(noted(&report, setup::LONE_RESULT), ["0xC190020e"]);
    assert!(noted(&report, setup::OTHER_TEXT).contains(&"0xC1900101 - 0x2000C".to_owned()));
}

#[test]
fn crlf_reads_as_lf() {
    let crlf = RESOLUTION.replace('\n', "\r\n");
    let (setup, _, _) = read_with(UPGRADE, &crlf).unwrap();
    assert_eq!(setup, fixture().0);
}

#[test]
fn the_readme_counts_are_enforced() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/driver-docs/itpro-docs");
    let err = setup::read(&dir, &mut Report::default()).unwrap_err();
    assert!(
        err.contains("read 3 result rows, the README says 5"),
        "{err}"
    );
}

#[test]
fn unknown_shapes_are_errors() {
    let cases: [(&str, &str, &str, &str); 9] = [
        // Another header on a result table.
        (
            "upgrade",
            "| Result code | Message  |",
            "| Code | Message  |",
            "a table headed",
        ),
        // An extend code the phase table does not list, other than the README's 0x60000.
        (
            "resolution",
            "0x80070070 - 0x60000",
            "0x80070070 - 0x70000",
            "a phase the table",
        ),
        // An operation the table does not list.
        (
            "resolution",
            "0x80070070 - 0x50011",
            "0x80070070 - 0x50013",
            "not a listed",
        ),
        // A 7-digit code the README does not list.
        (
            "resolution",
            "0x8007002 - 0x20009",
            "0x8007003 - 0x20009",
            "not 8 hex digits",
        ),
        // An extend code without 0x.
        (
            "resolution",
            "0x80070003- 0x20007",
            "0x80070003- 20007",
            "is no extend code",
        ),
        // The Other tables: another header, a row of two cells, two codes in a result row.
        (
            "resolution",
            "<B>Error code</th>",
            "<B>Code</th>",
            "a table headed",
        ),
        (
            "resolution",
            "<td>Use the MSCONFIG tool to perform a clean boot.</td>",
            "",
            "a row of 2 cells",
        ),
        (
            "resolution",
            "<td>0x80070020</td>",
            "<td>0x80070020<br>0x80070021</td>",
            "2 codes",
        ),
        // A section gone.
        (
            "resolution",
            "## Other error codes",
            "## More error codes",
            "no `## Other error codes`",
        ),
    ];
    for (page, from, to, message) in cases {
        assert!(
            UPGRADE.contains(from) || RESOLUTION.contains(from),
            "{from}"
        );
        let (upgrade, resolution) = match page {
            "upgrade" => (UPGRADE.replace(from, to), RESOLUTION.to_owned()),
            _ => (UPGRADE.to_owned(), RESOLUTION.replace(from, to)),
        };
        let err = read_with(&upgrade, &resolution).map(|_| ()).unwrap_err();
        assert!(err.contains(message), "{from} -> {to}: {err}");
    }
}
