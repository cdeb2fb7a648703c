//! Finding rows by what a person types: case does not matter, and
//! full-width letters and digits count as their ASCII forms.

pub struct Matcher {
    needle: String,
}

impl Matcher {
    pub fn new(query: &str) -> Matcher {
        Matcher {
            needle: fold(query.trim()),
        }
    }

    pub fn matches(&self, text: &str) -> bool {
        self.needle.is_empty() || fold(text).contains(&self.needle)
    }
}

fn fold(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            // The full-width forms block mirrors ASCII 0x21..=0x7E.
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            '\u{3000}' => ' ',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}
