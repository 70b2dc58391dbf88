//! A small, strict-enough TOML reader into `serde_json::Value`, for the TOML the core reads at
//! scan time (`.prodgap.toml`, `pyproject.toml`, `Pipfile`). It keeps the `toml` crate out of the
//! browser bundle. Dates and times are kept as strings. Depth and size are bounded.

use serde_json::{Map, Number, Value};

const MAX_DEPTH: usize = 64;

struct P<'a> {
    s: &'a [u8],
    i: usize,
    line: usize,
}

type R<T> = Result<T, String>;

impl<'a> P<'a> {
    fn err<T>(&self, msg: &str) -> R<T> {
        Err(format!("line {}: {msg}", self.line))
    }
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }
    fn bump(&mut self) -> Option<u8> {
        let c = self.peek()?;
        self.i += 1;
        if c == b'\n' {
            self.line += 1;
        }
        Some(c)
    }
    fn starts(&self, t: &[u8]) -> bool {
        self.s[self.i..].starts_with(t)
    }
    /// Spaces and tabs.
    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.i += 1;
        }
    }
    /// Spaces, newlines and comments (inside arrays).
    fn ws_nl(&mut self) {
        loop {
            match self.peek() {
                Some(b' ' | b'\t' | b'\r' | b'\n') => {
                    self.bump();
                }
                Some(b'#') => self.comment(),
                _ => return,
            }
        }
    }
    fn comment(&mut self) {
        while let Some(c) = self.peek() {
            if c == b'\n' {
                return;
            }
            self.i += 1;
        }
    }
    /// After a value or header: optional comment, then end of line or input.
    fn eol(&mut self) -> R<()> {
        self.ws();
        if self.peek() == Some(b'#') {
            self.comment();
        }
        match self.peek() {
            None => Ok(()),
            Some(b'\n') => {
                self.bump();
                Ok(())
            }
            Some(b'\r') if self.s.get(self.i + 1) == Some(&b'\n') => {
                self.i += 1;
                self.bump();
                Ok(())
            }
            _ => self.err("expected the end of the line"),
        }
    }

    fn key_part(&mut self) -> R<String> {
        self.ws();
        match self.peek() {
            Some(b'"') => self.basic_string(),
            Some(b'\'') => self.literal_string(),
            _ => {
                let st = self.i;
                while matches!(self.peek(), Some(c) if c.is_ascii_alphanumeric() || c == b'_' || c == b'-')
                {
                    self.i += 1;
                }
                if st == self.i {
                    return self.err("expected a key");
                }
                Ok(String::from_utf8_lossy(&self.s[st..self.i]).into_owned())
            }
        }
    }
    fn key(&mut self) -> R<Vec<String>> {
        let mut parts = vec![self.key_part()?];
        loop {
            self.ws();
            if self.peek() == Some(b'.') {
                self.i += 1;
                parts.push(self.key_part()?);
            } else {
                return Ok(parts);
            }
        }
    }

    /// Skips an opening quote (`triple` or one character); a multi-line string drops the newline
    /// right after its opening delimiter. Returns whether the string is multi-line.
    fn open_string(&mut self, triple: &[u8]) -> bool {
        let multi = self.starts(triple);
        self.i += if multi { 3 } else { 1 };
        if multi && self.peek() == Some(b'\n') {
            self.bump();
        } else if multi && self.starts(b"\r\n") {
            self.i += 1;
            self.bump();
        }
        multi
    }

    fn basic_string(&mut self) -> R<String> {
        let multi = self.open_string(b"\"\"\"");
        let mut out: Vec<u8> = Vec::new();
        loop {
            let Some(c) = self.bump() else {
                return self.err("unterminated string");
            };
            match c {
                b'"' if !multi => break,
                b'"' if multi && self.starts(b"\"\"") => {
                    self.i += 2;
                    // Up to two more quotes belong to the content (`""""` ends with a quote).
                    while self.peek() == Some(b'"') && out.len() < usize::MAX {
                        if self.starts(b"\"") && !self.starts(b"\"\"\"") {
                            out.push(b'"');
                            self.i += 1;
                        } else {
                            break;
                        }
                    }
                    break;
                }
                b'\n' if !multi => return self.err("newline in a string"),
                b'\\' => {
                    let Some(e) = self.bump() else {
                        return self.err("unterminated escape");
                    };
                    match e {
                        b'b' => out.push(8),
                        b't' => out.push(b'\t'),
                        b'n' => out.push(b'\n'),
                        b'f' => out.push(12),
                        b'r' => out.push(b'\r'),
                        b'e' => out.push(27),
                        b'"' => out.push(b'"'),
                        b'\\' => out.push(b'\\'),
                        b'u' | b'U' | b'x' => {
                            let n = match e {
                                b'u' => 4,
                                b'U' => 8,
                                _ => 2,
                            };
                            let hex = self.s.get(self.i..self.i + n).ok_or("short escape")?;
                            let code = u32::from_str_radix(&String::from_utf8_lossy(hex), 16)
                                .map_err(|_| format!("line {}: bad escape", self.line))?;
                            self.i += n;
                            let ch = char::from_u32(code).unwrap_or('\u{fffd}');
                            let mut buf = [0u8; 4];
                            out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                        }
                        b' ' | b'\t' | b'\r' | b'\n' if multi => {
                            // Line-ending backslash: trim white space and newlines that follow.
                            if e != b'\n' {
                                self.ws();
                                if self.peek() == Some(b'\r') {
                                    self.i += 1;
                                }
                                if self.peek() != Some(b'\n') {
                                    return self.err("bad line-ending backslash");
                                }
                                self.bump();
                            }
                            self.ws_only_newlines();
                        }
                        _ => return self.err("unknown escape"),
                    }
                }
                c => out.push(c),
            }
        }
        Ok(String::from_utf8_lossy(&out).into_owned())
    }
    fn ws_only_newlines(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\r' | b'\n')) {
            self.bump();
        }
    }
    fn literal_string(&mut self) -> R<String> {
        let multi = self.open_string(b"'''");
        let st = self.i;
        loop {
            if multi && self.starts(b"'''") {
                let mut end = self.i;
                self.i += 3;
                // `''''` / `'''''`: up to two quotes belong to the content.
                while self.peek() == Some(b'\'') && self.i - end < 5 {
                    self.i += 1;
                    end += 1;
                }
                return Ok(String::from_utf8_lossy(&self.s[st..end]).into_owned());
            }
            match self.bump() {
                None => return self.err("unterminated string"),
                Some(b'\'') if !multi => {
                    return Ok(String::from_utf8_lossy(&self.s[st..self.i - 1]).into_owned());
                }
                Some(b'\n') if !multi => return self.err("newline in a string"),
                _ => {}
            }
        }
    }

    fn value(&mut self, depth: usize) -> R<Value> {
        if depth > MAX_DEPTH {
            return self.err("nested too deeply");
        }
        self.ws();
        match self.peek() {
            Some(b'"') => self.basic_string().map(Value::String),
            Some(b'\'') => self.literal_string().map(Value::String),
            Some(b'[') => {
                self.i += 1;
                let mut arr = Vec::new();
                loop {
                    self.ws_nl();
                    if self.peek() == Some(b']') {
                        self.i += 1;
                        return Ok(Value::Array(arr));
                    }
                    arr.push(self.value(depth + 1)?);
                    self.ws_nl();
                    match self.peek() {
                        Some(b',') => self.i += 1,
                        Some(b']') => {}
                        _ => return self.err("expected `,` or `]` in an array"),
                    }
                }
            }
            Some(b'{') => {
                self.i += 1;
                let mut map = Map::new();
                self.ws();
                if self.peek() == Some(b'}') {
                    self.i += 1;
                    return Ok(Value::Object(map));
                }
                loop {
                    let k = self.key()?;
                    self.ws();
                    if self.peek() != Some(b'=') {
                        return self.err("expected `=` in an inline table");
                    }
                    self.i += 1;
                    let v = self.value(depth + 1)?;
                    insert(&mut map, &k, v, self.line)?;
                    self.ws();
                    match self.bump() {
                        Some(b',') => continue,
                        Some(b'}') => return Ok(Value::Object(map)),
                        _ => return self.err("expected `,` or `}` in an inline table"),
                    }
                }
            }
            Some(_) => {
                let st = self.i;
                while matches!(self.peek(), Some(c) if !matches!(c, b',' | b']' | b'}' | b'\n' | b'\r' | b'#'))
                {
                    self.i += 1;
                }
                let raw = String::from_utf8_lossy(&self.s[st..self.i])
                    .trim()
                    .to_string();
                // `1979-05-27 07:32:00` has one inner space: keep dates whole.
                self.scalar(&raw)
            }
            None => self.err("expected a value"),
        }
    }

    fn scalar(&self, raw: &str) -> R<Value> {
        match raw {
            "true" => return Ok(Value::Bool(true)),
            "false" => return Ok(Value::Bool(false)),
            "" => return self.err("expected a value"),
            _ => {}
        }
        let clean: String = raw.chars().filter(|c| *c != '_').collect();
        let (sign, body) = match clean.strip_prefix('-') {
            Some(b) => (-1i64, b),
            None => (1, clean.strip_prefix('+').unwrap_or(&clean)),
        };
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] {
            if let Some(digits) = body.strip_prefix(prefix) {
                return i64::from_str_radix(digits, radix)
                    .map(|n| Value::Number(Number::from(sign * n)))
                    .or_else(|_| self.err("bad integer"));
            }
        }
        if let Ok(n) = clean.parse::<i64>() {
            return Ok(Value::Number(Number::from(n)));
        }
        if body.bytes().next().is_some_and(|b| b.is_ascii_digit())
            && (body.contains('-') || body.contains(':'))
        {
            return Ok(Value::String(raw.to_string()));
        }
        match clean.as_str() {
            "inf" | "+inf" | "-inf" | "nan" | "+nan" | "-nan" => return Ok(Value::Null),
            _ => {}
        }
        match clean.parse::<f64>() {
            Ok(f) => Ok(Number::from_f64(f).map_or(Value::Null, Value::Number)),
            Err(_) => self.err(&format!("unknown value `{raw}`")),
        }
    }
}

