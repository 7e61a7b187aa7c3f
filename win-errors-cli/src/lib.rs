//! The `win-errors` command: look up Windows error codes, HRESULTs and names, offline, on
//! any OS, from the catalogs shipped in `win-errors-core`; `check` and `fmt` for catalog
//! files, with the build's own rule book (`win_errors_generator::check`); `scan` for logs.
//!
//! This library is the tool's implementation, public for its tests: not a stable API.
//!
//! The command line is in `args`; what each command does in `lookup` (queries), `entries`
//! (`--search` and `--list`), `scan`, `check` and `fmt`; what they print in `output`, one
//! module per format over the library's own [`win_errors_core::Entry`] and
//! [`win_errors_core::Reading`].

mod args;
pub mod check;
pub mod entries;
pub mod fmt;
pub mod import_mc;
pub mod lookup;
pub mod output;
pub mod scan;

use std::io::Write;

pub use args::{Args, ColorWhen, Command, Generate};

/// The stream the tool writes its output to: standard output, through `anstream`, which
/// resolves `--color auto` (a terminal, `NO_COLOR`, `CLICOLOR`, `CLICOLOR_FORCE`, `TERM=dumb`),
/// drops the escapes where colour is off, and writes them as console calls on the classic
/// Windows console. Also whether the output is coloured.
pub fn output_stream<S: anstream::stream::RawStream>(
    raw: S,
    when: ColorWhen,
) -> (anstream::AutoStream<S>, bool) {
    let choice = match when {
        ColorWhen::Auto => anstream::ColorChoice::Auto,
        ColorWhen::Always => anstream::ColorChoice::Always,
        ColorWhen::Never => anstream::ColorChoice::Never,
    };
    let stream = anstream::AutoStream::new(raw, choice);
    let colour = stream.current_choice() != anstream::ColorChoice::Never;
    (stream, colour)
}

/// Runs the command; returns the exit status (0: all found, 1: something was not, 2: a file
/// could not be read).
pub fn run(args: &Args, out: &mut dyn Write, err: &mut dyn Write, colour: bool) -> i32 {
    match &args.command {
        Some(Command::Check { files, json }) => check::run(files, *json, out, err),
        Some(Command::Fmt { files, check }) => fmt::run(files, *check, out, err),
        Some(Command::ImportMc { file }) => import_mc::run(file, out, err),
        Some(Command::Scan {
            files,
            summary,
            json,
        }) => {
            let options = scan::ScanOptions {
                summary: *summary,
                json: *json,
                colour,
            };
            scan::run(files, options, out, err)
        }
        None if args.license => {
            let _ = out.write_all(LICENSE.as_bytes());
            0
        }
        None => match args.generate {
            Some(what) => generate(what, out),
            None => lookup::run(args, out, err, colour),
        },
    }
}

/// Writes the completions of a shell, or the man page, from the command line's own
/// definition; 0, or 2 when it cannot be written. A closed pipe (`| head`) ends the output
/// quietly, as for every other command.
fn generate(what: Generate, out: &mut dyn Write) -> i32 {
    use clap::CommandFactory;
    use clap_complete::Shell;
    let mut command = Args::command();
    // Rendered into memory first: `clap_complete::generate` panics when it cannot write.
    let mut text = Vec::new();
    let shell = match what {
        Generate::Man => None,
        Generate::CompleteBash => Some(Shell::Bash),
        Generate::CompleteZsh => Some(Shell::Zsh),
        Generate::CompleteFish => Some(Shell::Fish),
        Generate::CompletePowershell => Some(Shell::PowerShell),
        Generate::CompleteElvish => Some(Shell::Elvish),
    };
    let rendered = match shell {
        Some(shell) => {
            clap_complete::generate(shell, &mut command, "win-errors", &mut text);
            Ok(())
        }
        None => clap_mangen::Man::new(command).render(&mut text),
    };
    if rendered.is_err() {
        return 2;
    }
    match out.write_all(&text).and_then(|()| out.flush()) {
        Ok(()) => 0,
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => 0,
        Err(_) => 2,
    }
}

/// What `--license` prints: the tool's licence, then the attribution of the data it carries
/// (the workspace's NOTICE, which every package that ships data carries too).
pub const LICENSE: &str = concat!(
    "win-errors is licensed under the MIT License or the Apache License 2.0, at your option.\n",
    "The error data it carries is licensed as follows.\n\n",
    include_str!("../NOTICE"),
);

#[cfg(test)]
mod tests {
    use super::*;

    /// A writer that fails as a closed pipe or a full disk does.
    struct Failing(std::io::ErrorKind);

    impl Write for Failing {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(self.0.into())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn generated_text_into_a_closed_pipe_ends_quietly_and_a_failed_write_is_2() {
        for what in [
            Generate::CompleteBash,
            Generate::CompletePowershell,
            Generate::Man,
        ] {
            assert_eq!(
                generate(what, &mut Failing(std::io::ErrorKind::BrokenPipe)),
                0
            );
            assert_eq!(generate(what, &mut Failing(std::io::ErrorKind::Other)), 2);
        }
    }

    #[test]
    fn colour_as_asked_and_never_into_a_buffer_by_default() {
        // A buffer is no terminal: `auto` gives no colour, `always` does, `never` does not.
        let (_, auto) = output_stream(Vec::new(), ColorWhen::Auto);
        let (_, always) = output_stream(Vec::new(), ColorWhen::Always);
        let (_, never) = output_stream(Vec::new(), ColorWhen::Never);
        assert_eq!((auto, always, never), (false, true, false));
        // With colour off, escapes written anyway are dropped.
        let (mut stream, _) = output_stream(Vec::new(), ColorWhen::Never);
        stream.write_all(b"\x1b[1mbold\x1b[0m").unwrap();
        assert_eq!(stream.into_inner(), b"bold");
    }
}
