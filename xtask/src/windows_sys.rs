//! The constants of windows-sys (MIT OR Apache-2.0), read from the source of the version the
//! workspace builds with: names and values are facts, and windows-sys has the NTSTATUS names
//! no permissively licensed message list has. The importers fill names and values from it; the
//! integration tests cross-check the shipped catalogs against it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The windows-sys version the workspace's tests depend on.
const VERSION_PREFIX: &str = "0.61";

/// The directory of the windows-sys package the workspace builds with, found with
/// `cargo metadata` for the host only (so it works offline with Windows-only crates in the
/// graph). `workspace` is any directory of the workspace.
pub fn package_dir(workspace: &Path) -> Result<PathBuf, String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let rustc = Command::new("rustc")
        .arg("-vV")
        .output()
        .map_err(|e| format!("cannot run rustc -vV: {e}"))?;
    let host = String::from_utf8_lossy(&rustc.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("host: ").map(str::to_owned))
        .ok_or("rustc -vV does not name the host")?;
    let output = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--offline"])
        .args(["--filter-platform", &host])
        .current_dir(workspace)
        .output()
        .map_err(|e| format!("cannot run cargo metadata: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "cargo metadata failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout)
        .map_err(|e| format!("cargo metadata printed no JSON: {e}"))?;
    let manifest = metadata["packages"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|p| {
            p["name"] == "windows-sys"
                && p["version"]
                    .as_str()
                    .is_some_and(|v| v.starts_with(VERSION_PREFIX))
        })
        .and_then(|p| p["manifest_path"].as_str())
        .ok_or_else(|| format!("windows-sys {VERSION_PREFIX} is not in the dependency graph"))?;
    Path::new(manifest)
        .parent()
        .map(Path::to_path_buf)
        .ok_or_else(|| format!("{manifest} has no directory"))
}

/// Every integer `pub const` under `package/src` whose declaration line passes `keep`, as
/// `(name, value)` in no particular order. A name may be declared in several modules, with
/// different values when it means different things there.
pub fn constants_where(
    package: &Path,
    keep: impl Fn(&str) -> bool,
) -> Result<Vec<(String, u32)>, String> {
    Ok(declared_where(package, keep)?
        .into_iter()
        .map(|c| (c.name, c.value))
        .collect())
}

/// A constant of windows-sys: its name, its value's 32 bits, the module that declares it as
/// windows-rs writes it (`Win32::Media::Audio`), which follows the SDK header's area, and its
/// type's last path segment (`HRESULT` for `windows_sys::core::HRESULT`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Declared {
    pub name: String,
    pub value: u32,
    pub module: String,
    pub ty: String,
}

