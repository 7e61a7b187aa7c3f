//! A user crate with 100,000 entries: cargo builds it, and a sample of its lookups agrees
//! with the catalog. `#[ignore]`d (it takes about half a minute); CI runs it with
//! `--ignored`.

use std::fmt::Write;

mod scratch;

const ENTRIES: usize = 100_000;

const MAIN: &str = r#"
win_errors::win_errors!("catalog.toml");

/// Prints what the generated type answers for each code of the sample.
fn main() {
    for line in include_str!("../sample.txt").lines() {
        let code: u32 = line.parse().unwrap();
        match WinError::from_code(code) {
            Some(entry) => {
                let by_name = WinError::from_name(entry.name()) == Some(entry);
                let related: Vec<u32> = entry.related().iter().map(|r| r.code()).collect();
                println!("{code}\t{}\t{}\t{by_name}\t{related:?}", entry.name(), entry.message());
            }
            None => println!("{code}\tmiss"),
        }
    }
    println!("{}", WinError::COUNT);
}
"#;

#[test]
#[ignore = "builds a 100,000-entry crate; run with --ignored"]
fn a_hundred_thousand_entries_build_and_look_up() {
    let catalog = xtask::synthetic::synthetic_catalog(ENTRIES);
    let checked = win_errors_catalog::check(&catalog).unwrap();
    assert_eq!(checked.entries.len(), ENTRIES);

    // Every 997th entry, the first and the last, and the codes around them.
    let mut sample: Vec<u32> = (0..ENTRIES)
        .step_by(997)
        .chain([ENTRIES - 1])
        .map(|i| checked.entries[i].code)
        .flat_map(|code| [code.wrapping_sub(1), code, code + 1])
        .chain([u32::MAX, 0x8000_0000])
        .collect();
    sample.dedup();
    let mut expected = String::new();
    let mut sample_text = String::new();
    for &code in &sample {
        writeln!(sample_text, "{code}").unwrap();
        match checked.by_code(code) {
            Some(entry) => {
                let related: Vec<u32> = entry
                    .related
                    .iter()
                    .map(|r| checked.entries[r.own().unwrap()].code)
                    .collect();
                writeln!(
                    expected,
                    "{code}\t{}\t{}\ttrue\t{related:?}",
                    entry.name,
                    entry
                        .message
                        .as_deref()
                        .expect("synthetic entries have messages")
                )
                .unwrap();
            }
            None => writeln!(expected, "{code}\tmiss").unwrap(),
        }
    }
    writeln!(expected, "{ENTRIES}").unwrap();
    assert!(expected.contains("\ttrue\t[") && expected.contains("miss"));

    let dir = scratch::scratch_crate(
        "scale-scratch",
        "2024",
        (
            "win-errors",
            "{ default-features = false, features = [\"macro\"] }",
        ),
        &[
            ("src/main.rs", MAIN),
            ("catalog.toml", &catalog),
            ("sample.txt", &sample_text),
        ],
    );
    let output = scratch::cargo(&dir, &scratch::shared_target(), &["run", "--quiet"]);
    scratch::assert_success(&output, "the 100,000-entry crate");
    assert_eq!(String::from_utf8(output.stdout).unwrap(), expected);
}
