//! Filling in a message's FormatMessage inserts (`%1`, `%2!d!`, `%%`, `%n`, ...) without
//! allocating.

use core::fmt::{self, Write};

/// An argument for an insert: text, or a number that `!d!`, `!u!`, `!x!` and the like format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Insert<'a> {
    /// Text (`%1`, `%1!s!`).
    Str(&'a str),
    /// A signed number (`%1!d!`, `%1!i!`).
    Int(i64),
    /// An unsigned number (`%1!u!`, `%1!x!`, `%1!X!`, `%1!o!`).
    UInt(u64),
}

impl<'a> From<&'a str> for Insert<'a> {
    #[inline]
    fn from(text: &'a str) -> Self {
        Insert::Str(text)
    }
}

impl From<i64> for Insert<'_> {
    #[inline]
    fn from(number: i64) -> Self {
        Insert::Int(number)
    }
}

impl From<i32> for Insert<'_> {
    #[inline]
    fn from(number: i32) -> Self {
        Insert::Int(number.into())
    }
}

impl From<u64> for Insert<'_> {
    #[inline]
    fn from(number: u64) -> Self {
        Insert::UInt(number)
    }
}

impl From<u32> for Insert<'_> {
    #[inline]
    fn from(number: u32) -> Self {
        Insert::UInt(number.into())
    }
}

/// A message with its inserts filled in, as FormatMessage does; `Display` writes it.
///
/// ```
/// # use win_errors_core as win_errors;
/// use win_errors::{Insert, MessageWith};
///
/// let text = MessageWith::new("The file %1 is %2!d! bytes%n(100%%).", &[Insert::Str("a.txt"), Insert::Int(12)]);
/// assert_eq!(text.to_string(), "The file a.txt is 12 bytes\r\n(100%).");
/// // A missing argument stays visible.
/// assert_eq!(MessageWith::new("Disk %1 in %2.", &["A:".into()]).to_string(), "Disk A: in %2.");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct MessageWith<'a> {
    message: &'a str,
    args: &'a [Insert<'a>],
}

impl<'a> MessageWith<'a> {
    /// `message` with `args` for its inserts (`args[0]` fills `%1`).
    #[inline]
    pub const fn new(message: &'a str, args: &'a [Insert<'a>]) -> Self {
        MessageWith { message, args }
    }
}

impl fmt::Display for MessageWith<'_> {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.message;
        while let Some(at) = rest.find('%') {
            let (text, from) = rest.split_at(at);
            f.write_str(text)?;
            let after = &from[1..];
            let mut chars = after.chars();
            match chars.next() {
                // `%0` ends the message (FormatMessage adds no line break after it).
                Some('0') => return Ok(()),
                Some(digit @ '1'..='9') => {
                    let (number, spec, consumed) = insert_at(after, digit);
                    match self.args.get(number - 1) {
                        Some(arg) => write_insert(f, *arg, spec)?,
                        // Left visible, so a missing argument is noticed.
                        None => f.write_str(&from[..1 + consumed])?,
                    }
                    rest = &after[consumed..];
                    continue;
                }
                Some('n') => f.write_str("\r\n")?,
                Some('r') => f.write_char('\r')?,
                Some('t') => f.write_char('\t')?,
                Some('b') | Some(' ') => f.write_char(' ')?,
                Some(c @ ('%' | '.' | '!')) => f.write_char(c)?,
                Some(other) => {
                    f.write_char('%')?;
                    f.write_char(other)?;
                }
                None => return f.write_char('%'),
            }
            rest = chars.as_str();
        }
        f.write_str(rest)
    }
}

/// At `after` (just past `%`, starting with `first`, a digit 1-9): the insert number
/// (1 to 99), its `!spec!` if any, and how many bytes the insert takes after the `%`.
#[inline]
fn insert_at(after: &str, first: char) -> (usize, Option<&str>, usize) {
    let mut number = first as usize - '0' as usize;
    let mut consumed = 1;
    if let Some(second) = after[1..].chars().next().filter(char::is_ascii_digit) {
        number = number * 10 + (second as usize - '0' as usize);
        consumed = 2;
    }
    let tail = &after[consumed..];
    if let Some(spec_and_rest) = tail.strip_prefix('!')
        && let Some(end) = spec_and_rest.find('!')
    {
        return (number, Some(&spec_and_rest[..end]), consumed + end + 2);
    }
    (number, None, consumed)
}