/// [`constants_where`] with the module of each constant, sorted by module and name so that
/// every caller sees them in one order.
pub fn declared_where(
    package: &Path,
    keep: impl Fn(&str) -> bool,
) -> Result<Vec<Declared>, String> {
    let root = package.join("src");
    let mut files = vec![root.clone()];
    let mut constants = Vec::new();
    while let Some(path) = files.pop() {
        if path.is_dir() {
            let entries =
                std::fs::read_dir(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            for entry in entries {
                files.push(
                    entry
                        .map_err(|e| format!("{}: {e}", path.display()))?
                        .path(),
                );
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text =
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let module = module_of(&root, &path);
            constants.extend(text.lines().filter(|l| keep(l)).filter_map(|line| {
                let (name, value) = integer_constant(line)?;
                Some(Declared {
                    name,
                    value,
                    module: module.clone(),
                    ty: declared_type(line).unwrap_or_default().to_owned(),
                })
            }));
        }
    }
    constants.sort_by(|a, b| (&a.module, &a.name).cmp(&(&b.module, &b.name)));
    Ok(constants)
}

/// `src/Windows/Win32/Media/Audio/mod.rs` as `Win32::Media::Audio`.
fn module_of(root: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(root).unwrap_or(file);
    let mut parts: Vec<String> = relative
        .parent()
        .into_iter()
        .flat_map(|p| p.components())
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.first().is_some_and(|p| p == "Windows") {
        parts.remove(0);
    }
    parts.join("::")
}

/// The last path segment of the type a `pub const` line declares (`HRESULT` for
/// `pub const E_FAIL: windows_sys::core::HRESULT = ...`).
fn declared_type(line: &str) -> Option<&str> {
    let (_, rest) = line.strip_prefix("pub const ")?.split_once(": ")?;
    let (declared, _) = rest.split_once(" = ")?;
    declared.rsplit("::").next()
}

/// The constants declared with one of the types `types` (written as is or by a path, such as
/// `windows_sys::core::HRESULT`), sorted by module and name, in one walk of the source; a
/// name declared with two values of one type is an error.
pub fn declared_of_types(package: &Path, types: &[&str]) -> Result<Vec<Declared>, String> {
    let declared = declared_where(package, |line| {
        declared_type(line).is_some_and(|ty| types.contains(&ty))
    })?;
    let mut values: BTreeMap<(&str, &str), u32> = BTreeMap::new();
    for constant in &declared {
        if let Some(other) = values.insert((&constant.ty, &constant.name), constant.value)
            && other != constant.value
        {
            return Err(format!(
                "windows-sys declares {} as 0x{other:08X} and as 0x{:08X}",
                constant.name, constant.value
            ));
        }
    }
    Ok(declared)
}

/// Every integer constant of the windows-sys the workspace builds with, by name (a name
/// defined twice keeps its last value), for importers that value a page's names.
pub fn workspace_constants() -> Result<std::collections::HashMap<String, u32>, String> {
    Ok(
        constants_where(&package_dir(&crate::workspace_root())?, |_| true)?
            .into_iter()
            .collect(),
    )
}

/// The constants declared with type `ty`, such as `NTSTATUS`, written as is or by a path
/// (`super::super::Foundation::NTSTATUS`), by name; a name of this type declared twice with
/// two values is an error.
pub fn constants_of_type(package: &Path, ty: &str) -> Result<BTreeMap<String, u32>, String> {
    Ok(declared_of_types(package, &[ty])?
        .into_iter()
        .map(|c| (c.name, c.value))
        .collect())
}

/// `pub const NAME: TYPE = 12029u32;` (or `= 0x80004005_u32 as _;`, `= -2147217407i32;`) as
/// the name and the value's 32-bit pattern.
pub fn integer_constant(line: &str) -> Option<(String, u32)> {
    let rest = line.strip_prefix("pub const ")?;
    let (name, rest) = rest.split_once(": ")?;
    let value = rest.split_once(" = ")?.1.trim_end_matches(';');
    let value = value.split(" as ").next()?.trim();
    let digits = value
        .trim_end_matches("u32")
        .trim_end_matches("i32")
        .trim_end_matches('_')
        .replace('_', "");
    let number = match digits.strip_prefix("0x") {
        Some(hex) => i64::from_str_radix(hex, 16).ok()?,
        None => digits.parse::<i64>().ok()?,
    };
    let value = u32::try_from(number)
        .ok()
        .or_else(|| i32::try_from(number).ok().map(|n| n as u32))?;
    Some((name.to_owned(), value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_of_a_constant() {
        let read = integer_constant;
        assert_eq!(
            read("pub const STATUS_ACCESS_VIOLATION: NTSTATUS = 0xC0000005_u32 as _;"),
            Some(("STATUS_ACCESS_VIOLATION".to_owned(), 0xC000_0005))
        );
        assert_eq!(
            read("pub const DBG_CONTINUE: NTSTATUS = 0x10002_u32 as _;"),
            Some(("DBG_CONTINUE".to_owned(), 0x10002))
        );
        assert_eq!(
            read("pub const X: HRESULT = -2147217407i32;"),
            Some(("X".to_owned(), 0x8004_1001))
        );
        assert_eq!(
            read("pub const N: u32 = 12029u32;"),
            Some(("N".to_owned(), 12029))
        );
        assert_eq!(read("pub const S: PCSTR = s!(\"a\");"), None);
        assert_eq!(read("pub const BIG: u64 = 0x100000000u64;"), None);
    }

    #[test]
    fn a_type_is_matched_as_written_and_by_path() {
        let dir = std::env::temp_dir().join(format!("xtask-windows-sys-{}", std::process::id()));
        let src = dir.join("src/Windows/Win32/Security");
        std::fs::create_dir_all(&src).unwrap();
        std::fs::write(
            src.join("mod.rs"),
            "pub const STATUS_A: NTSTATUS = 0xC0000001_u32 as _;\n\
             pub const STATUS_B: super::super::Foundation::NTSTATUS = 0xC0000002_u32 as _;\n\
             pub const NOT_A: MY_NTSTATUS = 3u32;\n\
             pub const E_X: HRESULT = 0x80004005_u32 as _;\n",
        )
        .unwrap();
        let found = constants_of_type(&dir, "NTSTATUS").unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        let names: Vec<&str> = found.keys().map(String::as_str).collect();
        assert_eq!(names, ["STATUS_A", "STATUS_B"]);
    }
}
