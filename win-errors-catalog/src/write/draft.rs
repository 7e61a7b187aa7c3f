//! A catalog built from plain values, for programs that write catalogs rather than read them
//! (the importers): a [`CatalogDraft`] of [`EntryDraft`]s, written as TOML by
//! [`CatalogDraft::to_toml`] with every key named by [`crate::keys`].
//!
//! A draft holds values, not layout, and nothing in it is checked: its text goes through the
//! rule book and then [`canonical`](super::canonical::canonical), like any catalog a person
//! wrote, so a draft that breaks a rule gets the same diagnostics, and the layout is decided
//! in one place.

use toml_edit::{Array, ArrayOfTables, DocumentMut, InlineTable, Item, Table, Value};

use super::canonical::{CodeStyle, basic_string};
use crate::keys::{
    ALIASES, ANSWER, ARGUMENTS, CAPTION, CATALOG, CODE, CODES, CONTEXT, DESCRIPTION,
    DOCUMENTED_CODE, ENUM, ERROR, FAMILY, FAQ, MEANING, MESSAGE, MESSAGE_KNOWN, NAME, NAMES,
    NON_EXHAUSTIVE, PARAMETERS, QUESTION, RELATED, REMEDIES, SUMMARY, VALUE, VALUES,
};
use crate::{CodeKind, Naming, Sections};

/// A whole catalog to write: its `[catalog]` table, the comment it starts with, its entries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogDraft {
    /// The JSON Schema for editors (taplo's `#:schema` directive), relative to the file.
    pub schema: Option<String>,
    /// The lines of the comment the file starts with, without `# ` (an empty line is written
    /// `#`).
    pub comments: Vec<String>,
    /// `enum`: the generated type's name.
    pub enum_name: String,
    /// `description`: the type's documentation.
    pub description: Option<String>,
    /// `codes`, or `None` to leave it out (the default kind).
    pub codes: Option<CodeKind>,
    /// `names`: written only for [`Naming::None`], where the entries' names are not written.
    pub naming: Naming,
    /// `family`: the family of entries that do not name their own.
    pub family: Option<String>,
    /// `non_exhaustive`, written when `true`.
    pub non_exhaustive: bool,
    /// Whether codes are written in hex whatever their kind and size (bug checks, which
    /// their documentation writes `0x133`); else hex for HRESULTs, NTSTATUS values and
    /// catalogs of mostly wide codes.
    pub hex_codes: bool,
    /// The `[[error]]` tables, in any order: the canonical layout sorts them.
    pub entries: Vec<EntryDraft>,
}

/// One `[[error]]` table, with every key but `variant` (importers leave variant names to be
/// derived). `Default` is an entry of empty fields, to fill in with `..Default::default()`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EntryDraft {
    /// `name`: the symbolic name (not written in a catalog of [`Naming::None`]).
    pub name: String,
    /// `code`: the code's 32 bits (a signed code's two's complement).
    pub code: u32,
    /// `documented_code`: the value a documentation gives, where it differs from `code`.
    pub documented_code: Option<u32>,
    /// `caption`: the title shown above the message.
    pub caption: Option<String>,
    /// `message`, or `None` when no message is known (written `message_known = false`).
    pub message: Option<String>,
    /// `family`, written when it is not the catalog's.
    pub family: Option<String>,
    /// `related`, each by name and code.
    pub related: Vec<RelatedDraft>,
    /// `aliases`: other symbolic names of the code.
    pub aliases: Vec<String>,
    /// `description`: longer documentation.
    pub description: Option<String>,
    /// The reference sections that are present (`meaning`, `context`, `remedies`, `faq`,
    /// `summary`).
    pub sections: Sections,
}

/// A related entry, written `{ name = "...", code = ... }`: both, so that the rule book
/// checks that they agree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RelatedDraft {
    /// Its symbolic name.
    pub name: String,
    /// Its code.
    pub code: u32,
}

impl CatalogDraft {
    /// The catalog as TOML text, in no particular layout beyond the format's key order.
    pub fn to_toml(&self) -> String {
        let mut doc = DocumentMut::new();
        doc.decor_mut().set_prefix(self.header_comment());
        doc.insert(CATALOG, Item::Table(self.settings()));
        let style = self.code_style();
        let mut entries = ArrayOfTables::new();
        for entry in &self.entries {
            entries.push(self.entry_table(entry, style));
        }
        doc.insert(ERROR, Item::ArrayOfTables(entries));
        doc.to_string()
    }

