//! Tests of the driver-docs and setup readers: fixtures for each shape and irregularity, and
//! the real folders held to their READMEs.

mod parameter_fixtures;
mod setup_fixtures;

use super::bug_checks::{self, BugCheck};
use super::{device_manager, parse_page, plain, setup};
use crate::pages::Report;

fn data(path: &str) -> std::path::PathBuf {
    crate::workspace_root().join("../shared/data").join(path)
}

fn check(checks: &[BugCheck], code: u32) -> &BugCheck {
    checks.iter().find(|c| c.code == code).unwrap()
}

#[test]
fn real_bug_checks_and_live_dumps() {
    let mut report = Report::default();
    let checks = bug_checks::read_all(&data("driver-docs"), &mut report).unwrap();
    assert_eq!(checks.len(), bug_checks::ALL_CODES);
    assert_eq!(
        checks.iter().filter(|c| c.bug_check).count(),
        bug_checks::BUG_CHECK_ROWS
    );
    assert_eq!(checks.iter().filter(|c| c.live_dump).count(), 51);
    let dpc = check(&checks, 0x133);
    assert_eq!(dpc.name, "DPC_WATCHDOG_VIOLATION");
    assert_eq!(dpc.parameters.len(), 4);
    let first = &dpc.parameters[0];
    assert_eq!(first.values.len(), 2);
    assert_eq!(first.values[0].value, "0");
    assert!(
        first.values[0]
            .meaning
            .starts_with("A single DPC or ISR exceeded")
    );
    assert_eq!(
        first.values[0].others[0],
        (2, "The DPC time count (in ticks)".to_owned())
    );
    assert!(dpc.cause.is_some() && dpc.resolution.is_some() && dpc.remarks.is_some());
    assert_eq!(check(&checks, 0x9F).name, "DRIVER_POWER_STATE_FAILURE");
    assert_eq!(check(&checks, 0x9F).parameters[0].values.len(), 7);
    assert_eq!(check(&checks, 0xEF).name, "CRITICAL_PROCESS_DIED");
    assert_eq!(check(&checks, 0x116).name, "VIDEO_TDR_FAILURE");
    assert_eq!(check(&checks, 0x1D0).name, "ACPI_FIRMWARE_WATCHDOG_TIMEOUT");
    assert_eq!(check(&checks, 0xDF).name, "IMPERSONATING_WORKER_THREAD");
    assert_eq!(check(&checks, 0x1D9).name, "HAL_IOMMU_INTERNAL_ERROR");
    assert_eq!(
        check(&checks, 0x1C8).name,
        "MANUALLY_INITIATED_POWER_BUTTON_HOLD"
    );
    assert!(
        check(&checks, 0x1000007E)
            .related
            .contains(&"SYSTEM_THREAD_EXCEPTION_NOT_HANDLED".to_owned())
    );
    let apc = check(&checks, 0x1);
    assert_eq!(apc.parameters.len(), 4);
    assert!(
        apc.parameters[2]
            .description
            .as_deref()
            .unwrap()
            .contains("(Thread >SpecialApcDisable < < 16) | Thread >KernelApcDisable")
    );
    // Parameters given outside a parameters section (0x7F, 0x1E1, 0x1E4), and the pages
    // sharing another code's.
    let with_parameters = checks.iter().filter(|c| !c.parameters.is_empty()).count();
    assert_eq!(with_parameters, 312);
    let trap = check(&checks, 0x7F);
    assert_eq!(trap.parameters.len(), 1);
    assert_eq!(trap.parameters[0].values.len(), 15);
    assert_eq!(
        trap.parameters[0].values[0].name.as_deref(),
        Some("Divide by Zero Error")
    );
    assert!(!trap.description.as_deref().unwrap().contains("trap number"));
    for code in [0x1E1, 0x1E4] {
        assert_eq!(check(&checks, code).parameters.len(), 4);
    }
    let shared: Vec<(u32, u32)> = checks
        .iter()
        .filter_map(|c| Some((c.code, c.parameters_of?)))
        .collect();
    assert_eq!(
        shared,
        [
            (0x1000_007E, 0x7E),
            (0x1000_007F, 0x7F),
            (0x1000_008E, 0x8E),
            (0x1000_00EA, 0xEA)
        ]
    );
    let counts: std::collections::BTreeMap<_, _> = report.counts().into_iter().collect();
    assert_eq!(counts[bug_checks::NO_PARAMETERS], 113);
    assert_eq!(counts[bug_checks::PARAMETERS_NONE], 34);
    let both: Vec<u32> = checks
        .iter()
        .filter(|c| c.live_dump && c.bug_check)
        .map(|c| c.code)
        .collect();
    assert_eq!(both, [0x117, 0x124, 0x144, 0x164, 0x187]);
    eprintln!("{}", report.summary());
}

