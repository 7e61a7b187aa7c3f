//! `cargo xtask bench-worst`: the worst inputs a person can paste by accident, each timed
//! against an ordinary input of the same kind in one run, and at a tenth of its size to show
//! the time grows linearly: names, hex and words of 100,000 characters, 20,000 arguments,
//! catalogs with a 100,000-character unknown name, key, family or variant, and 100,000
//! character lines for the scanner (digits and hex; codes whose messages are looked for).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use crate::bench_scan::{release_cli, time};
use crate::workspace_root;

/// Runs of each input; the best is reported.
const RUNS: usize = 5;

/// How to run one input: command-line arguments, and standard input for `scan`.
struct Input {
    args: Vec<String>,
    stdin: Option<PathBuf>,
}

/// One case: what it is, its ordinary input, its worst input at full and at a tenth of the size.
struct Case {
    what: &'static str,
    ordinary: Input,
    worst: Input,
    tenth: Input,
}

fn args(list: &[&str]) -> Input {
    Input {
        args: list.iter().map(|a| (*a).to_owned()).collect(),
        stdin: None,
    }
}

fn owned(args: Vec<String>) -> Input {
    Input { args, stdin: None }
}

/// A catalog file: the shipped system catalog with one more entry (`extra`, TOML lines).
fn catalog_with(dir: &Path, name: &str, extra: &str) -> Result<String, String> {
    let shipped = std::fs::read_to_string(workspace_root().join("catalog.toml"))
        .map_err(|e| format!("catalog.toml: {e}"))?;
    let path = dir.join(name);
    std::fs::write(&path, format!("{shipped}\n[[error]]\nname = \"ERROR_BENCH_EXTRA\"\ncode = 65000\nmessage = \"m\"\n{extra}\n"))
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path.display().to_string())
}

fn check(path: String) -> Input {
    owned(vec!["check".to_owned(), path])
}

/// A log of one line for `scan` on standard input.
fn scan_line(dir: &Path, name: &str, line: &str) -> Result<Input, String> {
    let path = dir.join(name);
    std::fs::write(&path, format!("{line}\n")).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(Input {
        args: vec!["scan".to_owned()],
        stdin: Some(path),
    })
}

