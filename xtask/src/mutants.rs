//! `cargo xtask mutants <crate> [cargo mutants options]`: cargo-mutants on one library crate
//! with the tests that exercise it, its own and the integration tests that use it (the scope
//! below, one row a crate with the reason for each test), then its score from the outcomes.
//! `.cargo/mutants.toml` holds what applies to every crate (the files not mutated, and why).
//! TESTING.md gives the scores and the mutants that stay, each with its reason.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::workspace_root;

/// The tests one crate's mutants run: packages, and the test targets run in them.
pub struct Scope {
    /// The crate mutated.
    pub package: &'static str,
    /// The packages whose tests run (`cargo test -p` each).
    pub packages: &'static [&'static str],
    /// The targets run in those packages, as `cargo test` takes them (`--lib`, `--test x`):
    /// every target of every package when empty. A target a package does not have is
    /// skipped for it.
    pub targets: &'static [&'static str],
    /// Features turned on (`package/feature`), for code only a feature compiles.
    pub features: &'static [&'static str],
    /// Why these tests are the scope.
    pub why: &'static str,
}

impl Scope {
    /// `--features` and the scope's features, for the tests' cargo command and cargo-mutants
    /// alike; nothing when it turns none on.
    fn feature_args(&self) -> Vec<String> {
        match self.features {
            [] => Vec::new(),
            features => vec!["--features".to_owned(), features.join(",")],
        }
    }
}

/// The scope of every library crate.
pub const SCOPES: &[Scope] = &[
    Scope {
        package: "win-errors-layout",
        packages: &[
            "win-errors-layout",
            "win-errors-generator",
            "win-errors-core",
            "win-errors-tests",
        ],
        targets: &["--lib", "--test", "generated", "--test", "every_catalog"],
        features: &[],
        why: "its own unit tests; its builders write every shipped type, which the freshness test compares with the committed files; its readers read every entry of every shipped type in the runtime's tests and every_catalog",
    },
    Scope {
        package: "win-errors-catalog",
        packages: &["win-errors-catalog", "win-errors-generator"],
        targets: &[],
        features: &["win-errors-catalog/write"],
        why: "the rule book's own unit, property and hostile-input tests, and the generator's, which check catalogs through it; with `write` on, which neither turns on, for the canonical and draft writers and their tests",
    },
    Scope {
        package: "win-errors-generator",
        packages: &["win-errors-generator", "win-errors-tests"],
        targets: &[
            "--lib",
            "--test",
            "generated",
            "--test",
            "shipped_relations",
            "--test",
            "api",
        ],
        features: &[],
        why: "its own tests; the freshness test, which expands every shipped catalog and compares it with the committed files (any change to what is generated fails it); a catalog related to every shipped one; the generated API held to its description",
    },
    Scope {
        package: "win-errors-core",
        packages: &["win-errors-core", "win-errors", "win-errors-tests"],
        targets: &[
            "--lib",
            "--test",
            "readings",
            "--test",
            "every_catalog",
            "--test",
            "spaces",
            "--test",
            "serde",
        ],
        features: &[],
        why: "its own unit and property tests, the readings' properties, every item of every shipped type held to its catalog file, and its serde impls (on with the feature the integration tests turn on)",
    },
    Scope {
        package: "win-errors-scan",
        packages: &["win-errors-scan", "win-errors-tests"],
        targets: &[
            "--lib",
            "--test",
            "corpus",
            "--test",
            "properties",
            "--test",
            "real",
        ],
        features: &[],
        why: "its own tests, its regression corpus and properties, and the real log lines",
    },
    Scope {
        package: "win-errors-cli",
        packages: &["win-errors-cli"],
        targets: &[],
        features: &[],
        why: "its unit tests and the end-to-end tests of every command",
    },
];

