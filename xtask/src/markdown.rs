//! Removing the Markdown markup the error pages use, leaving the text a reader sees.

/// Plain text of a Markdown fragment: links `[text](url)` become `text`, autolinks
/// `<https://...>` their address, `**bold**` and the inline HTML of the pages (`<strong>`,
/// `<em>`, `<code>`, `<br />`) their text, backslash escapes the escaped character; all
/// whitespace runs (including no-break spaces) become one space.
pub fn to_plain_text(markdown: &str) -> String {
    let without_links = replace_links(&without_inline_html(markdown));
    let mut out = String::with_capacity(without_links.len());
    let mut chars = without_links.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.peek() {
                Some(&next) if next.is_ascii_punctuation() => {
                    out.push(next);
                    chars.next();
                }
                _ => out.push('\\'),
            },
            '*' if chars.peek() == Some(&'*') => {
                chars.next();
            }
            _ => out.push(c),
        }
    }
    normalize_whitespace(&out)
}

/// The inline HTML tags the pages write in their text; a line break becomes a space.
const INLINE_TAGS: &[(&str, &str)] = &[
    ("<strong>", ""),
    ("</strong>", ""),
    ("<em>", ""),
    ("</em>", ""),
    ("<code>", ""),
    ("</code>", ""),
    ("<br />", " "),
    ("<br/>", " "),
    ("<br>", " "),
];

fn without_inline_html(text: &str) -> String {
    let tags_removed = INLINE_TAGS
        .iter()
        .fold(text.to_owned(), |text, (tag, by)| text.replace(tag, by));
    without_html_links(&tags_removed)
}

/// `<a href="...">text</a>` as its text, as a Markdown link becomes its text.
fn without_html_links(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("<a href=\"") {
        let Some(end) = rest[start..].find("\">").map(|end| start + end + 2) else {
            break;
        };
        out.push_str(&rest[..start]);
        rest = &rest[end..];
        if let Some(close) = rest.find("</a>") {
            out.push_str(&rest[..close]);
            rest = &rest[close + 4..];
        }
    }
    out.push_str(rest);
    out
}

/// Collapses every whitespace run (Unicode whitespace, no-break spaces included) to one
/// space and trims the ends.
pub fn normalize_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Replaces `[text](target)` with `text` and `<scheme://address>` with the address.
fn replace_links(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut rest = markdown;
    while let Some(i) = rest.find(['[', '<', '\\']) {
        let (before, from) = rest.split_at(i);
        out.push_str(before);
        if let Some(escaped) = from.strip_prefix('\\') {
            // Keep escapes for the second pass, and do not read `\[` as a link.
            let mut chars = escaped.chars();
            out.push('\\');
            if let Some(next) = chars.next() {
                out.push(next);
            }
            rest = chars.as_str();
        } else if let Some((text, after)) = link(from) {
            out.push_str(text);
            rest = after;
        } else if let Some((address, after)) = autolink(from) {
            out.push_str(address);
            rest = after;
        } else {
            let mut chars = from.chars();
            if let Some(c) = chars.next() {
                out.push(c);
            }
            rest = chars.as_str();
        }
    }
    out.push_str(rest);
    out
}

/// `[text](target)` at the start of `s`: the text and what follows the link.
fn link(s: &str) -> Option<(&str, &str)> {
    let inner = s.strip_prefix('[')?;
    let close = inner.find("](")?;
    let (text, after_text) = inner.split_at(close);
    let target = after_text.get(2..)?;
    let end = target.find(')')?;
    if text.contains('[') || target.get(..end)?.contains(char::is_whitespace) {
        return None;
    }
    Some((text, target.get(end + 1..)?))
}

/// `<https://...>` at the start of `s`: the address and what follows.
fn autolink(s: &str) -> Option<(&str, &str)> {
    let inner = s.strip_prefix('<')?;
    let end = inner.find('>')?;
    let address = inner.get(..end)?;
    let is_url = (address.starts_with("https://") || address.starts_with("http://"))
        && !address.contains(char::is_whitespace);
    is_url.then(|| Some((address, inner.get(end + 1..)?)))?
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_bold_and_links_are_removed() {
        assert_eq!(
            to_plain_text("ERROR\\_FILE\\_NOT\\_FOUND"),
            "ERROR_FILE_NOT_FOUND"
        );
        assert_eq!(
            to_plain_text("The global filename characters, \\* or ?, are entered"),
            "The global filename characters, * or ?, are entered"
        );
        assert_eq!(
            to_plain_text("service ([**QueryCredentialsAttributes**](/windows/win32/api/sspi/x))."),
            "service (QueryCredentialsAttributes)."
        );
        assert_eq!(to_plain_text("a **NULL** string"), "a NULL string");
        assert_eq!(
            to_plain_text("error \\[%2\\] processing"),
            "error [%2] processing"
        );
        assert_eq!(
            to_plain_text("quote (\\\\' or \\\\\")"),
            "quote (\\' or \\\")"
        );
        assert_eq!(to_plain_text("user %s\\\\\\\\%s"), "user %s\\\\%s");
        assert_eq!(
            to_plain_text("Please see <https://go.microsoft.com/fwlink/p/?linkid=1> for more."),
            "Please see https://go.microsoft.com/fwlink/p/?linkid=1 for more."
        );
    }

    #[test]
    fn inline_html_leaves_its_text() {
        assert_eq!(
            to_plain_text(
                "A <strong>PathGeometry</strong> element<br />ends, <em>see</em> <code>x</code>.<br/>"
            ),
            "A PathGeometry element ends, see x."
        );
        assert_eq!(to_plain_text("one of \"*?:<>/|\""), "one of \"*?:<>/|\"");
        assert_eq!(
            to_plain_text(
                "Call <a href=\"/windows/a-b\">IXpsOMPackageWriter::AddPage</a> first, as <user>@<domain>."
            ),
            "Call IXpsOMPackageWriter::AddPage first, as <user>@<domain>."
        );
    }

    #[test]
    fn whitespace_is_normalized() {
        assert_eq!(
            to_plain_text("  Windows\u{a0}XP \n and\tmore  "),
            "Windows XP and more"
        );
    }

    #[test]
    fn text_that_only_looks_like_markup_is_kept() {
        assert_eq!(to_plain_text("a < b and [c] d"), "a < b and [c] d");
        assert_eq!(to_plain_text("%1 {0} C:\\path"), "%1 {0} C:\\path");
    }
}
