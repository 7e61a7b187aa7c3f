//! Any arguments, however odd: the tool answers with status 0, 1 or 2 and never panics.

use clap::Parser;
use proptest::prelude::*;
use win_errors_cli::{Args, run};

/// What the tool does with `arguments` (after the program name): its exit status.
fn status_of(arguments: &[String]) -> i32 {
    let words = std::iter::once("win-errors".to_owned()).chain(arguments.iter().cloned());
    match Args::try_parse_from(words) {
        // clap's usage errors exit with 2, `--help` and `--version` with 0.
        Err(error) => error.exit_code(),
        Ok(args) => {
            let (mut out, mut err) = (Vec::new(), Vec::new());
            run(&args, &mut out, &mut err, false)
        }
    }
}

fn argument() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => any::<String>(),
        2 => "[A-Za-z_]{0,30}",
        2 => "-?[0-9]{0,12}",
        1 => "0[xX][0-9a-fA-F]{0,12}",
        1 => Just("--search".to_owned()),
        1 => Just("--as".to_owned()),
        1 => Just("--json".to_owned()),
        1 => Just("--full".to_owned()),
        1 => Just("--list".to_owned()),
        1 => Just("--family".to_owned()),
        1 => Just("ntstatus".to_owned()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_arguments_give_a_documented_status(arguments in proptest::collection::vec(argument(), 0..6)) {
        // `--list` alone prints thousands of entries: fine, only slower; keep the cases quick.
        prop_assume!(!arguments.iter().any(|a| a == "--list"));
        let status = status_of(&arguments);
        prop_assert!(matches!(status, 0..=2), "{arguments:?}: {status}");
    }

    #[test]
    fn any_single_text_is_looked_up_without_panicking(text in any::<String>()) {
        let status = status_of(&[text]);
        prop_assert!(matches!(status, 0..=2));
    }
}

#[test]
fn very_long_arguments_are_answered() {
    for text in [
        "A".repeat(100_000),
        format!("0x{}", "F".repeat(100_000)),
        "9".repeat(100_000),
    ] {
        assert_eq!(status_of(&[text]), 1);
    }
    // Twenty thousand words, each of which entries hold: found.
    assert_eq!(
        status_of(&["--search".to_owned(), "logon ".repeat(20_000)]),
        0
    );
    assert_eq!(status_of(&["--search".to_owned(), "q".repeat(100_000)]), 1);
}
