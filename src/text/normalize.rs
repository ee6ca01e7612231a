//! Character normalisation that keeps one character for one character, so that character
//! offsets into the normalised text are offsets into the original.

/// Maps one character to its normal form: typographic quotes to ASCII, dashes to `-`, exotic
/// spaces and bullets to a space, control characters (but newlines and tabs) to a space, line
/// and paragraph separators and a carriage return to a newline. ([`normalize`] treats the `\r`
/// of a `\r\n` pair apart: it becomes a space, so that Windows line ends stay single breaks.)
#[inline]
pub fn normalize_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' | '`' | '\u{00B4}' => {
            '\''
        }
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' => '-',
        '\u{00A0}' | '\u{2000}'..='\u{200B}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\u{FEFF}' => ' ',
        '\u{2022}' | '\u{2023}' | '\u{25AA}' | '\u{25CF}' | '\u{00B7}' | '\u{2043}' | '\u{25E6}' => ' ',
        '\r' | '\u{2028}' | '\u{2029}' | '\u{0085}' => '\n',
        '\n' | '\t' => c,
        c if c.is_control() => ' ',
        c => c,
    }
}

/// Normalises a whole text; the result has exactly as many characters as the input. Line ends
/// become `\n` one character for one: `\r\n` (Windows) gives ` \n`, a lone `\r` (old Mac) `\n`.
pub fn normalize(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes()
        .all(|b| (0x20..0x7f).contains(&b) && b != b'`' || b == b'\n' || b == b'\t')
    {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() == Some(&'\n') {
            out.push(' ');
        } else {
            out.push(normalize_char(c));
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_dashes_and_spaces_become_ascii_one_for_one() {
        let cases = [
            ("Kerry\u{2019}s", "Kerry's"),
            ("\u{201C}coy\u{201D}", "\"coy\""),
            ("Lavrov \u{2014} Kerry", "Lavrov - Kerry"),
            ("a\u{00A0}b\r\nc", "a b \nc"),
            ("one\rtwo\r\rthree", "one\ntwo\n\nthree"),
            ("para\r\n\r\nnext", "para \n \nnext"),
            ("  \u{2022} At a news conference", "    At a news conference"),
            ("NUL\u{0}byte", "NUL byte"),
        ];
        for (input, want) in cases {
            let got = normalize(input);
            assert_eq!(got, want);
            assert_eq!(got.chars().count(), input.chars().count());
        }
    }
}