/// The environment of the run's cargo commands and tests.
///
/// Optimized a little: the scan's tests of real logs and properties take 17 s unoptimized and
/// 3 s at opt-level 1, for a second more of incremental rebuild; debug assertions and overflow
/// checks stay on. A property a mutant breaks is reported without shrinking (the outcome is
/// all that counts) and without writing its seed into the tree (`proptest-regressions`).
const MUTATION_ENV: [(&str, &str); 4] = [
    ("CARGO_PROFILE_DEV_OPT_LEVEL", "1"),
    ("CARGO_PROFILE_TEST_OPT_LEVEL", "1"),
    ("PROPTEST_MAX_SHRINK_ITERS", "0"),
    ("PROPTEST_DISABLE_FAILURE_PERSISTENCE", "1"),
];

/// Runs the scope's tests on the unmutated tree, then cargo-mutants on `package` with the
/// same tests and `extra` options (`--shard 1/4`, `--file GLOB`, `--in-place`); returns the
/// score.
///
/// The baseline is run here because cargo-mutants 27 runs its own with the mutated package's
/// tests alone, where the scope's target filters (`--test every_catalog`) name targets that
/// package does not have. Its time sets the timeout of each mutant's tests.
pub fn mutants(args: &[String]) -> Result<String, String> {
    let (package, extra) = args
        .split_first()
        .ok_or_else(|| format!("mutants needs a crate: {}", crate_names()))?;
    let scope = SCOPES
        .iter()
        .find(|scope| scope.package == package)
        .ok_or_else(|| format!("no mutation scope for `{package}`: {}", crate_names()))?;
    let output = workspace_root().join("target/mutants").join(scope.package);
    std::fs::create_dir_all(&output).map_err(|e| format!("{}: {e}", output.display()))?;

    // Built first, so that the timed run is the tests alone: a mutant's tests take about as
    // long as they do.
    let baseline = |extra: &[&str]| -> Result<(), String> {
        let mut command = Command::new("cargo");
        command
            .current_dir(workspace_root())
            .envs(MUTATION_ENV)
            .arg("test");
        for tests in scope.packages {
            command.args(["--package", tests]);
        }
        let status = command
            .args(scope.feature_args())
            .args(scope.targets)
            .args(extra)
            .status()
            .map_err(|e| format!("cargo test: {e}"))?;
        if status.success() {
            Ok(())
        } else {
            Err(format!(
                "the tests of {package}'s scope fail unmutated: {status}"
            ))
        }
    };
    baseline(&["--no-run"])?;
    let started = Instant::now();
    baseline(&[])?;
    let test_timeout = test_timeout(started.elapsed().as_secs());

    let mut command = Command::new("cargo");
    command
        .current_dir(workspace_root())
        .envs(MUTATION_ENV)
        .args(["mutants", "--package", scope.package, "--output"])
        .arg(&output)
        .args(["--baseline=skip", "--timeout"])
        .arg(test_timeout.to_string())
        .arg("--build-timeout")
        .arg(build_timeout(extra).to_string());
    for tests in scope.packages {
        command.args(["--test-package", tests]);
    }
    command.args(scope.feature_args());
    // On every cargo command, the build's as well as the tests': cargo-mutants builds with
    // `cargo test --no-run`, which would otherwise link every test target of the packages
    // (37 in win-errors-tests) where a scope runs a few.
    for target in scope.targets {
        command.arg(format!("--cargo-arg={target}"));
    }
    command.args(extra);
    let status = command
        .status()
        .map_err(|e| format!("cargo mutants: {e} (cargo install cargo-mutants)"))?;
    // 0: every mutant caught, 2: some missed, 3: some timed out; anything else is a run
    // that did not happen (bad options).
    if !matches!(status.code(), Some(0 | 2 | 3)) {
        return Err(format!("cargo mutants did not run the mutants: {status}"));
    }
    let score = score(&output.join("mutants.out"))?;
    Ok(format!(
        "{}: {score} (outcomes in {})",
        scope.package,
        output.join("mutants.out").display()
    ))
}

