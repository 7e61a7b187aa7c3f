//! The message beside a number: where a line prints the text of the error as well as its
//! number (`Error 691: Access was denied because the username and/or password was invalid on
//! the domain.`), the reading whose catalog message the line holds is the one meant, whatever
//! the default order of the spaces.

use win_errors_core::{CodeSpace, Readings};

/// How many of a message's words are compared with the line.
const WORDS_COMPARED: usize = 8;

/// The longest word compared; a longer one is skipped.
const LONGEST_WORD: usize = 32;

/// The share of them the line must hold.
const SHARE_HELD: f32 = 0.6;

/// How far around the number a message is looked for, in bytes before and after: a message
/// is printed beside its number, and a bounded window keeps a line of many numbers linear.
const BEFORE: usize = 160;
const AFTER: usize = 240;

/// The space of the one reading of `readings` whose message the line (`lowered`, in ASCII
/// lower case) holds around the number at `start..end` (most of its first words, a word also
/// counting inside a longer one: `username` holds `user`), when one holds more of it than any
/// other; none when there is one reading only, as there is nothing to choose.
pub(super) fn space_of_message_in(
    lowered: &[u8],
    start: usize,
    end: usize,
    readings: &Readings,
) -> Option<CodeSpace> {
    readings.found().filter(|r| r.entry.is_some()).nth(1)?;
    space_whose_message_is_near(lowered, start, end, readings)
}

/// The space of the one reading of `readings` whose message the line (`lowered`, in ASCII
/// lower case) holds around the number at `start..end`, as [`space_of_message_in`] finds it,
/// even when it is the only reading: a number that stands alone (`... does not exist as an
/// installed service. (1060)`) is a code only where its message is beside it.
pub(super) fn space_whose_message_is_near(
    lowered: &[u8],
    start: usize,
    end: usize,
    readings: &Readings,
) -> Option<CodeSpace> {
    let lowered = lowered
        .get(start.saturating_sub(BEFORE)..end.saturating_add(AFTER).min(lowered.len()))
        .unwrap_or_default();
    let mut best: Option<(f32, CodeSpace)> = None;
    let mut tied = false;
    for reading in readings.found() {
        let Some(message) = reading.entry.and_then(|entry| entry.message()) else {
            continue;
        };
        let share = share_held(lowered, message);
        match best {
            Some((top, _)) if share < top => {}
            Some((top, _)) if share == top => tied = true,
            _ => {
                best = Some((share, reading.space));
                tied = false;
            }
        }
    }
    let (share, space) = best?;
    (share >= SHARE_HELD && !tied).then_some(space)
}

/// HTTP's client and server errors with their reason phrases in lower case (RFC 9110, section
/// 15.5 and 15.6; 429 from RFC 6585), and the words .NET and SDKs print for some
/// (`NotFound`, `(404) Not Found`, `Resource not found`). The phrases too common in other
/// text to tell anything (`Gone`, `Conflict`) are left out.
const HTTP_REASONS: &[(u32, &[&str])] = &[
    (400, &["bad request", "badrequest"]),
    (401, &["unauthorized", "unauthorised"]),
    (403, &["forbidden"]),
    (404, &["not found", "notfound"]),
    (405, &["method not allowed"]),
    (407, &["proxy authentication required"]),
    (408, &["request timeout"]),
    (
        413,
        &[
            "payload too large",
            "content too large",
            "request entity too large",
        ],
    ),
    (415, &["unsupported media type"]),
    (422, &["unprocessable entity", "unprocessable content"]),
    (429, &["too many requests", "toomanyrequests"]),
    (500, &["internal server error", "internalservererror"]),
    (502, &["bad gateway", "badgateway"]),
    (503, &["service unavailable", "serviceunavailable"]),
    (
        504,
        &["gateway timeout", "gateway time-out", "gatewaytimeout"],
    ),
];

/// HTTP's reason phrases for `number`: none when it is no HTTP error [`HTTP_REASONS`] has.
pub(super) fn http_reasons(number: u32) -> &'static [&'static str] {
    HTTP_REASONS
        .iter()
        .find(|(status, _)| *status == number)
        .map_or(&[], |(_, phrases)| phrases)
}

/// Whether the line (`lowered`, in ASCII lower case) prints one of `phrases`, HTTP's reason
/// phrases for the number at `start..end` ([`http_reasons`]), around it (`Error code: 404 -
/// ... 'Resource not found'`): the status of a web request, not the Windows code of the
/// same number.
pub(super) fn http_reason_near(lowered: &[u8], start: usize, end: usize, phrases: &[&str]) -> bool {
    let window = lowered
        .get(start.saturating_sub(BEFORE)..end.saturating_add(AFTER).min(lowered.len()))
        .unwrap_or_default();
    phrases
        .iter()
        .any(|phrase| memchr::memmem::find(window, phrase.as_bytes()).is_some())
}

