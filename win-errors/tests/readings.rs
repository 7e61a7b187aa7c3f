//! The readings of any text: no panic, a bounded number of readings, and every spelling of a
//! code read back as that code.

use proptest::prelude::*;
use win_errors::{CodeSpace, Form, Readings};

proptest! {
    #[test]
    fn any_text_is_read_without_panicking(text in ".{0,300}") {
        let readings = Readings::of_text(&text);
        prop_assert!(readings.len() <= 12);
        for reading in &readings {
            if let Some(entry) = reading.entry {
                prop_assert_eq!(entry.code(), reading.code);
                prop_assert_eq!(entry.space(), reading.space);
            }
        }
        prop_assert_eq!(readings.found().count() <= readings.len(), true);
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
fn every_name_of_every_shipped_catalog_reads_back_as_its_entry() {
    use win_errors::{ComError, Entry, ErrorCatalog, NtStatus, WinError};
    fn check<E: ErrorCatalog>(wrap: fn(E) -> Entry) {
        for &entry in E::ALL {
            for name in std::iter::once(entry.name()).chain(entry.aliases()) {
                for text in [name.to_owned(), name.to_ascii_lowercase()] {
                    let readings = Readings::of_text(&text);
                    assert!(
                        readings.found().any(|r| r.entry == Some(wrap(entry))),
                        "{text}"
                    );
                }
            }
        }
    }
    check(Entry::Win32 as fn(WinError) -> Entry);
    check(Entry::Com as fn(ComError) -> Entry);
    check(Entry::NtStatus as fn(NtStatus) -> Entry);
}