    /// The schema directive and the comment lines, then a blank line that sets them off from
    /// `[catalog]` as the file's header.
    fn header_comment(&self) -> String {
        let mut text = String::new();
        if let Some(schema) = &self.schema {
            text.push_str(&format!("#:schema {schema}\n"));
        }
        for line in &self.comments {
            match line.as_str() {
                "" => text.push_str("#\n"),
                line => text.push_str(&format!("# {line}\n")),
            }
        }
        if !text.is_empty() {
            text.push('\n');
        }
        text
    }

    fn settings(&self) -> Table {
        let mut settings = Table::new();
        settings.insert(ENUM, text(&self.enum_name));
        insert_text(&mut settings, DESCRIPTION, self.description.as_deref());
        let codes = self.codes.and_then(|kind| spelling(kind, CodeKind::ALL));
        insert_text(&mut settings, CODES, codes);
        if self.naming == Naming::None {
            insert_text(&mut settings, NAMES, spelling(self.naming, Naming::ALL));
        }
        insert_text(&mut settings, FAMILY, self.family.as_deref());
        if self.non_exhaustive {
            settings.insert(NON_EXHAUSTIVE, toml_edit::value(true));
        }
        settings
    }

    /// Signed codes as the negative numbers they are; codes mostly wider than 16 bits (PDH's
    /// 0x800007D0) in hex, as they are known, and so the codes of a hex kind; else decimal.
    fn code_style(&self) -> CodeStyle {
        let wide = self.entries.iter().filter(|e| e.code > 0xFFFF).count();
        match self.codes.unwrap_or_default() {
            CodeKind::Signed => CodeStyle::Signed,
            kind if self.hex_codes || kind.is_hex() || wide * 2 > self.entries.len() => {
                CodeStyle::Hex
            }
            _ => CodeStyle::Decimal,
        }
    }

    fn entry_table(&self, entry: &EntryDraft, style: CodeStyle) -> Table {
        let mut table = Table::new();
        if self.naming == Naming::Symbolic {
            table.insert(NAME, text(&entry.name));
        }
        table.insert(CODE, Item::Value(style.value(entry.code)));
        if let Some(documented) = entry.documented_code {
            table.insert(DOCUMENTED_CODE, Item::Value(style.value(documented)));
        }
        insert_text(&mut table, CAPTION, entry.caption.as_deref());
        match &entry.message {
            Some(message) => table.insert(MESSAGE, text(message)),
            None => table.insert(MESSAGE_KNOWN, Item::Value(Value::from(false))),
        };
        let own_family = entry
            .family
            .as_deref()
            .filter(|&f| Some(f) != self.family.as_deref());
        insert_text(&mut table, FAMILY, own_family);
        let related = entry.related.iter().map(|related| {
            inline_table(&[
                (NAME, basic_string(&related.name)),
                (CODE, style.value(related.code)),
            ])
        });
        insert_array(&mut table, RELATED, related);
        insert_array(
            &mut table,
            ALIASES,
            entry.aliases.iter().map(|a| basic_string(a)),
        );
        insert_text(&mut table, DESCRIPTION, entry.description.as_deref());
        insert_sections(&mut table, &entry.sections);
        table
    }
}

fn insert_sections(table: &mut Table, sections: &Sections) {
    insert_text(table, MEANING, sections.meaning.as_deref());
    insert_text(table, CONTEXT, sections.context.as_deref());
    insert_array(
        table,
        REMEDIES,
        sections.remedies.iter().map(|r| basic_string(r)),
    );
    let faq = sections.faq.iter().map(|item| {
        inline_table(&[
            (QUESTION, basic_string(&item.question)),
            (ANSWER, basic_string(&item.answer)),
        ])
    });
    insert_array(table, FAQ, faq);
    let parameters = sections.parameters.iter().map(|parameter| {
        let mut item = InlineTable::new();
        if let Some(description) = &parameter.description {
            item.insert(DESCRIPTION, basic_string(description));
        }
        if !parameter.values.is_empty() {
            let values = parameter.values.iter().map(|value| {
                let mut row = InlineTable::new();
                row.insert(VALUE, basic_string(&value.value));
                if let Some(meaning) = &value.meaning {
                    row.insert(MEANING, basic_string(meaning));
                }
                for (key, argument) in ARGUMENTS.iter().zip(&value.arguments) {
                    if let Some(argument) = argument {
                        row.insert(*key, basic_string(argument));
                    }
                }
                Value::InlineTable(row)
            });
            item.insert(VALUES, Value::Array(values.collect()));
        }
        Value::InlineTable(item)
    });
    insert_array(table, PARAMETERS, parameters);
    insert_text(table, SUMMARY, sections.summary.as_deref());
}

