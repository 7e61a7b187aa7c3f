//! `bench-size` and `bench-compile`: what a catalog costs a user's binary and build.
//!
//! Both build the same scratch binary crate against catalogs of 1, 2,745 (the shipped one),
//! 10,000 and 100,000 entries, in one target directory so dependencies build once.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use win_errors_catalog::keys::{CONTEXT, ENUM, FAQ, MEANING, REMEDIES, SUMMARY};
use win_errors_catalog::toml_string;

use crate::synthetic::synthetic_catalog;
use crate::workspace_root;

/// The catalogs measured: a label and the catalog text.
fn catalogs() -> Result<Vec<(String, String)>, String> {
    let shipped = std::fs::read_to_string(workspace_root().join("catalog.toml"))
        .map_err(|e| format!("catalog.toml: {e}"))?;
    let count = win_errors_catalog::check(&shipped)
        .map_err(|_| "catalog.toml breaks the catalog rules".to_owned())?
        .entries
        .len();
    let plain = without_sections(&shipped)?;
    let mut catalogs = vec![
        ("1".to_owned(), synthetic_catalog(1)),
        (format!("{count} (shipped, sections removed)"), plain),
        (format!("{count} (shipped)"), shipped),
    ];
    // The other shipped catalogs, under the type name the program uses.
    let others = win_errors_codegen::SHIPPED
        .iter()
        .map(|&(file, _)| file)
        .filter(|&file| file != "catalog.toml");
    for file in others {
        let text = std::fs::read_to_string(workspace_root().join(file))
            .map_err(|e| format!("{file}: {e}"))?;
        let count = win_errors_catalog::check(&text)
            .map_err(|_| format!("{file} breaks the catalog rules"))?
            .entries
            .len();
        let enum_setting = format!("{ENUM} = ");
        let renamed: String = text
            .lines()
            .map(|line| {
                if line.starts_with(&enum_setting) {
                    format!("{enum_setting}{}\n", toml_string("WinError"))
                } else {
                    format!("{line}\n")
                }
            })
            .collect();
        catalogs.push((format!("{count} ({file})"), renamed));
    }
    catalogs.push(("10000".to_owned(), synthetic_catalog(10_000)));
    catalogs.push(("100000".to_owned(), synthetic_catalog(100_000)));
    Ok(catalogs)
}

