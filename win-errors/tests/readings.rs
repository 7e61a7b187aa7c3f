//! The readings of any text: no panic, a bounded number of readings, and every spelling of a
//! code read back as that code.

use proptest::prelude::*;
use win_errors::{CodeSpace, Entry, Form, Readings};

/// The most readings a text can have, from the registry of spaces: two numbers (eight digits
/// are read as hex and as decimal), each in every space and as every code it can carry.
fn most_readings() -> usize {
    let carried: usize = CodeSpace::ALL.iter().map(|s| s.info().carries.len()).sum();
    2 * (CodeSpace::COUNT + carried)
}

/// Text of every shape the readings treat apart, and any text.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,300}",
        "[0-9]{8}",
        "[0-9a-fA-F]{8}",
        "-?[0-9]{1,11}",
        "0[xX][0-9a-fA-F]{1,9}h?",
        "(ERROR_|E_|STATUS_|NT_STATUS_|JET_)?[A-Za-z_0-9]{1,40}",
    ]
}

proptest! {
    #[test]
    fn any_text_is_read_without_panicking(text in text()) {
        let readings = Readings::of_text(&text);
        prop_assert!(readings.len() <= most_readings());
        for reading in &readings {
            if let Some(entry) = reading.entry {
                prop_assert_eq!(entry.code(), reading.code);
                prop_assert_eq!(entry.space(), reading.space);
            }
        }
        // `found` is every reading with an entry not found before it, in order, the entries
        // with a message first.
        let mut expected: Vec<Entry> = Vec::new();
        for entry in readings.iter().filter_map(|r| r.entry) {
            if !expected.contains(&entry) {
                expected.push(entry);
            }
        }
        expected.sort_by_key(|entry| entry.message().is_none());
        let found: Vec<Entry> = readings.found().filter_map(|r| r.entry).collect();
        prop_assert_eq!(found, expected);
    }

    #[test]
    fn every_spelling_of_a_code_reads_it_back(code: u32) {
        let spellings = [
            (format!("0x{code:X}"), Form::Hex),
            (format!("0x{code:08x}"), Form::Hex),
            (format!("{code:X}h"), Form::HexSuffix),
            (code.to_string(), Form::Decimal),
        ];
        for (text, form) in spellings {
            let readings = Readings::of_text(&text);
            prop_assert!(
                readings.iter().any(|r| r.number == code && r.form == form && r.carried_in.is_none()),
                "{}", text
            );
            // Each space is read once for the number, in every form.
            for space in CodeSpace::ALL {
                prop_assert!(readings.iter().any(|r| r.number == code && r.space == space && r.carried_in.is_none()));
            }
        }
        if (code as i32) < 0 {
            let text = (code as i32).to_string();
            prop_assert!(Readings::of_text(&text).iter().any(|r| r.number == code && r.form == Form::SignedDecimal));
        }
        // Readings of a code agree with the readings of its text.
        let of_code: Vec<_> = Readings::of_code(code).iter().map(|r| (r.space, r.code, r.entry)).collect();
        let of_hex: Vec<_> = Readings::of_text(&format!("0x{code:X}"))
            .iter()
            .map(|r| (r.space, r.code, r.entry))
            .collect();
        prop_assert_eq!(of_code, of_hex);
    }
}

#[test]
fn eight_digits_have_the_readings_of_two_numbers() {
    // 0x80070005 carries a Win32 error; 80,070,005 is a number of its own.
    let readings = Readings::of_text("80070005");
    assert_eq!(readings.len(), 2 * CodeSpace::COUNT + 1);
    assert!(readings.len() <= most_readings());
}

#[test]
fn every_name_of_every_shipped_catalog_reads_back_as_its_entry() {
    // A catalog known by its codes alone names its entries by their numbers: they read back
    // too. Every catalog that is built in (CI also tests each catalog feature alone).
    for space in CodeSpace::ALL.into_iter().filter(|s| s.is_built_in()) {
        let mut names = 0;
        for entry in Entry::all_in(space) {
            for name in std::iter::once(entry.name()).chain(entry.aliases()) {
                names += 1;
                for text in [name.to_owned(), name.to_ascii_lowercase()] {
                    let readings = Readings::of_text(&text);
                    assert!(readings.found().any(|r| r.entry == Some(entry)), "{text}");
                }
            }
        }
        assert!(names > 0, "{space}");
    }
}
