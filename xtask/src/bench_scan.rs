//! `cargo xtask bench-scan`: `win-errors scan` over a generated log of about 100 MB, side by
//! side with `grep -cE` over a comparable pattern on the same file, both writing to a file.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::workspace_root;

/// The generated log's size.
const LOG_BYTES: usize = 100 << 20;
/// Runs of each side, alternating; the best of each is reported.
const RUNS: usize = 5;
/// What grep looks for: the scanner's candidate shapes (a decimal after an error word, hex
/// with and without `0x`, upper-case names), as one extended expression.
const GREP_PATTERN: &str = r"(error|err|code|exit|returned|hr|hresult)[ :=(]*-?[0-9]+|0[xX][0-9A-Fa-f]{1,16}|\b[0-9A-Fa-f]{8}\b|\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b";

/// A deterministic generator (xorshift), so every run scans the same log.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items
            .get(self.below(items.len() as u64) as usize)
            .copied()
            .unwrap_or_default()
    }
}

/// Ordinary lines (timestamps, ids, ports, durations, sizes, versions, addresses, hashes),
/// and about 3% holding a code in one of the shapes logs write them in.
fn log_line(rng: &mut Rng, out: &mut String) {
    let (h, m, s, ms) = (rng.below(24), rng.below(60), rng.below(60), rng.below(1000));
    let level = rng.pick(&["INFO", "DEBUG", "WARN", "INFO", "TRACE"]);
    let component = rng.pick(&["http", "db", "worker-3", "scheduler", "cache", "auth"]);
    let _ = write!(
        out,
        "2026-11-30 {h:02}:{m:02}:{s:02}.{ms:03} {level:<5} [{component}] "
    );
    if rng.below(100) < 3 {
        let shape = match rng.below(8) {
            0 => "Process exited with code -1073741515".to_owned(),
            1 => format!("exit code: 0xc00000{:02x}", 5 + rng.below(0x40)),
            2 => format!("CreateFileW failed (os error {})", 2 + rng.below(5)),
            3 => "CoCreateInstance failed, hr = 0x80004005".to_owned(),
            4 => "err:module:import_dll Library foo.dll not found, status c0000135".to_owned(),
            5 => "session setup failed: NT_STATUS_LOGON_FAILURE".to_owned(),
            6 => format!("GetLastError() returned {}", 1300 + rng.below(20)),
            _ => "Error { code: HRESULT(0x80070002), message: \"not found\" }".to_owned(),
        };
        out.push_str(&shape);
    } else {
        let _ = match rng.below(6) {
            0 => write!(
                out,
                "GET /api/v1/items/{} 200 {} bytes in {} ms from 10.0.{}.{}:{}",
                rng.below(100_000),
                rng.below(65_536),
                rng.below(2000),
                rng.below(256),
                rng.below(256),
                1024 + rng.below(60_000)
            ),
            1 => write!(
                out,
                "pid={} tid={} processed {} items, queue depth {}",
                rng.below(65_536),
                rng.below(65_536),
                rng.below(10_000),
                rng.below(500)
            ),
            2 => write!(
                out,
                "object 0x{:016X} freed, generation {} version 10.0.{}.{}",
                rng.next(),
                rng.below(3),
                rng.below(30_000),
                rng.below(9999)
            ),
            3 => write!(
                out,
                "cache hit ratio {}.{}% for key user:{}:profile (sha {:016x}{:016x})",
                rng.below(100),
                rng.below(10),
                rng.below(1_000_000),
                rng.next(),
                rng.next()
            ),
            4 => write!(
                out,
                "request {:08x}-{:04x}-{:04x} completed, retries {}, took {}.{}s",
                rng.next() as u32,
                rng.below(65_536),
                rng.below(65_536),
                rng.below(5),
                rng.below(60),
                rng.below(1000)
            ),
            _ => write!(
                out,
                "scheduled job {} for {} users; next run in {} minutes",
                rng.below(1000),
                rng.below(100_000),
                rng.below(120)
            ),
        };
    }
    out.push('\n');
}