/// How long a mutant's tests may take, in seconds, when the unmutated ones took `baseline`:
/// three times as long, and at least 30 s, so that a scope whose tests take 3 s (the rule
/// book's) is not stopped by a busy machine, while a mutant that loops (an index that no
/// longer advances) costs half a minute rather than two.
fn test_timeout(baseline: u64) -> u64 {
    (baseline * 3).max(30)
}

/// How long a mutant's build may take, in seconds. Without `--in-place` a mutant is built in
/// a copy without the target directory, so the first build compiles every dependency; in
/// place each build is incremental (2 to 60 s). A mutant that loops in the generator loops
/// inside rustc, growing by a gigabyte a minute (`at *= c.len_utf8()` in the docs' escaping):
/// ten minutes keep it well inside the machine's memory.
fn build_timeout(extra: &[String]) -> u32 {
    if extra.iter().any(|arg| arg == "--in-place") {
        600
    } else {
        1800
    }
}

fn crate_names() -> String {
    SCOPES
        .iter()
        .map(|scope| scope.package)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The caught, missed, timed-out and unviable mutants of a run, from cargo-mutants' lists.
pub fn score(out: &Path) -> Result<String, String> {
    let count = |file: &str| -> Result<usize, String> {
        let path: PathBuf = out.join(file);
        match std::fs::read_to_string(&path) {
            Ok(text) => Ok(text.lines().filter(|l| !l.trim().is_empty()).count()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(0),
            Err(e) => Err(format!("{}: {e}", path.display())),
        }
    };
    let caught = count("caught.txt")?;
    let missed = count("missed.txt")?;
    let timeout = count("timeout.txt")?;
    let unviable = count("unviable.txt")?;
    let viable = caught + missed + timeout;
    let percent = if viable == 0 {
        0.0
    } else {
        100.0 * (caught + timeout) as f64 / viable as f64
    };
    Ok(format!(
        "{percent:.1}% of {viable} viable mutants caught ({caught} caught, {timeout} timed out, {missed} missed; {unviable} unviable)"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_build_in_place_has_less_time_than_one_from_scratch() {
        let args = |list: &[&str]| list.iter().map(|a| (*a).to_owned()).collect::<Vec<_>>();
        assert_eq!(build_timeout(&args(&["--in-place", "--iterate"])), 600);
        assert_eq!(build_timeout(&args(&["--shard", "1/4"])), 1800);
    }

    #[test]
    fn a_mutants_tests_have_three_times_the_baseline_and_at_least_30_s() {
        assert_eq!((test_timeout(4), test_timeout(40)), (30, 120));
    }

    #[test]
    fn every_library_crate_has_a_scope_of_packages_in_the_workspace() {
        let workspace = std::fs::read_to_string(workspace_root().join("Cargo.toml")).unwrap();
        for scope in SCOPES {
            assert!(scope.packages.contains(&scope.package), "{}", scope.package);
            for package in scope.packages {
                // Each member's folder is its name, but for the integration tests'.
                let dir = if *package == "win-errors-tests" {
                    "tests"
                } else {
                    package
                };
                assert!(workspace.contains(&format!("\"{dir}\"")), "{package}");
            }
            assert!(!scope.why.is_empty());
        }
        for library in [
            "win-errors-layout",
            "win-errors-catalog",
            "win-errors-generator",
            "win-errors-core",
            "win-errors-scan",
            "win-errors-cli",
        ] {
            assert!(SCOPES.iter().any(|s| s.package == library), "{library}");
        }
    }

    #[test]
    fn the_score_counts_timeouts_as_caught_and_leaves_unviable_out() {
        let dir = std::env::temp_dir().join(format!("xtask-mutants-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("caught.txt"), "a\nb\nc\n").unwrap();
        std::fs::write(dir.join("missed.txt"), "d\n").unwrap();
        std::fs::write(dir.join("unviable.txt"), "e\nf\n").unwrap();
        assert_eq!(
            score(&dir).unwrap(),
            "75.0% of 4 viable mutants caught (3 caught, 0 timed out, 1 missed; 2 unviable)"
        );
        std::fs::remove_dir_all(dir).unwrap();
    }
}