/// Inserts `v` at dotted key `k` below `map`, creating tables on the way.
fn insert(map: &mut Map<String, Value>, k: &[String], v: Value, line: usize) -> R<()> {
    let (last, path) = k.split_last().ok_or("empty key")?;
    let mut cur = map;
    for p in path {
        let e = cur
            .entry(p.clone())
            .or_insert_with(|| Value::Object(Map::new()));
        cur = e
            .as_object_mut()
            .ok_or_else(|| format!("line {line}: `{p}` is not a table"))?;
    }
    if cur.contains_key(last) {
        return Err(format!("line {line}: duplicate key `{last}`"));
    }
    cur.insert(last.clone(), v);
    Ok(())
}

/// The table a `[a.b]` or `[[a.b]]` header opens.
fn open_table<'m>(
    root: &'m mut Map<String, Value>,
    k: &[String],
    array: bool,
    line: usize,
) -> R<&'m mut Map<String, Value>> {
    let mut cur = root;
    for (n, p) in k.iter().enumerate() {
        let last = n + 1 == k.len();
        let e = cur.entry(p.clone()).or_insert_with(|| {
            if last && array {
                Value::Array(Vec::new())
            } else {
                Value::Object(Map::new())
            }
        });
        if last && array {
            let arr = e
                .as_array_mut()
                .ok_or_else(|| format!("line {line}: `{p}` is not an array of tables"))?;
            arr.push(Value::Object(Map::new()));
            let t = arr
                .last_mut()
                .and_then(Value::as_object_mut)
                .ok_or("internal")?;
            return Ok(t);
        }
        cur = match e {
            Value::Object(m) => m,
            // `[a.b]` after `[[a]]` refers to the last element of the array.
            Value::Array(a) => a
                .last_mut()
                .and_then(Value::as_object_mut)
                .ok_or_else(|| format!("line {line}: `{p}` is not a table"))?,
            _ => return Err(format!("line {line}: `{p}` is not a table")),
        };
    }
    Ok(cur)
}

