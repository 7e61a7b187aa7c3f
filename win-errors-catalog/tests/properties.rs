//! Property tests: random valid catalogs round-trip through the rule book, and random damage
//! to them gives diagnostics inside the file, never a panic.

use std::collections::HashSet;

use proptest::prelude::*;
use win_errors_catalog::names::{is_keyword, variant_name};
use win_errors_catalog::{
    CheckedCatalog, CheckedRelated, Faq, Parameter, ParameterValue, Sections, SourceMap, check,
};

/// One generated entry, before it is written as TOML.
#[derive(Clone, Debug)]
struct Entry {
    name: String,
    code: u32,
    /// `None`: written as `message_known = false`.
    message: Option<String>,
    description: Option<String>,
    aliases: Vec<String>,
    /// Indices of other entries, and how each is written.
    related: Vec<(usize, RelatedForm)>,
    sections: Sections,
}

#[derive(Clone, Copy, Debug)]
enum RelatedForm {
    Code,
    Name,
    Both,
}

#[derive(Clone, Copy, Debug)]
enum CodeForm {
    Decimal,
    Hex,
    DecimalString,
    HexString,
}

fn symbolic_name() -> impl Strategy<Value = String> {
    "[A-Z][A-Z0-9]{0,6}(_[A-Z][A-Z0-9]{0,6}){0,3}".prop_map(|n| format!("ERROR_{n}"))
}

/// Text with at least one visible character: quotes, backslashes, tabs, newlines, accents
/// and characters outside the BMP included.
fn text() -> impl Strategy<Value = String> {
    (
        "[a-zA-Z0-9é€𝄞\"\\\\%.!?]",
        "[ a-zA-Z0-9é€𝄞\"\\\\%.!?\t\n\r]{0,40}",
    )
        .prop_map(|(first, rest)| format!("{first}{rest}"))
}

fn code() -> impl Strategy<Value = u32> {
    // Mostly clustered like real catalogs, sometimes anywhere.
    prop_oneof![3 => 0u32..20_000, 1 => any::<u32>(), 1 => 0x8000_0000u32..0x8000_4000]
}

/// A parameter: a description, values or both; a value never says what its own parameter
/// holds (the rule book refuses that).
fn parameter(index: usize) -> impl Strategy<Value = Parameter> {
    let value = (
        text(),
        proptest::option::of(text()),
        proptest::array::uniform4(proptest::option::of(text())),
    )
        .prop_map(move |(value, meaning, mut arguments)| {
            arguments[index] = None;
            ParameterValue {
                value,
                meaning,
                arguments,
            }
        });
    (
        proptest::option::of(text()),
        proptest::collection::vec(value, 0..3),
    )
        .prop_filter("a parameter says something", |(description, values)| {
            description.is_some() || !values.is_empty()
        })
        .prop_map(|(description, values)| Parameter {
            description,
            values,
        })
}

fn parameters() -> impl Strategy<Value = Vec<Parameter>> {
    (0usize..=4).prop_flat_map(|count| (0..count).map(parameter).collect::<Vec<_>>())
}

/// Reference sections, mostly absent as in real catalogs; an empty list is an absent key.
fn sections() -> impl Strategy<Value = Sections> {
    let rich = (
        proptest::option::of(text()),
        proptest::option::of(text()),
        proptest::collection::vec(text(), 0..3),
        proptest::collection::vec((text(), text()), 0..3),
        parameters(),
        proptest::option::of(text()),
    )
        .prop_map(
            |(meaning, context, remedies, faq, parameters, summary)| Sections {
                meaning,
                context,
                remedies,
                faq: faq
                    .into_iter()
                    .map(|(question, answer)| Faq { question, answer })
                    .collect(),
                parameters,
                summary,
            },
        );
    prop_oneof![3 => Just(Sections::default()), 1 => rich]
}

