//! `cargo xtask bench-build`: what a user pays to build, on clean target directories, side by
//! side in one run: (a) a crate using only `WinError` with default features off, (b) the same
//! program with windows-sys, (c) a crate with default features that expands its own small
//! catalog and also uses `WinError`, (d) a crate deriving one error with thiserror, (e) (c)
//! whose catalog also relates to a shipped entry, which reads the shipped catalogs' names.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use crate::workspace_root;

/// Clean builds of each crate, alternating; the best is reported (the machine is shared, and
/// the best run is the one least disturbed).
const RUNS: usize = 5;

/// One crate to build: its name, its `[dependencies]`, its `main.rs`, the catalog it
/// expands, if any, and the crates of this workspace in its tree.
struct Contender {
    name: &'static str,
    what: &'static str,
    dependencies: String,
    main: &'static str,
    catalog: Option<String>,
    ours: &'static [&'static str],
}

/// The crates of a user's tree that come from this workspace, with the shipped types only
/// and with the macro.
const SHIPPED_TREE: &[&str] = &["win-errors", "win-errors-core", "win-errors-layout"];
const MACRO_TREE: &[&str] = &[
    "win-errors",
    "win-errors-core",
    "win-errors-layout",
    "win-errors-macros",
    "win-errors-generator",
    "win-errors-catalog",
];

const OWN_CATALOG: &str = r#"[catalog]
enum = "AppError"
codes = "other"

[[error]]
name = "APP_E_CONFIG_MISSING"
code = 1
message = "The configuration file is missing."
related = ["APP_E_CONFIG_INVALID"]

[[error]]
name = "APP_E_CONFIG_INVALID"
code = 2
message = "The configuration file is not valid."

[[error]]
name = "APP_E_NETWORK_DOWN"
code = 3
message = "The network is down."
"#;

/// The program of (c) and (e).
const OWN_CATALOG_MAIN: &str = r#"win_errors::win_errors!("catalog.toml");

fn main() {
    let own = AppError::from_code(1).unwrap();
    let system = win_errors::WinError::from_code(5).unwrap();
    println!("{own:#} {system:#} {:?}", own.related());
}
"#;

fn contenders() -> Vec<Contender> {
    let runtime = workspace_root().join("win-errors").display().to_string();
    vec![
        Contender {
            name: "a-win-errors-shipped",
            what: "(a) WinError only, default features off (std, system)",
            dependencies: format!(
                "win-errors = {{ path = {runtime:?}, default-features = false, features = [\"std\", \"system\"] }}"
            ),
            main: r#"fn main() {
    let error = win_errors::WinError::from_code(5).unwrap();
    println!("{} {}", error.name(), error.message().unwrap_or_default());
}
"#,
            catalog: None,
            ours: SHIPPED_TREE,
        },
        Contender {
            name: "b-windows-sys",
            what: "(b) the same program with windows-sys (Win32_Foundation)",
            dependencies:
                "windows-sys = { version = \"0.61.2\", features = [\"Win32_Foundation\"] }"
                    .to_owned(),
            main: r#"fn main() {
    let code = windows_sys::Win32::Foundation::ERROR_ACCESS_DENIED;
    println!("{code}");
}
"#,
            catalog: None,
            ours: &[],
        },
        Contender {
            name: "c-win-errors-own-catalog",
            what: "(c) default features: its own catalog expanded, and WinError",
            dependencies: format!("win-errors = {{ path = {runtime:?} }}"),
            main: OWN_CATALOG_MAIN,
            catalog: Some(OWN_CATALOG.to_owned()),
            ours: MACRO_TREE,
        },
        Contender {
            name: "d-thiserror",
            what: "(d) one error derived with thiserror",
            dependencies: "thiserror = \"2\"".to_owned(),
            main: r#"#[derive(Debug, thiserror::Error)]
enum AppError {
    #[error("the configuration file is missing")]
    ConfigMissing,
    #[error("the configuration file is not valid: {0}")]
    ConfigInvalid(String),
}

fn main() {
    println!("{} {}", AppError::ConfigMissing, AppError::ConfigInvalid("x".into()));
}
"#,
            catalog: None,
            ours: &[],
        },
        Contender {
            name: "e-win-errors-related-to-shipped",
            what: "(e) (c), its catalog related to WinError::ERROR_FILE_NOT_FOUND",
            dependencies: format!("win-errors = {{ path = {runtime:?} }}"),
            main: OWN_CATALOG_MAIN,
            // The same catalog, its first entry related to a shipped entry as well.
            catalog: Some(OWN_CATALOG.replace(
                r#"related = ["APP_E_CONFIG_INVALID"]"#,
                r#"related = ["APP_E_CONFIG_INVALID", "WinError::ERROR_FILE_NOT_FOUND"]"#,
            )),
            ours: MACRO_TREE,
        },
    ]
}