/// The shipped catalog without its reference sections, to measure what they cost. The
/// catalog is in `win-errors fmt`'s canonical layout (a test asserts it), where each section
/// is one line, or a `[`...`]` block for remedies and the FAQ.
fn without_sections(catalog: &str) -> Result<String, String> {
    let blocks = [REMEDIES, FAQ].map(|key| format!("{key} = ["));
    let one_line = [MEANING, CONTEXT, SUMMARY].map(|key| format!("{key} = "));
    let mut out = String::with_capacity(catalog.len());
    let mut in_block = false;
    for line in catalog.lines() {
        if in_block {
            in_block = line != "]";
            continue;
        }
        if blocks.iter().any(|block| line == block) {
            in_block = true;
            continue;
        }
        if one_line.iter().any(|key| line.starts_with(key.as_str())) {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    let checked = win_errors_catalog::check(&out)
        .map_err(|d| format!("the catalog without sections has {} problems", d.len()))?;
    if checked.entries.iter().any(|e| !e.sections.is_empty()) {
        return Err("catalog.toml is not in canonical layout: run `win-errors fmt`".to_owned());
    }
    Ok(out)
}

/// The bytes of an entry's reference sections.
fn section_bytes(entry: &win_errors_catalog::CheckedEntry) -> usize {
    let sections = &entry.sections;
    [&sections.meaning, &sections.context, &sections.summary]
        .into_iter()
        .flatten()
        .map(String::len)
        .chain(sections.remedies.iter().map(String::len))
        .chain(
            sections
                .faq
                .iter()
                .map(|f| f.question.len() + f.answer.len()),
        )
        .chain(sections.parameters.iter().map(|parameter| {
            parameter.description.as_ref().map_or(0, String::len)
                + parameter
                    .values
                    .iter()
                    .map(|value| {
                        value.value.len()
                            + value.meaning.as_ref().map_or(0, String::len)
                            + value
                                .arguments
                                .iter()
                                .flatten()
                                .map(String::len)
                                .sum::<usize>()
                    })
                    .sum::<usize>()
        }))
        .sum()
}

/// The bytes of text a catalog holds: names, aliases, messages and descriptions.
pub fn raw_text_bytes(catalog: &str) -> Result<usize, String> {
    let checked =
        win_errors_catalog::check(catalog).map_err(|d| format!("{} problems", d.len()))?;
    Ok(checked
        .entries
        .iter()
        .map(|e| {
            e.name.len()
                + e.message.as_ref().map_or(0, String::len)
                + e.aliases.iter().map(String::len).sum::<usize>()
                + e.description.as_ref().map_or(0, String::len)
                + section_bytes(e)
        })
        .sum())
}

const MAIN: &str = r#"
win_errors::win_errors!("catalog.toml");

// Touches every table: lookups both ways, every accessor, Debug and Display.
fn main() {
    for argument in std::env::args().skip(1) {
        if let Ok(entry) = argument.parse::<WinError>() {
            println!(
                "{entry:#} {entry:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?}",
                entry.description(),
                entry.related(),
                entry.referenced_by(),
                entry.aliases().collect::<Vec<_>>(),
                entry.meaning(),
                entry.context(),
                entry.remedies(),
                entry.faq(),
                entry.summary()
            );
            for parameter in entry.parameters() {
                println!("{parameter:?} {:?}", parameter.values.clone().collect::<Vec<_>>());
            }
        }
    }
}
"#;

fn scratch_dir() -> PathBuf {
    workspace_root().join("target/xtask-bench")
}

/// Writes the scratch crate for one catalog; returns its directory.
fn scratch_crate(label: &str, catalog: &str) -> Result<PathBuf, String> {
    let slug: String = label
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let dir = scratch_dir().join(format!("catalog-{slug}"));
    std::fs::create_dir_all(dir.join("src")).map_err(|e| e.to_string())?;
    let runtime = workspace_root().join("win-errors");
    let manifest = format!(
        "[package]\nname = \"bench-{slug}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\nwin-errors = {{ path = {}, default-features = false, features = [\"macro\"] }}\n\n[workspace]\n",
        toml_string(&runtime.display().to_string())
    );
    write_if_changed(&dir.join("Cargo.toml"), &manifest)?;
    write_if_changed(&dir.join("src/main.rs"), MAIN)?;
    write_if_changed(&dir.join("catalog.toml"), catalog)?;
    let lock = workspace_root().join("Cargo.lock");
    if !dir.join("Cargo.lock").exists() {
        std::fs::copy(&lock, dir.join("Cargo.lock")).map_err(|e| e.to_string())?;
    }
    Ok(dir)
}

fn write_if_changed(path: &Path, text: &str) -> Result<(), String> {
    if std::fs::read_to_string(path).is_ok_and(|old| old == text) {
        return Ok(());
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// What one build of the scratch crate cost.
#[derive(Clone, Copy)]
struct Build {
    elapsed: Duration,
    /// Peak resident memory of cargo and the processes it waited for (rustc), in KiB,
    /// when GNU time is installed to measure it.
    peak_kib: Option<u64>,
}

/// GNU time: its `%M` is the largest peak resident size among the process and the children
/// it waited for, which for a build of one crate is rustc's.
const GNU_TIME: &str = "/usr/bin/time";

/// Builds the scratch crate; returns the time cargo took and its peak memory.
fn cargo_build(dir: &Path, release: bool) -> Result<Build, String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let peak_file = scratch_dir().join("peak-memory.txt");
    let measure_memory = Path::new(GNU_TIME).is_file();
    let mut command = if measure_memory {
        let mut command = Command::new(GNU_TIME);
        command
            .arg("-f")
            .arg("%M")
            .arg("-o")
            .arg(&peak_file)
            .arg(cargo);
        command
    } else {
        Command::new(cargo)
    };
    command
        .args(["build", "--quiet", "--offline"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", scratch_dir().join("target"))
        .env_remove("RUSTFLAGS");
    if release {
        command.arg("--release");
    }
    let start = Instant::now();
    let output = command.output().map_err(|e| format!("cargo: {e}"))?;
    let elapsed = start.elapsed();
    if !output.status.success() {
        return Err(format!(
            "building {} failed:\n{}",
            dir.display(),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let peak_kib = measure_memory
        .then(|| std::fs::read_to_string(&peak_file).ok())
        .flatten()
        .and_then(|text| text.lines().last()?.trim().parse().ok());
    Ok(Build { elapsed, peak_kib })
}

fn binary(dir: &Path, release: bool) -> Result<PathBuf, String> {
    let name = dir
        .file_name()
        .and_then(|n| n.to_str())
        .map(|n| n.replace("catalog-", "bench-"))
        .ok_or("scratch directory name")?;
    let profile = if release { "release" } else { "debug" };
    Ok(scratch_dir().join("target").join(profile).join(name))
}

/// Sizes of the ELF sections that hold static data and relocations.
fn sections(binary: &Path) -> Result<Vec<(String, u64)>, String> {
    use object::{Object, ObjectSection};
    let data = std::fs::read(binary).map_err(|e| format!("{}: {e}", binary.display()))?;
    let file = object::File::parse(&*data).map_err(|e| format!("{}: {e}", binary.display()))?;
    Ok([".text", ".rodata", ".data.rel.ro", ".rela.dyn", ".data"]
        .iter()
        .map(|name| {
            let size = file.section_by_name(name).map_or(0, |s| s.size());
            ((*name).to_owned(), size)
        })
        .collect())
}

/// `cargo xtask bench-size`.
pub fn bench_size() -> Result<String, String> {
    let mut rows = Vec::new();
    for (label, catalog) in catalogs()? {
        let dir = scratch_crate(&label, &catalog)?;
        cargo_build(&dir, true)?;
        let sizes = sections(&binary(&dir, true)?)?;
        rows.push((label, raw_text_bytes(&catalog)?, sizes));
    }
    let Some((_, base_text, base_sizes)) = rows.first().cloned() else {
        return Err("no catalogs".to_owned());
    };
    let mut out = String::from(
        "| entries | raw text bytes | .rodata growth | growth / raw text | .data.rel.ro | .rela.dyn | .text |\n|---|---|---|---|---|---|---|\n",
    );
    let get = |name: &str, from: &[(String, u64)]| {
        from.iter().find(|(n, _)| n == name).map_or(0, |(_, s)| *s)
    };
    for (label, text, sizes) in &rows {
        let growth = get(".rodata", sizes) as i64 - get(".rodata", &base_sizes) as i64;
        let text_growth = *text as i64 - base_text as i64;
        let ratio = if text_growth > 0 {
            format!("{:.3}x", growth as f64 / text_growth as f64)
        } else {
            "-".to_owned()
        };
        let _ = writeln!(
            out,
            "| {label} | {text} | {growth} | {ratio} | {} | {} | {} |",
            get(".data.rel.ro", sizes),
            get(".rela.dyn", sizes),
            get(".text", sizes)
        );
    }
    // What the reference sections cost: the shipped catalog against itself without them.
    let rodata = |suffix: &str| {
        rows.iter()
            .find(|(label, ..)| label.ends_with(suffix))
            .map(|(_, text, sizes)| (*text as i64, get(".rodata", sizes) as i64))
    };
    if let (Some((plain_text, plain)), Some((rich_text, rich))) =
        (rodata("(shipped, sections removed)"), rodata("(shipped)"))
    {
        let text = rich_text - plain_text;
        let cost = rich - plain;
        let _ = writeln!(
            out,
            "\nReference sections: {text} bytes of text cost {cost} bytes of .rodata ({:.3}x).",
            cost as f64 / text.max(1) as f64
        );
    }
    Ok(out)
}

/// `cargo xtask bench-compile`: the time and peak memory to rebuild the scratch crate alone
/// (dependencies built), debug and release, best of three, and the growth from the
/// previous catalog size.
pub fn bench_compile() -> Result<String, String> {
    let mut out = String::from(
        "| entries | debug build, s | debug peak memory, MiB | release build, s | release peak memory, MiB |\n|---|---|---|---|---|\n",
    );
    let mut rows: Vec<(String, [Build; 2])> = Vec::new();
    for (label, catalog) in catalogs()? {
        let dir = scratch_crate(&label, &catalog)?;
        let mut builds = Vec::new();
        for release in [false, true] {
            cargo_build(&dir, release)?;
            let mut best: Option<Build> = None;
            for _ in 0..3 {
                // Editing the catalog is what makes cargo rebuild the crate.
                let path = dir.join("catalog.toml");
                std::fs::write(&path, format!("{catalog}\n# touched\n"))
                    .map_err(|e| e.to_string())?;
                std::fs::write(&path, &catalog).map_err(|e| e.to_string())?;
                let build = cargo_build(&dir, release)?;
                if best.is_none_or(|b| build.elapsed < b.elapsed) {
                    best = Some(build);
                }
            }
            builds.push(best.ok_or("no build")?);
        }
        let [debug, release] = <[Build; 2]>::try_from(builds).map_err(|_| "two builds")?;
        let mib = |b: Build| {
            b.peak_kib
                .map_or("-".to_owned(), |k| format!("{:.0}", k as f64 / 1024.0))
        };
        let _ = writeln!(
            out,
            "| {label} | {:.2} | {} | {:.2} | {} |",
            debug.elapsed.as_secs_f64(),
            mib(debug),
            release.elapsed.as_secs_f64(),
            mib(release)
        );
        rows.push((label, [debug, release]));
    }
    out.push_str(
        "\nGrowth from one size to the next (entries ratio: time ratio debug / release):\n",
    );
    for pair in rows.windows(2) {
        if let [
            (small, [small_debug, small_release]),
            (large, [large_debug, large_release]),
        ] = pair
        {
            let ratio = |a: Build, b: Build| b.elapsed.as_secs_f64() / a.elapsed.as_secs_f64();
            let _ = writeln!(
                out,
                "- {small} -> {large}: {:.1}x / {:.1}x",
                ratio(*small_debug, *large_debug),
                ratio(*small_release, *large_release)
            );
        }
    }
    Ok(out)
}

/// The mean time per iteration, in nanoseconds, of a criterion benchmark (`group/name`),
/// from `target/criterion/<id>/new/estimates.json`.
fn criterion_mean(id: &str) -> Option<f64> {
    let path = workspace_root()
        .join("target/criterion")
        .join(id)
        .join("new/estimates.json");
    let text = std::fs::read_to_string(path).ok()?;
    // {"mean":{"confidence_interval":{...},"point_estimate":123.4,...},...}
    let mean = text.get(text.find("\"mean\"")?..)?;
    let value = mean.get(mean.find("\"point_estimate\":")? + "\"point_estimate\":".len()..)?;
    let end = value.find([',', '}'])?;
    value.get(..end)?.trim().parse().ok()
}

/// `cargo xtask bench-report`: the last `cargo bench` run's lookups as ns per lookup and as
/// ratios against the baselines measured in the same run.
pub fn bench_report() -> Result<String, String> {
    const PER_ITERATION: f64 = 1024.0;
    let per = |id: &str| criterion_mean(id).map(|ns| ns / PER_ITERATION);
    let mut out = String::from(
        "| benchmark | ns per lookup | ours vs dense floor | HashMap / ours | phf / ours | sorted slice / ours |\n|---|---|---|---|---|---|\n",
    );
    for (kind, label) in [("hit", "hits"), ("miss", "misses")] {
        // criterion writes group `a/b` to the folder `a_b`.
        let group = format!("code_to_message_{kind}");
        let get = |name: &str| per(&format!("{group}/{name}"));
        let ours =
            get("win_errors").ok_or("no results: run `cargo bench -p win-errors-benches` first")?;
        let ratio =
            |other: Option<f64>| other.map_or("-".to_owned(), |o| format!("{:.2}x", o / ours));
        let floor = get("dense_floor").map_or("-".to_owned(), |f| format!("{:.2}x", ours / f));
        let _ = writeln!(
            out,
            "| from_code + message, random {label} | {ours:.2} | {floor} | {} | {} | {} |",
            ratio(get("hash_map")),
            ratio(get("phf_map")),
            ratio(get("sorted_slice"))
        );
        if let (Some(index), Some(floor)) =
            (get("win_errors_index_only"), get("dense_floor_index_only"))
        {
            let _ = writeln!(
                out,
                "| from_code alone, random {label} | {index:.2} | {:.2}x | - | - | - |",
                index / floor
            );
        }
    }
    if let (Some(ours), Some(map)) = (
        per("name_to_entry/win_errors"),
        per("name_to_entry/hash_map"),
    ) {
        let _ = writeln!(
            out,
            "| from_name, random hits | {ours:.2} | - | {:.2}x | - | - |",
            map / ours
        );
    }
    for name in ["message", "alternate", "debug"] {
        if let Some(ns) = per(&format!("display/{name}")) {
            let _ = writeln!(out, "| format `{name}` | {ns:.2} | - | - | - | - |");
        }
    }
    if let Some(ns) = criterion_mean("expand_shipped_catalog") {
        let _ = writeln!(
            out,
            "| expansion of the shipped catalog | {:.1} ms | - | - | - | - |",
            ns / 1e6
        );
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_catalog_without_sections_keeps_every_entry() {
        let shipped = std::fs::read_to_string(workspace_root().join("catalog.toml")).unwrap();
        let plain = without_sections(&shipped).unwrap();
        assert!(plain.len() < shipped.len());
        let count = |text: &str| win_errors_catalog::check(text).unwrap().entries.len();
        assert_eq!(count(&plain), count(&shipped));
    }
}
