//! The wasm-bindgen boundary and nothing else: a `Scanner` built once when the worker starts,
//! `scanZip` / `scanFiles` / `scanPaste` called many times, `render` for exports, one error helper.
//! Reports cross the boundary as JSON text (`JSON.parse` on the JS side): the same bytes the CLI
//! prints, and no second serialiser in the bundle. The last report stays here for the exports, so
//! no report is ever parsed back (no `Deserialize` for it in the bundle: -24 KB brotli).

use crate::print::{Format, render};
use crate::report::Report;
use crate::{Config, Progress, RawFile, ScanOptions};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// The one place core errors become JS errors.
fn js_err(e: impl std::fmt::Display) -> JsError {
    JsError::new(&e.to_string())
}

fn to_json<T: serde::Serialize>(v: &T) -> Result<String, JsError> {
    serde_json::to_string(v).map_err(js_err)
}

/// Calls `cb(phase, done, total, path)` at most every `every` steps (and on the last one).
fn reporter(cb: Option<js_sys::Function>, every: usize) -> impl FnMut(Progress<'_>) {
    move |p| {
        let Some(f) = &cb else { return };
        let (phase, done, total, path) = match p {
            Progress::Reading { done, total, path } => ("reading", done, total, path),
            Progress::Scanning { done, total, path } => ("scanning", done, total, path),
        };
        if done % every != 0 && done != total {
            return;
        }
        let args = js_sys::Array::of4(
            &phase.into(),
            &(done as f64).into(),
            &(total as f64).into(),
            &path.into(),
        );
        let _ = f.apply(&JsValue::NULL, &args);
    }
}

#[wasm_bindgen]
pub struct Scanner {
    inner: crate::Scanner,
    opts: ScanOptions,
    /// The report of the last successful scan, for `render`.
    last: RefCell<Option<Report>>,
}

#[wasm_bindgen]
impl Scanner {
    /// Parses the embedded rules and builds the prefilter (regexes compile lazily).
    #[wasm_bindgen(constructor)]
    pub fn new() -> Result<Scanner, JsError> {
        Ok(Scanner {
            inner: crate::Scanner::new().map_err(js_err)?,
            opts: ScanOptions::default(),
            last: RefCell::new(None),
        })
    }

    /// Applies a `.prodgap.toml` text to later scans.
    pub fn configure(&mut self, config_toml: &str) -> Result<(), JsError> {
        let c = Config::parse(config_toml).map_err(js_err)?;
        c.check_ids(self.inner.rules()).map_err(js_err)?;
        self.opts.config = Some(c);
        Ok(())
    }

    /// Serialises a fresh report and keeps it as the last one.
    fn keep(&self, report: Report) -> Result<String, JsError> {
        let json = to_json(&report)?;
        *self.last.borrow_mut() = Some(report);
        Ok(json)
    }

    #[wasm_bindgen(js_name = ruleCount)]
    pub fn rule_count(&self) -> usize {
        self.inner.rules().rules().len()
    }

    /// Rule descriptions.
    pub fn rules(&self) -> Result<String, JsError> {
        to_json(&self.inner.rules().info())
    }

    /// Scans a zip archive; `progress(phase, done, total, path)` is optional.
    #[wasm_bindgen(js_name = scanZip)]
    pub fn scan_zip(
        &self,
        bytes: &[u8],
        progress: Option<js_sys::Function>,
    ) -> Result<String, JsError> {
        self.last.borrow_mut().take();
        let report = self
            .inner
            .scan_zip(bytes, &self.opts, &mut reporter(progress, 25))
            .map_err(js_err)?;
        self.keep(report)
    }

    /// Scans files picked in the browser: parallel arrays of relative paths and contents.
    #[wasm_bindgen(js_name = scanFiles)]
    pub fn scan_files(
        &self,
        paths: Vec<String>,
        contents: js_sys::Array,
        progress: Option<js_sys::Function>,
    ) -> Result<String, JsError> {
        if paths.len() != contents.length() as usize {
            return Err(JsError::new("paths and contents differ in length"));
        }
        let files = paths
            .into_iter()
            .enumerate()
            .map(|(i, p)| {
                RawFile::new(p, js_sys::Uint8Array::new(&contents.get(i as u32)).to_vec())
            })
            .collect();
        self.last.borrow_mut().take();
        let report = self
            .inner
            .scan_files(files, &self.opts, &mut reporter(progress, 25))
            .map_err(js_err)?;
        self.keep(report)
    }

    /// Scans pasted code under a file name (which picks the language).
    #[wasm_bindgen(js_name = scanPaste)]
    pub fn scan_paste(&self, name: &str, text: &str) -> Result<String, JsError> {
        self.last.borrow_mut().take();
        let report = self
            .inner
            .scan_paste(name, text, &self.opts)
            .map_err(js_err)?;
        self.keep(report)
    }

    /// Renders the last scan's report as `json`, `sarif`, `markdown`, `html` or `text`.
    pub fn render(&self, format: &str) -> Result<String, JsError> {
        let format = Format::parse(format).map_err(js_err)?;
        match self.last.borrow().as_ref() {
            Some(r) => Ok(render(r, format, false)),
            None => Err(JsError::new("no report to render: scan something first")),
        }
    }
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}