fn cases(dir: &Path) -> Result<Vec<Case>, String> {
    let long = |n: usize, unit: &str| unit.repeat(n / unit.len());
    let mut cases = vec![
        Case {
            what: "a name (no such name)",
            ordinary: args(&["no_such_logon_sesion"]),
            worst: owned(vec![long(100_000, "A")]),
            tenth: owned(vec![long(10_000, "A")]),
        },
        Case {
            what: "hex",
            ordinary: args(&["0xC0000005"]),
            worst: owned(vec![format!("0x{}", long(100_000, "F"))]),
            tenth: owned(vec![format!("0x{}", long(10_000, "F"))]),
        },
        Case {
            what: "--search words",
            ordinary: args(&["--search", "logon", "session"]),
            worst: owned(vec!["--search".to_owned(), long(100_000, "logon ")]),
            tenth: owned(vec!["--search".to_owned(), long(10_000, "logon ")]),
        },
        Case {
            what: "arguments (20,000 near-miss names against 20,000 codes)",
            ordinary: owned(vec!["5".to_owned(); 20_000]),
            worst: owned(vec!["no_such_logon_sesion".to_owned(); 20_000]),
            tenth: owned(vec!["no_such_logon_sesion".to_owned(); 2_000]),
        },
    ];
    for (what, ordinary, worst, tenth) in [
        (
            "check: an unknown related name",
            "related = [\"ERROR_NO_SUCH_LOGON_SESION\"]".to_owned(),
            format!("related = [\"{}\"]", long(100_000, "A")),
            format!("related = [\"{}\"]", long(10_000, "A")),
        ),
        (
            "check: an unknown key",
            "mesage = \"x\"".to_owned(),
            format!("{} = \"x\"", long(100_000, "k")),
            format!("{} = \"x\"", long(10_000, "k")),
        ),
        (
            "check: a family",
            "family = \"WinInet\"".to_owned(),
            format!("family = \"{}\"", long(100_000, "F")),
            format!("family = \"{}\"", long(10_000, "F")),
        ),
        (
            "check: a variant",
            "variant = \"BenchExtra\"".to_owned(),
            format!("variant = \"{}\"", long(100_000, "V")),
            format!("variant = \"{}\"", long(10_000, "V")),
        ),
    ] {
        let slug: String = what.chars().filter(char::is_ascii_alphanumeric).collect();
        cases.push(Case {
            what,
            ordinary: check(catalog_with(
                dir,
                &format!("{slug}-ordinary.toml"),
                &ordinary,
            )?),
            worst: check(catalog_with(dir, &format!("{slug}-worst.toml"), &worst)?),
            tenth: check(catalog_with(dir, &format!("{slug}-tenth.toml"), &tenth)?),
        });
    }
    let ordinary_line: String =
        "2026-11-30 08:14:02 INFO request done in 12 ms, status 200; ".repeat(100_000 / 60);
    cases.push(Case {
        what: "scan: one line of digits and hex",
        ordinary: scan_line(dir, "scan-ordinary.log", &ordinary_line)?,
        worst: scan_line(dir, "scan-worst.log", &long(100_000, "0123456789abcdef"))?,
        tenth: scan_line(dir, "scan-tenth.log", &long(10_000, "0123456789abcdef"))?,
    });
    // Every number a finding with several readings, and one in brackets, whose messages are
    // looked for around each: the rules that read beyond the number stay linear.
    cases.push(Case {
        what: "scan: one line of codes with several readings",
        ordinary: scan_line(dir, "scan-readings-ordinary.log", &ordinary_line)?,
        worst: scan_line(
            dir,
            "scan-readings-worst.log",
            &long(100_000, "error 691 (1060) "),
        )?,
        tenth: scan_line(
            dir,
            "scan-readings-tenth.log",
            &long(10_000, "error 691 (1060) "),
        )?,
    });
    Ok(cases)
}

/// The best time of [`RUNS`] runs of `input`.
fn best(binary: &Path, input: &Input, out: &Path) -> Result<Duration, String> {
    let mut best = Duration::MAX;
    for _ in 0..RUNS {
        let mut command = Command::new(binary);
        command.args(&input.args);
        if let Some(stdin) = &input.stdin {
            let file = std::fs::File::open(stdin).map_err(|e| e.to_string())?;
            command.stdin(file);
        }
        let (took, status) = time(command, out)?;
        if !matches!(status, Some(0..=2)) {
            return Err(format!(
                "win-errors exited with {status:?} on {:.60?}",
                input.args
            ));
        }
        best = best.min(took);
    }
    Ok(best)
}

/// Times every case and reports the ratios.
pub fn bench_worst() -> Result<String, String> {
    let dir = workspace_root().join("target").join("bench-worst");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let binary = release_cli()?;
    let out = dir.join("out.txt");
    let mut report = format!(
        "best of {RUNS} runs of the release binary (process start included)\n\
         {:<58} {:>10} {:>10} {:>10} {:>9} {:>9}\n",
        "input", "ordinary", "worst", "tenth", "worst/ord", "worst/10th"
    );
    for case in cases(&dir)? {
        let ordinary = best(&binary, &case.ordinary, &out)?;
        let worst = best(&binary, &case.worst, &out)?;
        let tenth = best(&binary, &case.tenth, &out)?;
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        let _ = writeln!(
            report,
            "{:<58} {:>8.1}ms {:>8.1}ms {:>8.1}ms {:>8.2}x {:>8.2}x",
            case.what,
            ms(ordinary),
            ms(worst),
            ms(tenth),
            worst.as_secs_f64() / ordinary.as_secs_f64(),
            worst.as_secs_f64() / tenth.as_secs_f64()
        );
    }
    report.push_str("target: every worst case within 20x of its ordinary input, and linear (worst/10th at most about 10x)\n");
    Ok(report)
}
