//! Every item of every shipped type, entry by entry, against its catalog file as the rule
//! book reads it: one generic check over `ErrorCatalog`, run on the catalog of each code
//! space of the registry, so that an item that reads the wrong table (or nothing) in any
//! generated file fails here, whichever catalog it is in.

use std::path::Path;

use win_errors::{
    BugCheck, CodeSpace, ComError, DeviceProblem, Entry, ErrorCatalog, EseError, MciError,
    MsiError, NtStatus, PdhStatus, RasError, Related, SetupResult, WinError,
};
use win_errors_catalog::{CheckedCatalog, CheckedEntry, CheckedRelated, CodeKind, Naming};

/// The shipped catalog file whose `[catalog] enum` is `type_name`, checked by the macro's
/// rule book.
fn catalog_file(type_name: &str) -> CheckedCatalog {
    // The file is found by its text before the rule book reads the one found.
    let declaration = format!("enum = \"{type_name}\"");
    let text = shipped_texts()
        .find(|text| text.lines().any(|line| line == declaration))
        .unwrap_or_else(|| panic!("no shipped catalog declares {type_name}"));
    let catalog = win_errors_generator::check(&text).unwrap();
    assert_eq!(catalog.enum_name, type_name);
    catalog
}

/// The text of each shipped catalog file.
fn shipped_texts() -> impl Iterator<Item = String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    win_errors_codegen::SHIPPED
        .iter()
        .map(|(file, _)| std::fs::read_to_string(root.join(file)).unwrap())
}

/// Every item of `E` against its file, and of each entry as an [`Entry`] of `space`; the
/// number of entries checked.
fn check<E: ErrorCatalog>(space: CodeSpace) -> usize
where
    Entry: From<E>,
{
    let catalog = catalog_file(E::TYPE_NAME);
    assert_eq!(E::COUNT, catalog.entries.len(), "{}", E::TYPE_NAME);
    assert_eq!(E::ALL.len(), E::COUNT);
    for (position, (&entry, expected)) in E::ALL.iter().zip(&catalog.entries).enumerate() {
        let what = format!("{}::{}", E::TYPE_NAME, expected.name);
        check_values(entry, expected, &what);
        check_sections(entry, expected, &what);
        check_relations(entry, expected, &catalog, &what);
        check_lookups(entry, expected, position, &what);
        check_formats(entry, expected, &catalog, &what);
        check_entry(entry, space, &what);
    }
    // In code order, which `Ord` follows.
    assert!(
        E::ALL
            .windows(2)
            .all(|w| w[0].code() < w[1].code() && w[0] < w[1])
    );
    E::COUNT
}

fn check_values<E: ErrorCatalog>(entry: E, expected: &CheckedEntry, what: &str) {
    assert_eq!(entry.code(), expected.code, "{what}");
    let code: u32 = entry.into();
    assert_eq!(code, expected.code, "{what}: u32::from");
    assert_eq!(entry.documented_code(), expected.documented_code, "{what}");
    assert_eq!(entry.name(), expected.name, "{what}");
    assert_eq!(entry.caption(), expected.caption.as_deref(), "{what}");
    assert_eq!(entry.message(), expected.message.as_deref(), "{what}");
    assert_eq!(
        entry.description(),
        expected.description.as_deref(),
        "{what}"
    );
    assert_eq!(entry.family(), expected.family.as_deref(), "{what}");
    let mut aliases = expected.aliases.clone();
    aliases.sort();
    assert_eq!(entry.aliases().collect::<Vec<_>>(), aliases, "{what}");
    // With no inserts to fill, the message as it is, but for `%%`, `%n` and the inserts.
    let filled = entry.message_with(&[]).map(|m| m.to_string());
    assert_eq!(filled.is_some(), expected.message.is_some(), "{what}");
}