fn entries() -> impl Strategy<Value = Vec<Entry>> {
    let entry = (
        symbolic_name(),
        code(),
        prop_oneof![6 => text().prop_map(Some), 1 => Just(None)],
        proptest::option::of(text()),
        proptest::collection::vec(symbolic_name(), 0..2),
        sections(),
    );
    proptest::collection::vec(entry, 1..40)
        .prop_flat_map(|raw| {
            let count = raw.len();
            let related = proptest::collection::vec(
                proptest::collection::vec(
                    (
                        0..count,
                        prop_oneof![
                            Just(RelatedForm::Code),
                            Just(RelatedForm::Name),
                            Just(RelatedForm::Both)
                        ],
                    ),
                    0..4,
                ),
                count,
            );
            (Just(raw), related)
        })
        .prop_map(|(raw, related)| {
            // Keep names, aliases, codes and variants unique, as the rules require.
            let mut names = HashSet::new();
            let mut variants = HashSet::new();
            let mut codes = HashSet::new();
            let mut usable = |name: &str, names: &mut HashSet<String>| {
                let variant = variant_name(name);
                let fine =
                    !is_keyword(&variant) && !names.contains(name) && !variants.contains(&variant);
                if fine {
                    names.insert(name.to_owned());
                    variants.insert(variant);
                }
                fine
            };
            let mut kept = Vec::new();
            for ((name, code, message, description, aliases, sections), related) in
                raw.into_iter().zip(related)
            {
                if codes.contains(&code) || !usable(&name, &mut names) {
                    continue;
                }
                codes.insert(code);
                let aliases: Vec<String> = aliases
                    .into_iter()
                    .filter(|a| !names.contains(a) && names.insert(a.clone()))
                    .collect();
                kept.push(Entry {
                    name,
                    code,
                    message,
                    description,
                    aliases,
                    related,
                    sections,
                });
            }
            // Related references to entries that survived, not the entry itself, once each.
            let count = kept.len();
            for (i, entry) in kept.iter_mut().enumerate() {
                let mut seen = HashSet::new();
                entry
                    .related
                    .retain(|&(target, _)| target < count && target != i && seen.insert(target));
            }
            kept
        })
}

fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn written_code(code: u32, form: CodeForm) -> String {
    match form {
        CodeForm::Decimal => code.to_string(),
        CodeForm::Hex => format!("0x{code:X}"),
        CodeForm::DecimalString => format!("\"{code}\""),
        CodeForm::HexString => format!("\"0x{code:x}\""),
    }
}

fn to_toml(entries: &[Entry], forms: &[CodeForm]) -> String {
    let mut out = String::from("[catalog]\nenum = \"Generated\"\n");
    for (i, e) in entries.iter().enumerate() {
        let form = forms[i % forms.len()];
        out.push_str(&format!(
            "\n[[error]]\nname = {}\ncode = {}\n{}\n",
            quoted(&e.name),
            written_code(e.code, form),
            match &e.message {
                Some(message) => format!("message = {}", quoted(message)),
                None => "message_known = false".to_owned(),
            }
        ));
        if let Some(d) = &e.description {
            out.push_str(&format!("description = {}\n", quoted(d)));
        }
        if !e.aliases.is_empty() {
            let list: Vec<String> = e.aliases.iter().map(|a| quoted(a)).collect();
            out.push_str(&format!("aliases = [{}]\n", list.join(", ")));
        }
        write_sections(&mut out, &e.sections);
        if !e.related.is_empty() {
            let list: Vec<String> = e
                .related
                .iter()
                .map(|&(t, how)| {
                    let target = &entries[t];
                    match how {
                        RelatedForm::Code => written_code(target.code, form),
                        RelatedForm::Name => quoted(&target.name),
                        RelatedForm::Both => format!(
                            "{{ name = {}, code = {} }}",
                            quoted(&target.name),
                            written_code(target.code, form)
                        ),
                    }
                })
                .collect();
            out.push_str(&format!("related = [{}]\n", list.join(", ")));
        }
    }
    out
}

