//! Helpers shared by the integration tests: temporary projects, running the CLI, building zips.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A fresh directory under the system temp dir, removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let p = std::env::temp_dir().join(format!("prodgap-test-{}-{tag}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }

    pub fn write(&self, rel: &str, content: impl AsRef<[u8]>) -> PathBuf {
        let p = self.0.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, content).unwrap();
        p
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub fn prodgap(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_prodgap"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("run prodgap")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A zip of (name, bytes) entries, deflated.
pub fn zip_bytes(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut w = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(false);
        for (name, bytes) in entries {
            w.start_file(*name, opts).unwrap();
            w.write_all(bytes).unwrap();
        }
        w.finish().unwrap();
    }
    buf.into_inner()
}

/// A small vulnerable Express project (a JWT without expiry and an OpenAI key).
pub fn vulnerable_project(dir: &TempDir) {
    dir.write(
        "package.json",
        r#"{"name":"demo","dependencies":{"express":"4.18.2","jsonwebtoken":"9.0.0"}}"#,
    );
    dir.write(
        "server.js",
        "const express = require('express');\nconst jwt = require('jsonwebtoken');\nconst app = express();\napp.post('/login', (req, res) => {\n  const token = jwt.sign({ id: req.body.id }, process.env.JWT_SECRET);\n  res.json({ token });\n});\napp.listen(3000);\n",
    );
    dir.write(".gitignore", "node_modules\n.env\n");
}