#[test]
fn real_device_problems() {
    let mut report = Report::default();
    let problems = device_manager::read(&data("driver-docs/device-manager"), &mut report).unwrap();
    assert_eq!(problems.len(), device_manager::CODES);
    let p43 = problems.iter().find(|p| p.code == 43).unwrap();
    assert_eq!(p43.name, "CM_PROB_FAILED_POST_START");
    assert_eq!(
        p43.message.as_deref(),
        Some("Windows has stopped this device because it has reported problems. (Code 43)")
    );
    let p10 = problems.iter().find(|p| p.code == 10).unwrap();
    assert_eq!(p10.name, "CM_PROB_FAILED_START");
    assert_eq!(
        p10.message.as_deref(),
        Some(
            "This device cannot start. (Code 10)\n\nTry upgrading the device drivers for this device."
        )
    );
    assert!(
        p10.message_note
            .as_deref()
            .unwrap()
            .contains("FailReasonString")
    );
    assert!(
        p10.resolution
            .as_deref()
            .unwrap()
            .starts_with("Select Update Driver")
    );
    eprintln!("{}", report.summary());
}

#[test]
fn real_setup_codes() {
    let mut report = Report::default();
    let setup = setup::read(&data("itpro-docs"), &mut report).unwrap();
    assert_eq!(setup.results.len(), setup::MOSETUP_ROWS);
    let platform = setup
        .results
        .iter()
        .find(|r| r.code == 0xC190_0101)
        .unwrap();
    assert_eq!(platform.name.as_deref(), Some("MOSETUP_E_SETUP_PLATFORM"));
    let (phase, operation) = setup.read_extend(0x20017);
    assert_eq!(phase.unwrap().name, "SP_EXECUTION_SAFE_OS");
    assert_eq!(operation.unwrap().name, "SP_EXECUTION_OP_BOOT");
    let pair = setup
        .result_extends
        .iter()
        .find(|p| (p.result, p.extend) == (0xC190_0101, 0x20017))
        .unwrap();
    assert!(
        pair.cause
            .starts_with("A driver has caused an illegal operation.")
    );
    let under_c19 = setup
        .result_extends
        .iter()
        .filter(|p| p.result == 0xC190_0101)
        .count();
    assert_eq!(under_c19, 7);
    let in_table = |table| {
        setup
            .other_codes
            .iter()
            .filter(|c| c.table == table)
            .count()
    };
    assert_eq!(
        in_table(setup::OtherTable::ResultCodes),
        setup::OTHER_RESULT_ROWS
    );
    assert_eq!(
        in_table(setup::OtherTable::ErrorCodes),
        setup::OTHER_ERROR_CODES
    );
    // 0x8007002 (7 digits) read as the README reads it, in a table of HRESULTs.
    assert!(
        setup
            .other_codes
            .iter()
            .any(|c| c.code == 0x8007_0002 && c.table == setup::OtherTable::ResultCodes)
    );
    let with_mitigation: Vec<u32> = setup
        .results
        .iter()
        .filter(|r| r.mitigation.is_some())
        .map(|r| r.code)
        .collect();
    assert_eq!(
        with_mitigation,
        [
            0xC190_0107,
            0xC190_0200,
            0xC190_0201,
            0xC190_0209,
            0xC190_020E
        ]
    );
    assert_eq!(setup.read_extend(0x60000).0, None);
    eprintln!("{}", report.summary());
}