fn write_sections(out: &mut String, sections: &Sections) {
    for (key, text) in [
        ("meaning", &sections.meaning),
        ("context", &sections.context),
        ("summary", &sections.summary),
    ] {
        if let Some(text) = text {
            out.push_str(&format!("{key} = {}\n", quoted(text)));
        }
    }
    if !sections.remedies.is_empty() {
        let list: Vec<String> = sections.remedies.iter().map(|r| quoted(r)).collect();
        out.push_str(&format!("remedies = [{}]\n", list.join(", ")));
    }
    if !sections.faq.is_empty() {
        let list: Vec<String> = sections
            .faq
            .iter()
            .map(|f| {
                format!(
                    "{{ q = {}, a = {} }}",
                    quoted(&f.question),
                    quoted(&f.answer)
                )
            })
            .collect();
        out.push_str(&format!("faq = [{}]\n", list.join(", ")));
    }
    if !sections.parameters.is_empty() {
        let list: Vec<String> = sections.parameters.iter().map(parameter_table).collect();
        out.push_str(&format!("parameters = [{}]\n", list.join(", ")));
    }
}

/// A parameter as an inline table, written by hand as a person would.
fn parameter_table(parameter: &Parameter) -> String {
    let mut keys = Vec::new();
    if let Some(description) = &parameter.description {
        keys.push(format!("description = {}", quoted(description)));
    }
    if !parameter.values.is_empty() {
        let values: Vec<String> = parameter
            .values
            .iter()
            .map(|value| {
                let mut keys = vec![format!("value = {}", quoted(&value.value))];
                if let Some(meaning) = &value.meaning {
                    keys.push(format!("meaning = {}", quoted(meaning)));
                }
                for (n, argument) in value.arguments.iter().enumerate() {
                    if let Some(argument) = argument {
                        keys.push(format!("arg{} = {}", n + 1, quoted(argument)));
                    }
                }
                format!("{{ {} }}", keys.join(", "))
            })
            .collect();
        keys.push(format!("values = [{}]", values.join(", ")));
    }
    format!("{{ {} }}", keys.join(", "))
}

fn code_forms() -> impl Strategy<Value = Vec<CodeForm>> {
    proptest::collection::vec(
        prop_oneof![
            Just(CodeForm::Decimal),
            Just(CodeForm::Hex),
            Just(CodeForm::DecimalString),
            Just(CodeForm::HexString)
        ],
        1..4,
    )
}

/// Every diagnostic points inside `source` and renders.
fn assert_positioned(source: &str, problems: &[win_errors_catalog::Diagnostic]) {
    let map = SourceMap::new(source);
    for problem in problems {
        if let Some(span) = &problem.span {
            assert!(
                span.start <= source.len(),
                "{problem:?} is outside the file"
            );
            let position = map.position(span.start);
            assert!(position.line <= source.split('\n').count());
        }
        let rendered = map.render("c.toml", problem);
        assert!(rendered.starts_with("c.toml:"), "{rendered}");
    }
}

fn assert_round_trip(entries: &[Entry], catalog: &CheckedCatalog) {
    assert_eq!(catalog.enum_name, "Generated");
    assert_eq!(catalog.entries.len(), entries.len());
    for e in entries {
        let got = catalog.by_code(e.code).expect("every code");
        assert_eq!(got.name, e.name);
        assert_eq!(got.message, e.message);
        assert_eq!(got.description, e.description);
        assert_eq!(got.aliases, e.aliases);
        assert_eq!(got.sections, e.sections);
        assert_eq!(got.variant, variant_name(&e.name));
        let related: Vec<u32> = got
            .related
            .iter()
            .map(|r| catalog.entries[r.own().unwrap()].code)
            .collect();
        let expected: Vec<u32> = e.related.iter().map(|&(t, _)| entries[t].code).collect();
        assert_eq!(related, expected, "related of {}", e.name);
        for alias in &e.aliases {
            assert_eq!(catalog.by_name(alias).map(|x| x.code), Some(e.code));
        }
    }
    // Sorted by code, and referenced_by mirrors related.
    assert!(catalog.entries.windows(2).all(|w| w[0].code < w[1].code));
    for (i, entry) in catalog.entries.iter().enumerate() {
        for r in entry.related.iter().filter_map(CheckedRelated::own) {
            assert!(catalog.entries[r].referenced_by.contains(&i));
        }
    }
}

