//! Project tasks behind `cargo xtask`: importing catalogs from Microsoft's error pages or a
//! Windows SDK `winerror.h` (`import` for the tasks and the writer they share, one module per
//! page shape, `pages` for what the pages share; each builds the catalog crate's
//! `write::draft`, checked by the build's rule book before it is written), synthetic
//! catalogs, and the size and compile-time measurements of `bench`. This file holds the command line. The shipped types
//! are not written here but by `cargo codegen`, which must build without the runtime that
//! xtask uses.

pub mod bench;
pub mod bench_build;
pub mod bench_scan;
pub mod bench_worst;
pub mod com_pages;
pub mod docs_pages;
pub mod driver_docs;
pub mod ese_page;
pub mod family_pages;
pub mod html_rows;
pub mod import;
pub mod markdown;
pub mod msi_page;
pub mod mutants;
pub mod ntstatus_cs;
pub mod overlay;
pub mod pages;
pub mod products;
pub mod sdk_names;
pub mod synthetic;
pub mod windows_sys;
pub mod winerror_h;

/// The workspace root (where `catalog.toml` lives).
pub use win_errors_codegen::workspace_root;

const USAGE: &str = "\
usage: cargo xtask <task>

The shipped types in win-errors-core/src/generated/ are written by `cargo codegen`, a
package apart from this one so that it builds when they do not.

tasks:
  import-docs <pages-dir> [--out FILE] [--overlay FILE] [--sdk DIR]
      Import the System Error Codes pages into a catalog (default: catalog.toml, merging
      catalog.overlay.toml), with every other Win32 error name of windows-sys as an alias
      or an entry without a message.
  import-com <pages-dir> [--out FILE] [--overlay FILE] [--sdk DIR]
      Import the COM Error Codes pages into a catalog (default: com.toml), with every
      other HRESULT name of windows-sys likewise.
  import-ntstatus <dir> [--out FILE] [--overlay FILE] [--sdk DIR]
      Import <dir>/NtStatus.cs (Windows Protocol Test Suites) into a catalog (default:
      ntstatus.toml), with every other NTSTATUS name of windows-sys likewise.
      --sdk names the windows-sys package to read (default: the version the workspace
      builds with, found by cargo metadata).
  import-ras <pages-dir> [--out FILE] [--overlay FILE]
      Import the Routing and Remote Access Error Codes page (families/ in <pages-dir>) into
      a catalog of its own code space (default: ras.toml).
  import-ese <pages-dir> [--out FILE] [--overlay FILE]
      Import the Extensible Storage Engine Error Codes page (families/ in <pages-dir>) into
      a catalog of signed codes (default: ese.toml).
  import-pdh <pages-dir> [--out FILE] [--overlay FILE]
      Import the Performance Data Helper error codes page (families/ in <pages-dir>) into
      a catalog of its own code space (default: pdh.toml).
  import-msi <pages-dir> [--out FILE] [--overlay FILE]
      Import the Windows Installer Error Messages page (families/ in <pages-dir>) into a
      catalog of numbered messages without names (default: msi.toml).
  import-mci <pages-dir> [--out FILE] [--overlay FILE]
      Import the General MCI Errors and Waveform-Audio Errors pages (families/ in
      <pages-dir>), with windows-sys's values, into a catalog of their own code space
      (default: mci.toml).
  import-bugcheck <driver-docs-dir> [--out FILE] [--overlay FILE] [--sdk DIR]
      Import the bug check and kernel live dump pages of the driver documentation
      (../shared/data/driver-docs) with every BUGCHECK_ERROR of windows-sys into a catalog
      of their own code space (default: bugcheck.toml).
  import-device <driver-docs-dir> [--out FILE] [--overlay FILE] [--sdk DIR]
      Import the Device Manager problem code pages with every CM_PROB of windows-sys into a
      catalog of their own code space (default: device.toml).
  import-setup <itpro-docs-dir> [--out FILE] [--overlay FILE]
      Import Windows Setup's upgrade result codes (../shared/data/itpro-docs) into a catalog
      (default: setup.toml), and the extend code's phase and operation tables into
      win-errors-core/src/setup_extend_data.rs.
  import-winerror <winerror.h> [--out FILE] [--overlay FILE] [--enum NAME]
      Import a Windows SDK winerror.h into a catalog (default: winerror.toml).
  bench-size
      Build a binary against catalogs of 1 entry, the shipped system catalog (with and
      without its reference sections), each other shipped catalog (COM, NTSTATUS, RAS, ESE,
      PDH, MCI, Windows Installer), 10000 and 100000 entries, and report static data growth
      and relocations.
  bench-compile
      Time rebuilding that binary's crate, debug and release, for the same catalogs.
  bench-report
      Print the last `cargo bench` run's lookup figures as ratios against their baselines.
  bench-build
      Clean debug builds, best of 5, of (a) a crate using only WinError (default features
      off), (b) the same with windows-sys, (c) a crate expanding its own catalog with
      default features, (d) a crate deriving one error with thiserror, (e) (c) with its
      catalog related to a shipped entry; times and ratios (our crates built as cargo
      builds a crates.io dependency, not incrementally).
  bench-worst
      Time the worst inputs a person can paste (100,000-character names, hex, words and
      catalog values, 20,000 arguments, a 100,000-character log line) against ordinary ones.
  bench-scan
      Time `win-errors scan` (release) over a generated 100 MiB log against `grep -cE` over
      a comparable pattern, both writing to a file, and print the ratio.
  mutants <crate> [cargo mutants options]
      Run cargo-mutants (installed apart: cargo install cargo-mutants) on one library crate
      with the tests that exercise it (xtask/src/mutants.rs) and print its score; options
      such as --shard 1/4 or --file GLOB pass through. TESTING.md has the scores.
  synthetic <count>
      Print a synthetic catalog of <count> entries shaped like the system catalog (the one
      the benchmarks and the scale test use).
