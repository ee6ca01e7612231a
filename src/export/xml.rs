//! The one XML escaper: text and attribute values, with characters XML 1.0 forbids removed.

/// Escapes `s` for XML text or a double-quoted attribute value.
pub fn escape(s: &str) -> std::borrow::Cow<'_, str> {
    if !s
        .chars()
        .any(|c| matches!(c, '&' | '<' | '>' | '"' | '\'') || !allowed(c))
    {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if allowed(c) => out.push(c),
            _ => {}
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Characters XML 1.0 allows in a document.
fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}')
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escaping_table() {
        let cases = [
            ("Kerry", "Kerry"),
            ("AT&T <b>", "AT&amp;T &lt;b&gt;"),
            ("say \"no\" it's", "say &quot;no&quot; it&apos;s"),
            ("bell\u{7}nul\u{0}", "bellnul"),
            ("Zoë Лавров", "Zoë Лавров"),
            ("\u{FFFE}x", "x"),
        ];
        for (input, want) in cases {
            assert_eq!(escape(input), want);
        }
    }
}