/// A way to damage a valid catalog's text.
#[derive(Clone, Debug)]
enum Damage {
    DeleteLine(usize),
    DuplicateLine(usize),
    Truncate(usize),
    Insert(usize, String),
    SwapValue(usize, &'static str),
    DuplicateEntry(usize),
}

fn damage() -> impl Strategy<Value = Damage> {
    let anywhere = any::<usize>();
    prop_oneof![
        anywhere.prop_map(Damage::DeleteLine),
        anywhere.prop_map(Damage::DuplicateLine),
        anywhere.prop_map(Damage::Truncate),
        (anywhere, "\\PC{0,8}|[\\[\\]{}=\",#\n\\\\]{1,4}|\u{feff}|\r")
            .prop_map(|(at, s)| Damage::Insert(at, s)),
        (
            anywhere,
            prop_oneof![
                Just("\"text\""),
                Just("-1"),
                Just("4294967296"),
                Just("1.5"),
                Just("true"),
                Just("[]"),
                Just("{}"),
                Just("\"\""),
                Just("[1, \"x\", { code = 2 }]"),
                Just("1979-05-27"),
            ]
        )
            .prop_map(|(at, v)| Damage::SwapValue(at, v)),
        anywhere.prop_map(Damage::DuplicateEntry),
    ]
}

fn char_boundary_at(text: &str, at: usize) -> usize {
    let mut at = at % (text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn apply(text: &str, damage: &Damage) -> String {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let pick = |at: usize| at % lines.len().max(1);
    match damage {
        Damage::DeleteLine(at) => {
            let i = pick(*at);
            lines
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != i)
                .map(|(_, l)| *l)
                .collect()
        }
        Damage::DuplicateLine(at) => {
            let i = pick(*at);
            lines
                .iter()
                .enumerate()
                .flat_map(|(j, l)| if j == i { vec![*l, *l] } else { vec![*l] })
                .collect()
        }
        Damage::Truncate(at) => text[..char_boundary_at(text, *at)].to_owned(),
        Damage::Insert(at, s) => {
            let at = char_boundary_at(text, *at);
            format!("{}{s}{}", &text[..at], &text[at..])
        }
        Damage::SwapValue(at, value) => {
            let with_values: Vec<usize> = (0..lines.len())
                .filter(|&i| lines[i].contains(" = "))
                .collect();
            let Some(&i) = with_values.get(at % with_values.len().max(1)) else {
                return text.to_owned();
            };
            lines
                .iter()
                .enumerate()
                .map(|(j, l)| match l.split_once(" = ") {
                    Some((key, _)) if j == i => format!("{key} = {value}\n"),
                    _ => (*l).to_owned(),
                })
                .collect()
        }
        Damage::DuplicateEntry(at) => {
            let blocks: Vec<&str> = text.split("\n[[error]]").collect();
            let i = 1 + at % (blocks.len() - 1).max(1);
            match blocks.get(i) {
                Some(block) => format!("{text}\n[[error]]{block}"),
                None => text.to_owned(),
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn valid_catalogs_round_trip(entries in entries(), forms in code_forms()) {
        let source = to_toml(&entries, &forms);
        let catalog = check(&source).unwrap_or_else(|problems| {
            let map = SourceMap::new(&source);
            let shown: Vec<String> = problems.iter().map(|p| map.render("c.toml", p)).collect();
            panic!("{}\n---\n{source}", shown.join("\n"))
        });
        assert_round_trip(&entries, &catalog);
        // The same catalog with CRLF line endings and a byte order mark.
        let crlf = format!("\u{feff}{}", source.replace('\n', "\r\n"));
        assert_round_trip(&entries, &check(&crlf).expect("CRLF and BOM are accepted"));
    }

    #[test]
    fn damaged_catalogs_give_positioned_diagnostics(
        entries in entries(),
        forms in code_forms(),
        damages in proptest::collection::vec(damage(), 1..4),
    ) {
        let mut source = to_toml(&entries, &forms);
        for d in &damages {
            source = apply(&source, d);
        }
        if let Err(problems) = check(&source) {
            prop_assert!(!problems.is_empty());
            assert_positioned(&source, &problems);
        }
    }

    #[test]
    fn arbitrary_text_never_panics(source in "\\PC{0,200}|[\\[\\]{}=\",#\n a-z0-9_.\\\\]{0,200}") {
        if let Err(problems) = check(&source) {
            assert_positioned(&source, &problems);
        }
    }
}