";

/// Runs a task; returns what to print, or the error.
pub fn run(args: &[String]) -> Result<String, String> {
    let (task, rest) = args.split_first().ok_or_else(|| USAGE.to_owned())?;
    match task.as_str() {
        // Before the options are read: help takes no input path.
        "help" | "--help" | "-h" => return Ok(USAGE.to_owned()),
        "bench-size" => return bench::bench_size(),
        "bench-compile" => return bench::bench_compile(),
        "bench-report" => return bench::bench_report(),
        "bench-scan" => return bench_scan::bench_scan(),
        "bench-build" => return bench_build::bench_build(),
        "bench-worst" => return bench_worst::bench_worst(),
        "mutants" => return mutants::mutants(rest),
        "synthetic" => {
            let count = match rest {
                [count] => count
                    .parse()
                    .map_err(|_| format!("synthetic: `{count}` is not a count\n\n{USAGE}"))?,
                _ => return Err(format!("synthetic needs one count\n\n{USAGE}")),
            };
            return Ok(synthetic::synthetic_catalog(count));
        }
        // Named as unknown before any options are read, which would only report that the
        // input path is missing.
        other if !other.starts_with("import-") => {
            return Err(format!("unknown task `{other}`\n\n{USAGE}"));
        }
        _ => {}
    }
    let options = import::Options::parse(rest)?;
    match task.as_str() {
        "import-docs" => import::import_docs(&options),
        "import-com" => import::import_com(&options),
        "import-ntstatus" => import::import_ntstatus(&options),
        "import-ras" => import::own_space::import_ras(&options),
        "import-ese" => import::own_space::import_ese(&options),
        "import-pdh" => import::own_space::import_pdh(&options),
        "import-mci" => import::own_space::import_mci(&options),
        "import-msi" => import::own_space::import_msi(&options),
        "import-bugcheck" => import::driver_spaces::import_bugcheck(&options),
        "import-device" => import::driver_spaces::import_device(&options),
        "import-setup" => import::setup::import_setup(&options),
        "import-winerror" => import::import_winerror(&options),
        other => Err(format!("unknown task `{other}`\n\n{USAGE}")),
    }
}

#[cfg(test)]
mod tests {
    use super::{USAGE, run};

    fn args(args: &[&str]) -> Vec<String> {
        args.iter().map(|&a| a.to_owned()).collect()
    }

    #[test]
    fn help_and_unknown_tasks_need_no_input_path() {
        for help in ["help", "--help", "-h"] {
            assert_eq!(run(&args(&[help])), Ok(USAGE.to_owned()));
        }
        let unknown = run(&args(&["nope"])).unwrap_err();
        assert!(unknown.starts_with("unknown task `nope`"), "{unknown}");
        let missing = run(&args(&["import-docs"])).unwrap_err();
        assert!(missing.starts_with("missing the input path"), "{missing}");
    }
}