fn scratch_dir() -> PathBuf {
    workspace_root().join("target/xtask-bench-build")
}

/// Writes the contender's crate; returns its directory.
fn write_crate(contender: &Contender) -> Result<PathBuf, String> {
    let dir = scratch_dir().join(contender.name);
    std::fs::create_dir_all(dir.join("src")).map_err(|e| e.to_string())?;
    let mut manifest = format!(
        "[package]\nname = \"{}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\n{}\n\n[workspace]\n",
        contender.name, contender.dependencies
    );
    // Our crates are path dependencies here, and cargo compiles path dependencies
    // incrementally, which costs a clean build a third more; a user's build gets them from
    // crates.io and compiles them as it compiles windows-sys and thiserror, not incrementally.
    for package in contender.ours {
        let _ = write!(
            manifest,
            "\n[profile.dev.package.{package}]\nincremental = false\n"
        );
    }
    let write = |path: PathBuf, text: &str| {
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))
    };
    write(dir.join("Cargo.toml"), &manifest)?;
    write(dir.join("src/main.rs"), contender.main)?;
    if let Some(catalog) = &contender.catalog {
        write(dir.join("catalog.toml"), catalog)?;
    }
    // The workspace's lock pins the versions the workspace builds with.
    let lock = dir.join("Cargo.lock");
    if !lock.exists() {
        let _ = std::fs::copy(workspace_root().join("Cargo.lock"), &lock);
    }
    Ok(dir)
}

/// A clean debug build of the crate in `dir`: its time and the crates cargo compiled.
fn clean_build(dir: &Path) -> Result<(Duration, usize), String> {
    let target = dir.join("target");
    let _ = std::fs::remove_dir_all(&target);
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let start = Instant::now();
    let output = Command::new(cargo)
        .args(["build", "--offline", "--color", "never"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", &target)
        .env_remove("RUSTFLAGS")
        .output()
        .map_err(|e| format!("cargo: {e}"))?;
    let elapsed = start.elapsed();
    let log = String::from_utf8_lossy(&output.stderr);
    if !output.status.success() {
        return Err(format!("building {} failed:\n{log}", dir.display()));
    }
    let compiled = log
        .lines()
        .filter(|l| l.trim_start().starts_with("Compiling "))
        .count();
    Ok((elapsed, compiled))
}

/// Builds every contender five times, alternating, and reports the best of each.
pub fn bench_build() -> Result<String, String> {
    let contenders = contenders();
    let dirs = contenders
        .iter()
        .map(write_crate)
        .collect::<Result<Vec<_>, _>>()?;
    let mut best = vec![(Duration::MAX, 0usize); contenders.len()];
    for _ in 0..RUNS {
        for (slot, dir) in best.iter_mut().zip(&dirs) {
            let (took, crates) = clean_build(dir)?;
            if took < slot.0 {
                *slot = (took, crates);
            }
        }
    }
    let seconds = |i: usize| best.get(i).map_or(f64::NAN, |b| b.0.as_secs_f64());
    let mut report = format!(
        "clean debug builds, best of {RUNS}, {} cores:\n",
        std::thread::available_parallelism().map_or(1, usize::from)
    );
    for (contender, (took, crates)) in contenders.iter().zip(&best) {
        let _ = writeln!(
            report,
            "  {:<62} {:>6.2} s  {crates:>2} crates compiled",
            contender.what,
            took.as_secs_f64()
        );
    }
    let _ = writeln!(
        report,
        "(a) / (b): {:.2}x (target: within 2x)\n(c) / (d): {:.2}x (target: within 1.5x)\n\
         (e) / (c): {:.2}x (what relating to a shipped entry adds)",
        seconds(0) / seconds(1),
        seconds(2) / seconds(3),
        seconds(4) / seconds(2)
    );
    Ok(report)
}