const PAGE: &str = "---\ntitle: Bug Check 0x1A2 X\n---\n\n# Bug Check 1A2: WIN32K\\_X\n\nThe WIN32K\\_X bug check has a value of 0x000001A2. It *fails*.\n\n> [!IMPORTANT]\n> This article is for programmers.\n\n## WIN32K\\_X Parameters\n\nParameter | Description\n|---|---|\n1 | The `value` \\| mask\n2 - Depends | <br />more\n\n|Parameter 1|Parameter 2|Cause of error|\n|---|---|---|\n|0x1|The [**object**](x.md)|Bad.|\n|0x2|Only cause|\n\n## Cause\n\n```dbgcmd\nkd> !analyze\n```\n\nA cause, see [Bug Check 0x7E](bug-check-0x7e--x.md).\n\n## Resolution\n\n<table>\n<thead>\n<tr><th>A</th><th>B</th></tr>\n</thead>\n<tr><td><p>c&lt;d</p></td><td>e</td></tr>\n</table>\n";

#[test]
fn a_page_reads_with_its_irregularities() {
    let mut report = Report::default();
    let check = bug_checks::read_page(PAGE, "p.md", &mut report).unwrap();
    assert_eq!((check.code, check.name.as_str()), (0x1A2, "WIN32K_X"));
    assert_eq!(
        check.description.as_deref(),
        Some("The WIN32K_X bug check has a value of 0x000001A2. It fails.")
    );
    assert_eq!(check.parameters.len(), 2);
    assert_eq!(
        check.parameters[0].description.as_deref(),
        Some("The value | mask")
    );
    assert_eq!(
        check.parameters[1].description.as_deref(),
        Some("Depends\nmore")
    );
    let values = &check.parameters[0].values;
    assert_eq!(values[0].value, "0x1");
    assert_eq!(values[0].meaning, "Bad.");
    assert_eq!(values[0].others, [(2, "The object".to_owned())]);
    assert_eq!(values[1].meaning, "Only cause");
    assert!(values[1].others.is_empty());
    assert_eq!(check.cause.as_deref(), Some("A cause, see Bug Check 0x7E."));
    assert_eq!(check.resolution.as_deref(), Some("A | B\nc<d | e"));
    for kind in [
        bug_checks::NO_0X,
        bug_checks::INDEX_WITH_TEXT,
        bug_checks::SHORT_ROW,
    ] {
        assert!(report.irregularities.contains_key(kind), "{kind}");
    }
}

#[test]
fn a_page_whose_value_disagrees_is_an_error() {
    let wrong = PAGE.replace("0x000001A2", "0x000001A3");
    let err = bug_checks::read_page(&wrong, "p.md", &mut Report::default()).unwrap_err();
    assert!(err.starts_with("p.md:5:"), "{err}");
}

#[test]
fn a_device_page_with_an_unclosed_quote_is_an_error_unless_listed() {
    let page = "# Code 12 - CM_PROB_NORMAL_CONFLICT\n\nIt conflicts.\n\n## Error Code\n\n12\n\n### Display Message\n\n\"No resources. (Code 12)\n\n\"Disable one.\"\n\n### Recommended Resolution\n\nDo it.\n";
    let mut report = Report::default();
    let problem = device_manager::read_page(page, "p.md", &mut report).unwrap();
    assert_eq!(
        problem.message.as_deref(),
        Some("No resources. (Code 12)\n\nDisable one.")
    );
    assert_eq!(problem.cause.as_deref(), Some("It conflicts."));
    assert_eq!(problem.resolution.as_deref(), Some("Do it."));
    assert!(
        report
            .irregularities
            .contains_key(device_manager::UNCLOSED_QUOTE)
    );
    let other = page.replace("12", "13");
    assert!(device_manager::read_page(&other, "p.md", &mut Report::default()).is_err());
}

#[test]
fn markup_becomes_plain_text() {
    assert_eq!(
        plain("*Parameter 1* is `x` &amp; **y**"),
        "Parameter 1 is x & y"
    );
    assert_eq!(plain("<p>a</p><ul><li>b</li></ul>"), "a b");
    assert_eq!(plain("2 \\* 3 * 4"), "2 * 3 * 4");
    let page = parse_page("# T\n\n| a |\nno table\n", "p.md").unwrap();
    assert_eq!(page.blocks.len(), 2);
}