/// The share of the first significant words of `message` (four letters or more, no insert)
/// that `lowered` holds; 0 for a message without such words.
fn share_held(lowered: &[u8], message: &str) -> f32 {
    let words = message
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|word| (4..=LONGEST_WORD).contains(&word.len()))
        .take(WORDS_COMPARED);
    let (mut held, mut compared) = (0u8, 0u8);
    let mut buffer = [0u8; LONGEST_WORD];
    for word in words {
        compared += 1;
        let Some(lower) = buffer.get_mut(..word.len()) else {
            continue;
        };
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        // The window is short: a scan for the first byte beats building a searcher per word.
        let first = lower.first().copied().unwrap_or_default();
        let found = memchr::memchr_iter(first, lowered).any(|at| {
            lowered
                .get(at..)
                .is_some_and(|rest| rest.starts_with(lower))
        });
        if found {
            held += 1;
        }
    }
    match compared {
        0 => 0.0,
        _ => f32::from(held) / f32::from(compared),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_message_a_line_prints_picks_the_space() {
        let ras = "Error 691: Access was denied because the username and/or password was invalid on the domain.";
        assert_eq!(
            space_of_message_in(
                &ras.to_ascii_lowercase().into_bytes(),
                6,
                9,
                &Readings::of_text("691")
            ),
            Some(CodeSpace::Ras)
        );
        let mci = "Error 263 for command: open x The specified device is not open or is not recognized by MCI.";
        assert_eq!(
            space_of_message_in(
                &mci.to_ascii_lowercase().into_bytes(),
                6,
                9,
                &Readings::of_text("263")
            ),
            Some(CodeSpace::Mci)
        );
        // Too far from the number, no message, or one no reading has: no say.
        let far = format!("error 691{}{}", " ".repeat(AFTER), &ras[10..]);
        assert_eq!(
            space_of_message_in(
                &far.to_ascii_lowercase().into_bytes(),
                6,
                9,
                &Readings::of_text("691")
            ),
            None
        );
        assert_eq!(
            space_of_message_in(b"error 691", 6, 9, &Readings::of_text("691")),
            None
        );
        assert_eq!(
            space_of_message_in(
                b"error 691 while dialing the office",
                6,
                9,
                &Readings::of_text("691")
            ),
            None
        );
    }

    #[test]
    fn an_http_status_is_told_by_its_own_reason_phrase_near_it() {
        let line = b"notfounderror: error code: 404 - {'message': 'resource not found'}";
        assert!(http_reason_near(line, 27, 30, http_reasons(404)));
        // Another status's phrase, a status without one, a number out of HTTP's range.
        assert!(!http_reason_near(line, 27, 30, http_reasons(403)));
        assert!(!http_reason_near(
            b"error 410: gone",
            6,
            9,
            http_reasons(410)
        ));
        assert!(!http_reason_near(
            b"error 5: not found",
            6,
            7,
            http_reasons(5)
        ));
        // Too far from the number.
        let far = format!("error 404{}not found", " ".repeat(AFTER));
        assert!(!http_reason_near(far.as_bytes(), 6, 9, http_reasons(404)));
        let before = format!("not found{}error 404", " ".repeat(BEFORE));
        let at = before.len() - 3;
        assert!(!http_reason_near(
            before.as_bytes(),
            at,
            at + 3,
            http_reasons(404)
        ));
    }

    #[test]
    fn two_messages_held_alike_leave_the_choice_open() {
        // Both of 691's messages, whole: neither reading is the one meant.
        let both = b"debugger terminated thread. access denied because the user name, password, or both is not valid on the domain. (691)";
        let at = both.len() - 4;
        assert_eq!(
            space_whose_message_is_near(both, at, at + 3, &Readings::of_text("691")),
            None
        );
    }

    #[test]
    fn a_message_without_a_word_to_compare_is_not_held() {
        for message in ["%1", "a b c", ""] {
            assert_eq!(share_held(b"a b c %1", message), 0.0, "{message}");
        }
    }

    #[test]
    fn a_lone_number_is_a_code_only_beside_its_message() {
        let line = b"unable to open the service: the specified service does not exist as an installed service. (1060)";
        let at = line.len() - 5;
        assert_eq!(
            space_whose_message_is_near(line, at, at + 4, &Readings::of_text("1060")),
            Some(CodeSpace::Win32)
        );
        let count = b"processed all the files of the list (1060)";
        let at = count.len() - 5;
        assert_eq!(
            space_whose_message_is_near(count, at, at + 4, &Readings::of_text("1060")),
            None
        );
    }
}
