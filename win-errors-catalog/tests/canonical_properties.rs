//! The canonical layout (`win-errors fmt`'s) of random catalogs: the same catalog, every
//! comment kept, a fixed point.

use proptest::prelude::*;
use win_errors_catalog::check;
use win_errors_catalog::write::canonical::canonical;

#[derive(Clone, Debug)]
struct Entry {
    code: u32,
    message: String,
    aliases: usize,
    related: Vec<usize>,
    description: Option<String>,
    family: Option<String>,
    /// A comment above the `[[error]]` header, and one above a key.
    comments: (bool, bool),
    /// How the code is written: decimal, hex, or a string of either.
    code_form: u8,
    /// The keys' order is shuffled by this seed.
    order: u64,
}

fn entry() -> impl Strategy<Value = Entry> {
    (
        (any::<u32>(), "[a-zA-Z0-9 \"'\\\\.é%]{1,30}", 0usize..3),
        proptest::collection::vec(0usize..50, 0..3),
        proptest::option::of("[a-z .]{1,20}"),
        proptest::option::of(prop_oneof![
            Just("Alpha".to_owned()),
            Just("Beta".to_owned())
        ]),
        (any::<bool>(), any::<bool>(), 0u8..4, any::<u64>()),
    )
        .prop_map(
            |(
                (code, message, aliases),
                related,
                description,
                family,
                (c1, c2, code_form, order),
            )| Entry {
                code,
                message: format!("M{message}"),
                aliases,
                related,
                description,
                family,
                comments: (c1, c2),
                code_form,
                order,
            },
        )
}

fn quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

fn code_text(code: u32, form: u8) -> String {
    match form {
        0 => code.to_string(),
        1 => format!("0x{code:x}"),
        2 => format!("\"{code}\""),
        _ => format!("\"0x{code:X}\""),
    }
}

/// A valid but untidy catalog of `entries` (duplicate codes dropped).
fn untidy(entries: &[Entry], catalog_family: bool) -> String {
    let mut seen = std::collections::HashSet::new();
    let entries: Vec<&Entry> = entries.iter().filter(|e| seen.insert(e.code)).collect();
    let name = |i: usize| format!("ERROR_E{i}");
    let mut out = String::from("# Header comment.\n\n");
    for (i, e) in entries.iter().enumerate() {
        if e.comments.0 {
            out.push_str(&format!("# About entry {i}.\n"));
        }
        out.push_str("[[error]]\n");
        let mut lines = vec![
            format!("name  =  {}", quoted(&name(i))),
            format!("code = {}", code_text(e.code, e.code_form)),
            format!("message = {}", quoted(&e.message)),
        ];
        if e.aliases > 0 {
            let list: Vec<String> = (0..e.aliases)
                .map(|k| quoted(&format!("ALIAS_{i}_{k}")))
                .collect();
            lines.push(format!("aliases=[{}]", list.join(" ,")));
        }
        let mut targets: Vec<usize> = e
            .related
            .iter()
            .map(|&t| t % entries.len())
            .filter(|&t| t != i)
            .collect();
        targets.sort_unstable();
        targets.dedup();
        if !targets.is_empty() {
            let list: Vec<String> = targets
                .iter()
                .enumerate()
                .map(|(k, &t)| match k % 3 {
                    0 => quoted(&name(t)),
                    1 => code_text(entries[t].code, e.code_form),
                    _ => format!(
                        "{{code = {}, name = {}}}",
                        code_text(entries[t].code, 0),
                        quoted(&name(t))
                    ),
                })
                .collect();
            lines.push(format!("related = [ {} ]", list.join(", ")));
        }
        if let Some(d) = &e.description {
            lines.push(format!("description = {}", quoted(&format!("D{d}"))));
        }
        if let Some(f) = &e.family {
            lines.push(format!("family = {}", quoted(f)));
        }
        // Shuffle the keys.
        let mut order = e.order;
        for k in (1..lines.len()).rev() {
            let j = (order % (k as u64 + 1)) as usize;
            order /= k as u64 + 1;
            lines.swap(k, j);
        }
        if e.comments.1 {
            lines.insert(lines.len() / 2, format!("# A note inside entry {i}."));
        }
        out.push_str(&lines.join("\n"));
        out.push_str("\n\n");
    }
    if catalog_family {
        out.push_str("[catalog]\nfamily = \"Gamma\"\nenum=\"Random\"\n");
    }
    out
}

fn comment_count(text: &str) -> usize {
    text.lines()
        .filter(|l| l.trim_start().starts_with('#'))
        .count()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn canonical_form_is_the_same_catalog_with_every_comment_and_a_fixed_point(
        entries in proptest::collection::vec(entry(), 1..25),
        catalog_family in any::<bool>(),
    ) {
        let source = untidy(&entries, catalog_family);
        let checked = check(&source).unwrap_or_else(|p| panic!("{p:?}\n{source}"));
        let formatted = canonical(&source, &checked).unwrap();
        let again = check(&formatted).unwrap_or_else(|p| panic!("{p:?}\n{formatted}"));
        prop_assert_eq!(&again, &checked);
        prop_assert_eq!(comment_count(&formatted), comment_count(&source));
        prop_assert_eq!(canonical(&formatted, &again).unwrap(), formatted.clone());
        prop_assert!(formatted.starts_with("# Header comment.\n"), "{}", formatted);
    }
}
