//! Precision and recall on `corpus.txt`: log lines written for the purpose, each labelled
//! with the codes it holds. The test prints both figures and every miss and false finding;
//! README.md reports them.

use win_errors_core::Entry;
use win_errors_scan::Matcher;

/// Whether `label` is the entry's name or one of its aliases, whatever its catalog, or its
/// counterpart's, which every output shows beside it (`E_OUTOFMEMORY` beside
/// `ERROR_OUTOFMEMORY` for `0x8007000E`).
fn names(entry: Entry, label: &str) -> bool {
    let named = |entry: Entry| entry.name() == label || entry.aliases().any(|a| a == label);
    named(entry) || entry.counterpart().is_some_and(named)
}

#[test]
fn precision_and_recall_on_the_corpus() {
    let corpus = include_str!("corpus.txt");
    let matcher = Matcher::new();
    let (mut expected_total, mut found_total, mut right) = (0usize, 0usize, 0usize);
    let mut lines = 0;
    let mut misses = Vec::new();
    let mut false_findings = Vec::new();
    for entry in corpus
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let (labels, line) = entry.split_once(" | ").expect("`NAMES | line`");
        lines += 1;
        let mut expected: Vec<&str> = match labels {
            "-" => Vec::new(),
            labels => labels.split(',').collect(),
        };
        expected_total += expected.len();
        for finding in matcher.findings(line.as_bytes()) {
            found_total += 1;
            match expected
                .iter()
                .position(|label| names(finding.entry, label))
            {
                Some(at) => {
                    expected.remove(at);
                    right += 1;
                }
                None => false_findings.push(format!("{} in: {line}", finding.entry.name())),
            }
        }
        misses.extend(expected.iter().map(|label| format!("{label} in: {line}")));
    }
    let precision = right as f64 / found_total.max(1) as f64;
    let recall = right as f64 / expected_total.max(1) as f64;
    println!(
        "scanner corpus: {lines} lines, {expected_total} codes; {found_total} found, {right} right: \
         precision {:.1}%, recall {:.1}%",
        precision * 100.0,
        recall * 100.0
    );
    for miss in &misses {
        println!("  missed {miss}");
    }
    for false_finding in &false_findings {
        println!("  false  {false_finding}");
    }
    assert!(lines >= 100, "{lines} lines");
    assert!(precision >= 0.95, "precision {precision}");
    assert!(recall >= 0.90, "recall {recall}");
}