/// The log file, written once and kept between runs.
fn log_file(dir: &Path) -> Result<PathBuf, String> {
    let path = dir.join("scan-bench.log");
    if std::fs::metadata(&path).is_ok_and(|m| m.len() as usize >= LOG_BYTES) {
        return Ok(path);
    }
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut rng = Rng(0x5CA9_1065_7A1E_D00D);
    let mut file = std::io::BufWriter::new(
        std::fs::File::create(&path).map_err(|e| format!("{}: {e}", path.display()))?,
    );
    let mut written = 0;
    let mut line = String::new();
    while written < LOG_BYTES {
        line.clear();
        log_line(&mut rng, &mut line);
        file.write_all(line.as_bytes())
            .map_err(|e| format!("{}: {e}", path.display()))?;
        written += line.len();
    }
    file.flush()
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}

/// The release `win-errors` binary, built now.
pub(crate) fn release_cli() -> Result<PathBuf, String> {
    let root = workspace_root();
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(cargo)
        .args(["build", "--release", "--quiet", "-p", "win-errors-cli"])
        .current_dir(&root)
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err("cargo build --release -p win-errors-cli failed".to_owned());
    }
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from);
    Ok(target.join("release").join("win-errors"))
}

/// The time `command` takes with its output into `output`, and its exit status.
pub(crate) fn time(mut command: Command, output: &Path) -> Result<(Duration, Option<i32>), String> {
    let sink = std::fs::File::create(output).map_err(|e| format!("{}: {e}", output.display()))?;
    let start = Instant::now();
    let status = command
        .stdout(sink)
        .stderr(Stdio::null())
        .status()
        .map_err(|e| format!("cannot run {command:?}: {e}"))?;
    Ok((start.elapsed(), status.code()))
}

/// Runs the benchmark and reports each time and the ratio.
pub fn bench_scan() -> Result<String, String> {
    let dir = workspace_root().join("target").join("bench-scan");
    let log = log_file(&dir)?;
    let binary = release_cli()?;
    let size = std::fs::metadata(&log).map_err(|e| e.to_string())?.len();
    let ours_out = dir.join("scan.out");
    let grep_out = dir.join("grep.out");
    let mut ours = Duration::MAX;
    let mut grep = Duration::MAX;
    for _ in 0..RUNS {
        let mut scan = Command::new(&binary);
        scan.arg("scan").arg(&log);
        let (took, status) = time(scan, &ours_out)?;
        if status != Some(0) {
            return Err(format!("win-errors scan exited with {status:?}"));
        }
        ours = ours.min(took);
        let mut grep_command = Command::new("grep");
        grep_command
            .env("LC_ALL", "C")
            .args(["-cE", GREP_PATTERN])
            .arg(&log);
        let (took, status) = time(grep_command, &grep_out)?;
        if status != Some(0) {
            return Err(format!(
                "grep exited with {status:?}: is GNU grep installed?"
            ));
        }
        grep = grep.min(took);
    }
    let findings = std::fs::read_to_string(&ours_out).map_or(0, |text| {
        text.lines().filter(|l| l.starts_with("  ")).count()
    });
    let grep_lines = std::fs::read_to_string(&grep_out).unwrap_or_default();
    let mb = size as f64 / f64::from(1 << 20);
    let mut report = String::new();
    let _ = writeln!(
        report,
        "log: {mb:.0} MiB, {} ({findings} codes found; grep counts {} candidate lines)",
        log.display(),
        grep_lines.trim()
    );
    let _ = writeln!(
        report,
        "win-errors scan FILE > out: {:.3} s ({:.0} MiB/s), best of {RUNS}",
        ours.as_secs_f64(),
        mb / ours.as_secs_f64()
    );
    let _ = writeln!(
        report,
        "grep -cE PATTERN FILE > out (LC_ALL=C): {:.3} s ({:.0} MiB/s), best of {RUNS}",
        grep.as_secs_f64(),
        mb / grep.as_secs_f64()
    );
    let _ = writeln!(
        report,
        "ratio scan / grep: {:.2}x (target: within 2x)",
        ours.as_secs_f64() / grep.as_secs_f64()
    );
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_log_is_the_same_every_time_and_a_few_percent_of_its_lines_hold_codes() {
        let generate = || {
            let mut rng = Rng(0x5CA9_1065_7A1E_D00D);
            let mut text = String::new();
            for _ in 0..10_000 {
                log_line(&mut rng, &mut text);
            }
            text
        };
        let text = generate();
        assert_eq!(text, generate());
        let matcher = win_errors_scan::Matcher::new();
        let with_codes = text
            .lines()
            .filter(|l| matcher.findings(l.as_bytes()).next().is_some())
            .count();
        // About 3% of the lines hold a code; the ordinary lines hold none.
        assert!((200..=400).contains(&with_codes), "{with_codes}");
    }
}