/// How the format spells `value`, from its list of spellings.
fn spelling<T: PartialEq>(value: T, known: &[(&'static str, T)]) -> Option<&'static str> {
    known
        .iter()
        .find(|(_, known)| *known == value)
        .map(|&(spelling, _)| spelling)
}

fn text(value: &str) -> Item {
    Item::Value(basic_string(value))
}

fn insert_text(table: &mut Table, key: &str, value: Option<&str>) {
    if let Some(value) = value {
        table.insert(key, text(value));
    }
}

/// `key = [...]` on one line, unless there are no items.
fn insert_array(table: &mut Table, key: &str, items: impl Iterator<Item = Value>) {
    let items: Array = items.collect();
    if !items.is_empty() {
        table.insert(key, Item::Value(Value::Array(items)));
    }
}

fn inline_table(pairs: &[(&str, Value)]) -> Value {
    let mut table = InlineTable::new();
    for (key, value) in pairs {
        table.insert(*key, value.clone());
    }
    table.fmt();
    Value::InlineTable(table)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Faq;

    fn entry(name: &str, code: u32) -> EntryDraft {
        EntryDraft {
            name: name.into(),
            code,
            message: Some(format!("{name} \"quoted\" \\ %1.")),
            ..Default::default()
        }
    }

    fn draft(entries: Vec<EntryDraft>) -> CatalogDraft {
        CatalogDraft {
            schema: Some("./catalog.schema.json".into()),
            comments: vec!["Generated.".into(), String::new()],
            enum_name: "E".into(),
            description: Some("D.".into()),
            codes: Some(CodeKind::Win32),
            naming: Naming::Symbolic,
            family: Some("System".into()),
            non_exhaustive: false,
            hex_codes: false,
            entries,
        }
    }

    #[test]
    fn a_draft_is_written_with_every_value_and_round_trips_through_the_rule_book() {
        let mut b = entry("ERROR_B", 2);
        b.related = vec![RelatedDraft {
            name: "ERROR_A".into(),
            code: 1,
        }];
        b.aliases = vec!["ERROR_BB".into()];
        b.description = Some("Long.\n\nMore.".into());
        b.family = Some("Other".into());
        b.caption = Some("Caption".into());
        b.sections = Sections {
            meaning: Some("Means.".into()),
            context: None,
            remedies: vec!["One.".into(), "Two \"quoted\".".into()],
            faq: vec![Faq {
                question: "Why?".into(),
                answer: "So.".into(),
            }],
            parameters: vec![crate::Parameter {
                description: Some("Kind.".into()),
                values: vec![crate::ParameterValue {
                    value: "0x1".into(),
                    meaning: Some("One.".into()),
                    arguments: [None, Some("Count.".into()), None, None],
                }],
            }],
            summary: Some("Short.".into()),
        };
        let mut a = entry("ERROR_A", 1);
        a.family = Some("System".into());
        let draft = draft(vec![b.clone(), a]);
        let text = draft.to_toml();
        assert!(text.starts_with(
            "#:schema ./catalog.schema.json\n# Generated.\n#\n\n[catalog]\nenum = \"E\"\n\
             description = \"D.\"\ncodes = \"win32\"\nfamily = \"System\"\n\n[[error]]\n"
        ));
        assert!(text.contains("related = [{ name = \"ERROR_A\", code = 1 }]\n"));
        assert!(text.contains("faq = [{ q = \"Why?\", a = \"So.\" }]\n"));
        assert!(text.contains(
            "parameters = [{ description = \"Kind.\", values = [{ value = \"0x1\", meaning = \"One.\", arg2 = \"Count.\" }] }]\n"
        ));
        let checked = crate::check(&text).unwrap();
        let [first, second] = checked.entries.as_slice() else {
            panic!("two entries: {checked:?}");
        };
        assert_eq!(first.name, "ERROR_A");
        assert_eq!(first.message.as_deref(), Some("ERROR_A \"quoted\" \\ %1."));
        assert_eq!(first.family.as_deref(), Some("System"));
        assert_eq!(second.related, [crate::CheckedRelated::Own(0)]);
        assert_eq!(second.aliases, ["ERROR_BB"]);
        assert_eq!(second.caption.as_deref(), Some("Caption"));
        assert_eq!(second.family.as_deref(), Some("Other"));
        assert_eq!(second.description.as_deref(), Some("Long.\n\nMore."));
        assert_eq!(second.sections, b.sections);
        // Only an entry's own family is written.
        assert_eq!(text.matches("family = ").count(), 2);
        // The layout is the canonical one's: sorted, lists of sentences one item a line.
        let laid_out = super::super::canonical::canonical(&text, &checked).unwrap();
        assert!(
            laid_out.contains("remedies = [\n    \"One.\",\n    \"Two \\\"quoted\\\".\",\n]\n")
        );
        assert!(laid_out.contains("[[error]]\nname = \"ERROR_A\"\ncode = 1\n"));
        assert!(!checked.non_exhaustive);

        let shipped = CatalogDraft {
            non_exhaustive: true,
            ..super::tests::draft(vec![entry("ERROR_A", 1)])
        };
        let text = shipped.to_toml();
        assert!(text.contains("family = \"System\"\nnon_exhaustive = true\n\n[[error]]"));
        assert!(crate::check(&text).unwrap().non_exhaustive);
    }

    #[test]
    fn codes_unknown_messages_and_nameless_catalogs() {
        let mut nameless = draft(vec![
            EntryDraft {
                message: None,
                ..entry("", 1101)
            },
            entry("", 1102),
        ]);
        nameless.codes = Some(CodeKind::Other);
        nameless.naming = Naming::None;
        nameless.schema = None;
        nameless.comments = Vec::new();
        let text = nameless.to_toml();
        assert!(text.starts_with("[catalog]\n"), "{text}");
        assert!(
            text.contains("codes = \"other\"\nnames = \"none\"\n"),
            "{text}"
        );
        assert!(
            text.contains("[[error]]\ncode = 1101\nmessage_known = false\n"),
            "{text}"
        );
        assert!(!text.contains("name ="), "{text}");
        let checked = crate::check(&text).unwrap();
        assert_eq!(checked.naming, Naming::None);
        assert_eq!(checked.entries.len(), 2);

        let mut signed = draft(vec![entry("JET_errA", (-1206i32).cast_unsigned())]);
        signed.codes = Some(CodeKind::Signed);
        assert!(signed.to_toml().contains("code = -1206\n"));
        // Hex when more than half the codes are wider than 16 bits.
        let mut wide = draft(vec![entry("PDH_A", 0x8000_07D0), entry("PDH_B", 1)]);
        wide.codes = None;
        assert!(wide.to_toml().contains("code = 2147485648\n"));
        wide.entries.push(entry("PDH_C", 0x8000_07D1));
        let text = wide.to_toml();
        assert!(text.contains("code = 0x800007D0\n") && text.contains("code = 0x1\n"));
        assert!(!text.contains("codes ="));
        // 0xFFFF is 16 bits wide.
        let mut narrow = draft(vec![entry("APP_A", 0xFFFF)]);
        narrow.codes = None;
        assert!(narrow.to_toml().contains("code = 65535\n"));
        // Hex when asked, whatever the codes.
        let mut asked = draft(vec![entry("ERROR_A", 1), entry("ERROR_B", 2)]);
        asked.hex_codes = true;
        let text = asked.to_toml();
        assert!(
            text.contains("code = 0x1\n") && text.contains("code = 0x2\n"),
            "{text}"
        );
    }

    #[test]
    fn every_kind_and_naming_has_a_spelling() {
        for kind in [
            CodeKind::Other,
            CodeKind::Win32,
            CodeKind::Hresult,
            CodeKind::NtStatus,
            CodeKind::Signed,
        ] {
            assert!(spelling(kind, CodeKind::ALL).is_some(), "{kind:?}");
        }
        for naming in [Naming::Symbolic, Naming::None] {
            assert!(spelling(naming, Naming::ALL).is_some(), "{naming:?}");
        }
    }
}