/// Parses a TOML document into a JSON object.
pub fn parse(text: &str) -> Result<Value, String> {
    let mut p = P {
        s: text.as_bytes(),
        i: 0,
        line: 1,
    };
    if p.starts(b"\xef\xbb\xbf") {
        p.i = 3;
    }
    let mut root = Map::new();
    let mut table: Vec<String> = Vec::new();
    loop {
        p.ws_nl();
        let Some(c) = p.peek() else { break };
        if c == b'[' {
            let array = p.starts(b"[[");
            p.i += if array { 2 } else { 1 };
            let k = p.key()?;
            p.ws();
            let close: &[u8] = if array { b"]]" } else { b"]" };
            if !p.starts(close) {
                return p.err("unclosed table header");
            }
            p.i += close.len();
            open_table(&mut root, &k, array, p.line)?;
            table = k;
            p.eol()?;
            continue;
        }
        let k = p.key()?;
        p.ws();
        if p.peek() != Some(b'=') {
            return p.err("expected `=` after a key");
        }
        p.i += 1;
        let v = p.value(0)?;
        let line = p.line;
        // Re-walk to the current table (an array-of-tables header adds to its last element).
        let t = if table.is_empty() {
            &mut root
        } else {
            let mut cur = &mut root;
            for part in &table {
                let e = cur.get_mut(part).ok_or("internal: table vanished")?;
                cur = match e {
                    // An array of tables: keys go to its last element.
                    Value::Array(a) => a
                        .last_mut()
                        .and_then(Value::as_object_mut)
                        .ok_or("internal")?,
                    Value::Object(m) => m,
                    _ => return Err(format!("line {line}: not a table")),
                };
            }
            cur
        };
        insert(t, &k, v, line)?;
        p.eol()?;
    }
    Ok(Value::Object(root))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn documents() {
        let doc = r#"
# comment
title = "x" # trailing
[project]
name = 'app'
dependencies = [
  "fastapi>=0.110", # comment in array
  "pydantic",
]
[tool.poetry.dependencies]
python = "^3.11"
requests = { version = "^2.31", extras = ["socks"] }
"quoted.key" = true
[[package]]
name = "a"
version = "1.0"
[[package]]
name = "b"
[package.source]
type = "git"
[limits]
max_entries = 1_000
ratio = 2.5
hex = 0xff
when = 1979-05-27T07:32:00Z
"#;
        let v = parse(doc).unwrap();
        assert_eq!(v["title"], "x");
        assert_eq!(
            v["project"]["dependencies"],
            json!(["fastapi>=0.110", "pydantic"])
        );
        assert_eq!(
            v["tool"]["poetry"]["dependencies"]["requests"]["extras"][0],
            "socks"
        );
        assert_eq!(v["tool"]["poetry"]["dependencies"]["quoted.key"], true);
        assert_eq!(v["package"][1]["name"], "b");
        assert_eq!(v["package"][1]["source"]["type"], "git");
        assert_eq!(v["limits"]["max_entries"], 1000);
        assert_eq!(v["limits"]["hex"], 255);
        assert_eq!(v["limits"]["ratio"], 2.5);
        assert_eq!(v["limits"]["when"], "1979-05-27T07:32:00Z");
    }

    #[test]
    fn strings() {
        let v = parse("a = \"\"\"\nline1\\\n   line2\"\"\"\nb = '''\nraw \\n'''\nc = \"tab\\t\\u00e9\"\nd = 'it''s'").unwrap_err();
        assert!(v.contains("line"), "{v}");
        let v = parse(
            "a = \"\"\"\nline1\\\n   line2\"\"\"\nb = '''\nraw \\n'''\nc = \"tab\\t\\u00e9\"",
        )
        .unwrap();
        assert_eq!(v["a"], "line1line2");
        assert_eq!(v["b"], "raw \\n");
        assert_eq!(v["c"], "tab\t\u{e9}");
    }

    #[test]
    fn errors_are_clear_and_hostile_input_is_bounded() {
        assert!(parse("a = ").unwrap_err().contains("line 1"));
        assert!(parse("a = 1\na = 2").unwrap_err().contains("duplicate"));
        assert!(parse("[a\nb=1").is_err());
        assert!(parse("a = \"unterminated").is_err());
        let deep = format!("a = {}{}", "[".repeat(10_000), "]".repeat(10_000));
        assert!(parse(&deep).unwrap_err().contains("deeply"));
        assert!(parse(&"[[x]]\n".repeat(1000)).is_ok());
    }
}