/// A parameter as the test compares it: its description and each value with its meaning
/// and what the four parameters hold then.
type ParameterRow<'a> = (
    Option<&'a str>,
    Vec<(&'a str, Option<&'a str>, [Option<&'a str>; 4])>,
);

fn check_sections<E: ErrorCatalog>(entry: E, expected: &CheckedEntry, what: &str) {
    let sections = &expected.sections;
    assert_eq!(entry.meaning(), sections.meaning.as_deref(), "{what}");
    assert_eq!(entry.context(), sections.context.as_deref(), "{what}");
    assert_eq!(entry.summary(), sections.summary.as_deref(), "{what}");
    assert_eq!(
        entry.remedies().collect::<Vec<_>>(),
        sections.remedies,
        "{what}"
    );
    let faq: Vec<(&str, &str)> = entry.faq().map(|f| (f.question, f.answer)).collect();
    let expected_faq: Vec<(&str, &str)> = sections
        .faq
        .iter()
        .map(|f| (f.question.as_str(), f.answer.as_str()))
        .collect();
    assert_eq!(faq, expected_faq, "{what}");
    let parameters: Vec<ParameterRow<'_>> = entry
        .parameters()
        .map(|p| {
            let values = p
                .values
                .map(|v| (v.value, v.meaning, v.arguments))
                .collect();
            (p.description, values)
        })
        .collect();
    let expected_parameters: Vec<ParameterRow<'_>> = sections
        .parameters
        .iter()
        .map(|p| {
            let values = p
                .values
                .iter()
                .map(|v| {
                    (
                        v.value.as_str(),
                        v.meaning.as_deref(),
                        v.arguments.each_ref().map(|a| a.as_deref()),
                    )
                })
                .collect();
            (p.description.as_deref(), values)
        })
        .collect();
    assert_eq!(parameters, expected_parameters, "{what}");
}

/// The entry as an [`Entry`] of any space gives what its type gives (held to the file above).
fn check_entry<E: ErrorCatalog>(entry: E, space: CodeSpace, what: &str)
where
    Entry: From<E>,
{
    let dynamic = Entry::from(entry);
    assert_eq!((dynamic.space(), dynamic.catalog()), (space, E::TYPE_NAME));
    assert_eq!(
        (dynamic.name(), dynamic.code(), dynamic.documented_code()),
        (entry.name(), entry.code(), entry.documented_code()),
        "{what}"
    );
    let texts = |e: Entry| [e.message(), e.caption(), e.description(), e.family()];
    assert_eq!(
        texts(dynamic),
        [
            entry.message(),
            entry.caption(),
            entry.description(),
            entry.family()
        ],
        "{what}"
    );
    let sections = |e: Entry| [e.meaning(), e.context(), e.summary()];
    assert_eq!(
        sections(dynamic),
        [entry.meaning(), entry.context(), entry.summary()],
        "{what}"
    );
    assert!(dynamic.remedies().eq(entry.remedies()), "{what}");
    let faq = |f: win_errors::FaqEntry| (f.question, f.answer);
    assert!(dynamic.faq().map(faq).eq(entry.faq().map(faq)), "{what}");
    let described = |p: win_errors::Parameter| (p.description, p.values.count());
    assert!(
        dynamic
            .parameters()
            .map(described)
            .eq(entry.parameters().map(described)),
        "{what}"
    );
    assert!(dynamic.aliases().eq(entry.aliases()), "{what}");
    let related = entry.related().iter().map(|r| match *r {
        Related::Own(own) => Entry::from(own),
        Related::Shipped(shipped) => shipped,
    });
    assert!(dynamic.related().eq(related), "{what}");
    assert_eq!(format!("{dynamic}"), format!("{entry}"), "{what}");
    assert_eq!(format!("{dynamic:#}"), format!("{entry:#}"), "{what}");
    assert_eq!(Entry::find(space, entry.code()), Some(dynamic), "{what}");
    assert_eq!(
        Entry::from_name_in(space, entry.name()),
        Some(dynamic),
        "{what}"
    );
    if let Some(documented) = entry.documented_code() {
        assert!(
            Entry::documented_as(space, documented).any(|e| e == dynamic),
            "{what}"
        );
    }
    check_hresult_and_counterpart(dynamic, what);
}

/// An entry's HRESULT form and its counterpart, by the SDK's macros: a Win32 (or RAS) error
/// is `HRESULT_FROM_WIN32` of its code, an NTSTATUS `HRESULT_FROM_NT`, an HRESULT (or setup
/// result) itself; a Win32 error's counterpart is the COM entry of its HRESULT, an HRESULT's
/// or NTSTATUS's the Win32 error it carries (`FACILITY_WIN32`, `FACILITY_NTWIN32`).
fn check_hresult_and_counterpart(entry: Entry, what: &str) {
    let code = entry.code();
    let from_win32 = if code.cast_signed() <= 0 {
        code
    } else {
        0x8007_0000 | (code & 0xFFFF)
    };
    let win32_in = |facility_and_severity: u32| {
        (code >> 16 == facility_and_severity)
            .then(|| Entry::find(CodeSpace::Win32, code & 0xFFFF))
            .flatten()
    };
    let (hresult, counterpart) = match entry.space() {
        CodeSpace::Win32 => (
            Some(from_win32),
            Entry::find(CodeSpace::Hresult, from_win32),
        ),
        CodeSpace::Ras => (Some(from_win32), None),
        CodeSpace::Hresult => (Some(code), win32_in(0x8007)),
        CodeSpace::Setup => (Some(code), None),
        CodeSpace::NtStatus => (Some(code | 0x1000_0000), win32_in(0xC007)),
        _ => (None, None),
    };
    assert_eq!(entry.hresult().map(|h| h.0), hresult, "{what}");
    assert_eq!(entry.counterpart(), counterpart, "{what}");
}

fn check_relations<E: ErrorCatalog>(
    entry: E,
    expected: &CheckedEntry,
    catalog: &CheckedCatalog,
    what: &str,
) {
    let related: Vec<(&str, u32)> = entry
        .related()
        .iter()
        .map(|r| (r.name(), r.code()))
        .collect();
    let expected_related: Vec<(&str, u32)> = expected
        .related
        .iter()
        .map(|r| match r {
            CheckedRelated::Own(i) => (catalog.entries[*i].name.as_str(), catalog.entries[*i].code),
            CheckedRelated::Shipped(s) => (s.name.as_str(), s.code),
        })
        .collect();
    assert_eq!(related, expected_related, "{what}");
    for related in entry.related() {
        if let Related::Own(own) = related {
            assert!(own.referenced_by().contains(&entry), "{what}");
        }
    }
    let referrers: Vec<u32> = entry.referenced_by().iter().map(|r| r.code()).collect();
    let expected_referrers: Vec<u32> = expected
        .referenced_by
        .iter()
        .map(|&i| catalog.entries[i].code)
        .collect();
    assert_eq!(referrers, expected_referrers, "{what}");
}

fn check_lookups<E: ErrorCatalog>(entry: E, expected: &CheckedEntry, position: usize, what: &str) {
    assert_eq!(E::from_code(expected.code), Some(entry), "{what}");
    assert_eq!(E::expect_code(expected.code), entry, "{what}");
    assert_eq!(E::try_from(expected.code).ok(), Some(entry), "{what}");
    assert_eq!(E::from_name(&expected.name), Some(entry), "{what}");
    for alias in &expected.aliases {
        assert_eq!(E::from_name(alias), Some(entry), "{what}: alias {alias}");
    }
    assert_eq!(expected.name.parse::<E>().ok(), Some(entry), "{what}");
    assert_eq!(
        format!("0x{:X}", expected.code).parse::<E>().ok(),
        Some(entry),
        "{what}"
    );
    assert_eq!(E::ALL[position], entry, "{what}");
}

fn check_formats<E: ErrorCatalog>(
    entry: E,
    expected: &CheckedEntry,
    catalog: &CheckedCatalog,
    what: &str,
) {
    // `Debug` is the variant, as the catalog names it.
    assert_eq!(format!("{entry:?}"), expected.variant, "{what}");
    // `{}` is the message alone, and `{:#}` leads with the name (the code alone in a
    // catalog known by its codes), then the code as the catalog writes it.
    if let Some(message) = &expected.message {
        assert_eq!(entry.to_string(), *message, "{what}");
    }
    let full = format!("{entry:#}");
    let head = if catalog.naming == Naming::None {
        expected.name.clone()
    } else {
        format!("{} (", expected.name)
    };
    assert!(full.starts_with(&head), "{what}: {full}");
    if let Some(message) = &expected.message {
        assert!(full.ends_with(message.as_str()), "{what}: {full}");
    }
}

#[test]
fn every_item_of_every_shipped_type_is_its_catalog_file() {
    let mut checked = 0;
    for space in CodeSpace::ALL {
        let count = match space {
            CodeSpace::Win32 => check::<WinError>(space),
            CodeSpace::Hresult => check::<ComError>(space),
            CodeSpace::NtStatus => check::<NtStatus>(space),
            CodeSpace::Ras => check::<RasError>(space),
            CodeSpace::Ese => check::<EseError>(space),
            CodeSpace::Pdh => check::<PdhStatus>(space),
            CodeSpace::Mci => check::<MciError>(space),
            CodeSpace::Msi => check::<MsiError>(space),
            CodeSpace::BugCheck => check::<BugCheck>(space),
            CodeSpace::Device => check::<DeviceProblem>(space),
            CodeSpace::Setup => check::<SetupResult>(space),
            _ => panic!("{space}: a space this test does not check yet"),
        };
        assert!(count > 0, "{space}");
        checked += count;
    }
    assert!(checked > 17_000, "{checked} entries");
}

/// Whether the generator gives a catalog of `codes` its `i32` items.
fn has_signed_items(codes: CodeKind) -> bool {
    matches!(
        codes,
        CodeKind::Hresult | CodeKind::NtStatus | CodeKind::Signed
    )
}

/// The `i32` items of each catalog: each entry's signed code is its 32 bits, and finds it;
/// the names of the catalogs checked.
macro_rules! check_signed {
    ($($catalog:ident),+) => {{
        let mut checked = Vec::new();
        $(
            for &entry in $catalog::ALL {
                let signed = entry.code().cast_signed();
                assert_eq!(entry.signed_code(), signed, "{entry:?}");
                assert_eq!(i32::from(entry), signed, "{entry:?}");
                assert_eq!($catalog::from_signed_code(signed), Some(entry), "{entry:?}");
            }
            let absent = (i32::MIN..=i32::MAX)
                .find(|&code| $catalog::from_code(code.cast_unsigned()).is_none())
                .unwrap();
            assert_eq!($catalog::from_signed_code(absent), None);
            checked.push($catalog::TYPE_NAME);
        )+
        checked
    }};
}

#[test]
fn the_signed_items_of_every_signed_catalog() {
    let mut checked = check_signed!(ComError, NtStatus, EseError, SetupResult);
    // Those are the catalogs of the kinds that have them, all of them.
    let mut signed: Vec<String> = shipped_texts()
        .map(|text| win_errors_generator::check(&text).unwrap())
        .filter(|catalog| has_signed_items(catalog.codes))
        .map(|catalog| catalog.enum_name)
        .collect();
    checked.sort_unstable();
    signed.sort_unstable();
    assert_eq!(checked, signed);
}