/// Writes one argument with a printf-style spec such as `d`, `08x`, `-10s`, `lu`, `I64d`.
#[inline]
fn write_insert(f: &mut fmt::Formatter<'_>, arg: Insert<'_>, spec: Option<&str>) -> fmt::Result {
    let spec = spec.unwrap_or("s");
    let left = spec.starts_with('-');
    let flags_end = spec
        .find(|c: char| !matches!(c, '-' | '0' | '+' | ' ' | '#'))
        .unwrap_or(spec.len());
    let zero = spec[..flags_end].contains('0') && !left;
    let digits_end = spec[flags_end..]
        .find(|c: char| !c.is_ascii_digit())
        .map_or(spec.len(), |i| flags_end + i);
    let width: usize = spec[flags_end..digits_end].parse().unwrap_or(0);
    let conversion = spec.chars().last().unwrap_or('s');
    match (arg, conversion) {
        (Insert::Int(n), 'd' | 'i') => pad(f, format_args!("{n}"), width, left, zero),
        (Insert::UInt(n), 'd' | 'i' | 'u') => pad(f, format_args!("{n}"), width, left, zero),
        (Insert::Int(n), 'u') => pad(f, format_args!("{}", n as u64), width, left, zero),
        (Insert::Int(n), 'x') => pad(f, format_args!("{:x}", n as u64), width, left, zero),
        (Insert::UInt(n), 'x') => pad(f, format_args!("{n:x}"), width, left, zero),
        (Insert::Int(n), 'X') => pad(f, format_args!("{:X}", n as u64), width, left, zero),
        (Insert::UInt(n), 'X') => pad(f, format_args!("{n:X}"), width, left, zero),
        (Insert::Int(n), 'o') => pad(f, format_args!("{:o}", n as u64), width, left, zero),
        (Insert::UInt(n), 'o') => pad(f, format_args!("{n:o}"), width, left, zero),
        (Insert::Str(s), _) => pad(f, format_args!("{s}"), width, left, false),
        (Insert::Int(n), _) => pad(f, format_args!("{n}"), width, left, false),
        (Insert::UInt(n), _) => pad(f, format_args!("{n}"), width, left, false),
    }
}

/// Writes `value` padded to `width` characters, without allocating.
#[inline]
fn pad(
    f: &mut fmt::Formatter<'_>,
    value: fmt::Arguments<'_>,
    width: usize,
    left: bool,
    zero: bool,
) -> fmt::Result {
    struct Count(usize);
    impl Write for Count {
        #[inline]
        fn write_str(&mut self, s: &str) -> fmt::Result {
            self.0 += s.chars().count();
            Ok(())
        }
    }
    let mut count = Count(0);
    count.write_fmt(value)?;
    let fill = width.saturating_sub(count.0);
    if left {
        f.write_fmt(value)?;
        (0..fill).try_for_each(|_| f.write_char(' '))
    } else {
        let filler = if zero { '0' } else { ' ' };
        (0..fill).try_for_each(|_| f.write_char(filler))?;
        f.write_fmt(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fill(message: &str, args: &[Insert<'_>]) -> String {
        MessageWith::new(message, args).to_string()
    }

    /// Cases written from the FormatMessage documentation's description of inserts and
    /// escape sequences.
    #[test]
    fn format_message_cases() {
        let a = [Insert::Str("first"), Insert::Int(-42), Insert::UInt(255)];
        let cases = [
            ("%1 and %2", "first and -42"),
            ("%1!s! %2!d! %3!u!", "first -42 255"),
            ("%3!x! %3!X! %3!08x! %3!o!", "ff FF 000000ff 377"),
            (
                "[%2!5d!] [%2!-5d!] [%1!8s!] [%1!-8s!]",
                "[  -42] [-42  ] [   first] [first   ]",
            ),
            ("%3!lu! %3!I64u! %2!ld!", "255 255 -42"),
            ("100%% sure", "100% sure"),
            ("line%nnext", "line\r\nnext"),
            ("a%tb%rc%bd% e%.f%!", "a\tb\rc d e.f!"),
            ("cut here%0 and not this", "cut here"),
            ("missing %4 and %9!d!", "missing %4 and %9!d!"),
            ("%12 two digits", "%12 two digits"),
            ("trailing %", "trailing %"),
            ("%q unknown", "%q unknown"),
            ("%1%2", "first-42"),
            ("%1!s", "first!s"),
        ];
        for (message, expected) in cases {
            assert_eq!(fill(message, &a), expected, "{message}");
        }
    }

    #[test]
    fn ninety_nine_inserts() {
        let args: [Insert<'_>; 12] = core::array::from_fn(|i| Insert::UInt(i as u64 + 1));
        assert_eq!(fill("%12 %1 %10", &args), "12 1 10");
    }
}
