/*! prodgap embeddable widget.
 *
 *   <script src="https://YOUR-HOST/www/widget.js" defer></script>
 *   <prodgap-scan cta-href="https://cal.example.com/scoping" cta-label="Book a scoping call"></prodgap-scan>
 *
 * Renders a drop zone and the audit summary inside a shadow root: host styles cannot reach it and
 * its styles cannot leak out. The scanner (WebAssembly, in a Web Worker) and its assets are loaded
 * from next to this script when the element appears; after that, scanning makes no network
 * request: the visitor's code never leaves the browser.
 *
 * Attributes: cta-href, cta-label (the call-to-action button shown with the result),
 * heading (default "Is your prototype production-ready?"), report-href (a link to the full
 * report page, e.g. https://YOUR-HOST/index.html).
 * Event: `prodgap-result` (bubbles, composed) with detail { verdict, score, by_severity, effort_hours, findings }.
 *
 * Host page requirements when it has a Content-Security-Policy: script-src must allow this
 * script's origin and 'wasm-unsafe-eval'; connect-src and style-src this origin; worker-src blob:.
 * When the widget is served from another origin, that server must send Access-Control-Allow-Origin
 * (www/serve.mjs does; GitHub Pages, Netlify and Vercel do for static files).
 */
(function () {
  'use strict';
  if (typeof window === 'undefined' || !window.customElements || customElements.get('prodgap-scan')) return;

  var script = document.currentScript;
  var BASE = new URL('./', (script && script.src) || location.href).href;
  var SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
  var VERDICT = { ready: 'Ready to ship', harden: 'Harden first', rebuild: 'Rebuild the core' };
  var enginePromise = null;

  function getEngine() {
    if (!enginePromise) {
      enginePromise = import(new URL('engine.js', BASE).href).then(function (m) {
        return m.createEngine({ base: BASE }).then(function (engine) {
          return { engine: engine, ScanError: m.ScanError };
        });
      });
    }
    return enginePromise;
  }

  function el(tag, props) {
    var e = document.createElement(tag);
    if (props) {
      Object.keys(props).forEach(function (k) {
        var v = props[k];
        if (v === undefined || v === null || v === false) return;
        if (k === 'text') e.textContent = String(v);
        else if (k === 'dataset') Object.keys(v).forEach(function (d) { e.dataset[d] = String(v[d]); });
        else if (v === true) e.setAttribute(k, '');
        else e.setAttribute(k, String(v));
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined || c === false) continue;
      if (Array.isArray(c)) c.forEach(function (x) { if (x) e.appendChild(x instanceof Node ? x : document.createTextNode(String(x))); });
      else e.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  function safeHref(href) {
    if (!href) return null;
    try {
      var u = new URL(href, location.href);
      return ['http:', 'https:', 'mailto:'].indexOf(u.protocol) >= 0 ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  function fmtHours(x) {
    x = Number(x) || 0;
    if (x === 0) return '0 h';
    if (x < 1) return Math.round(x * 60) + ' min';
    return Math.round(x * 10) / 10 + ' h';
  }

  var uid = 0;

  class ProdgapScan extends HTMLElement {
    static get observedAttributes() { return ['cta-href', 'cta-label', 'heading', 'report-href']; }

    constructor() {
      super();
      this._id = 'pg' + ++uid;
      this._root = this.attachShadow({ mode: 'open' });
      this._built = false;
      this._busy = false;
    }

    connectedCallback() {
      if (!this._built) this._build();
      var self = this;
      getEngine().then(function (x) {
        if (!self._busy) self._setState('ready', 'Ready. Drop a .zip of your project.');
        self._status.dataset.readyMs = String(Math.round(performance.now()));
        self._ctaLinks();
        return x;
      }, function (err) {
        self._setState('error', 'The scanner could not start here: ' + (err && err.message ? err.message : err));
      });
    }

    attributeChangedCallback() {
      if (this._built) this._ctaLinks();
    }

    _build() {
      this._built = true;
      var id = this._id;
      var root = this._root;
      root.appendChild(el('link', { rel: 'stylesheet', href: new URL('widget.css', BASE).href }));
      this._input = el('input', { type: 'file', id: id + '-zip', class: 'vh', accept: '.zip,application/zip', dataset: { testid: 'widget-zip-input' } });
      this._status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite', dataset: { testid: 'widget-status', state: 'loading' } }, 'Loading the scanner…');
      this._cancel = el('button', { type: 'button', class: 'link', hidden: true }, 'Cancel');
      this._drop = el('div', { class: 'drop', dataset: { testid: 'widget-dropzone' } },
        el('p', { class: 'drop-title' }, 'Drop your project\u2019s ', el('strong', null, '.zip'), ' here'),
        this._input,
        el('label', { for: id + '-zip', class: 'btn primary' }, 'Choose a .zip'),
        el('p', { class: 'fine' }, 'Scanned in your browser. Your code is never uploaded.'));
      this._result = el('div', { class: 'result', hidden: true, 'aria-live': 'polite' });
      this._heading = el('h2', { class: 'title', id: id + '-title' });
      root.appendChild(el('section', { class: 'pg', 'aria-labelledby': id + '-title', part: 'container' },
        el('div', { class: 'brand' }, el('span', { class: 'logo', 'aria-hidden': 'true' }, '\u2713'), el('span', null, 'prodgap'), el('span', { class: 'pill' }, 'Local scan')),
        this._heading,
        this._drop,
        el('div', { class: 'status-row' }, this._status, this._cancel),
        this._result));
      this._heading.textContent = this.getAttribute('heading') || 'Is your prototype production-ready?';

      var self = this;
      this._input.addEventListener('change', function () {
        var f = self._input.files && self._input.files[0];
        self._input.value = '';
        if (f) self._scan(f);
      });
      this._drop.addEventListener('dragover', function (e) { e.preventDefault(); self._drop.classList.add('dragging'); });
      this._drop.addEventListener('dragleave', function () { self._drop.classList.remove('dragging'); });
      this._drop.addEventListener('drop', function (e) {
        e.preventDefault();
        self._drop.classList.remove('dragging');
        var f = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
        if (f) self._scan(f);
      });
      this._cancel.addEventListener('click', function () {
        getEngine().then(function (x) { x.engine.cancel(); });
      });
    }

    _setState(state, text) {
      this._status.dataset.state = state;
      this._status.textContent = text;
      this._cancel.hidden = state !== 'scanning';
    }

    _ctaLinks() {
      this._heading.textContent = this.getAttribute('heading') || 'Is your prototype production-ready?';
      var cta = this._root.querySelector('.cta');
      if (cta) {
        var href = safeHref(this.getAttribute('cta-href'));
        cta.hidden = !href;
        if (href) cta.setAttribute('href', href);
        cta.textContent = this.getAttribute('cta-label') || 'Book a scoping call';
      }
    }

    _scan(file) {
      var self = this;
      this._busy = true;
      this._result.hidden = true;
      this._setState('scanning', 'Scanning ' + file.name + '…');
      var input = /\.zip$/i.test(file.name) || /zip/.test(file.type)
        ? { kind: 'zip', file: file, name: file.name }
        : { kind: 'files', files: [{ path: file.name, file: file }] };
      getEngine().then(function (x) {
        return x.engine.scan(input, function (p) {
          if (p.total > 0) self._setState('scanning', (p.phase === 'reading' ? 'Reading ' : 'Scanning ') + p.done + ' / ' + p.total + ' files');
        }).then(function (res) {
          self._busy = false;
          self._render(res.report, file.name);
          var n = res.report.findings.filter(function (f) { return !f.suppressed; }).length;
          self._status.dataset.findings = String(res.report.findings.length);
          self._setState('done', 'Done: ' + n + ' finding' + (n === 1 ? '' : 's') + ' in ' + res.report.project.files_scanned + ' files.');
          self.dispatchEvent(new CustomEvent('prodgap-result', {
            bubbles: true,
            composed: true,
            detail: {
              verdict: res.report.summary.verdict,
              score: res.report.summary.score,
              by_severity: res.report.summary.by_severity,
              effort_hours: res.report.summary.effort_hours,
              findings: n,
            },
          }));
        }, function (err) {
          self._busy = false;
          if (err && err.kind === 'cancelled') return self._setState('cancelled', 'Cancelled. Drop another .zip.');
          self._setState('error', (err && err.kind === 'crash' ? 'The scanner crashed on this file and was restarted: ' : 'Could not scan this file: ') + (err && err.message ? err.message : err));
        });
      });
    }

    _render(report, name) {
      var r = this._result;
      while (r.firstChild) r.removeChild(r.firstChild);
      var s = report.summary;
      var active = report.findings.filter(function (f) { return !f.suppressed; });
      var counts = el('ul', { class: 'counts', 'aria-label': 'Findings by severity' }, SEVERITIES.map(function (sev) {
        return el('li', { class: 'sev-' + sev }, el('span', { class: 'n' }, String(s.by_severity[sev] || 0)), ' ' + sev);
      }));
      var top = active.slice(0, 6);
      var list = el('ol', { class: 'top' }, top.map(function (f) {
        return el('li', { dataset: { testid: 'widget-finding', rule: f.rule, severity: f.severity } },
          el('span', { class: 'badge sev-' + f.severity }, f.severity),
          el('span', { class: 'ft' }, f.title),
          el('span', { class: 'loc' }, f.file ? f.file + (f.line ? ':' + f.line : '') : 'project-wide'));
      }));
      var more = active.length > top.length ? el('p', { class: 'fine' }, '+ ' + (active.length - top.length) + ' more finding' + (active.length - top.length === 1 ? '' : 's') + ' in the full report.') : null;
      var reportHref = safeHref(this.getAttribute('report-href'));
      r.appendChild(el('div', { class: 'summary' },
        el('div', { class: 'score v-' + s.verdict, 'aria-label': 'Readiness score ' + s.score + ' of 100' }, el('span', { class: 'num' }, String(s.score)), el('span', { class: 'of' }, '/100')),
        el('div', null,
          el('p', { class: 'eyebrow' }, name),
          el('p', { class: 'verdict v-' + s.verdict, dataset: { testid: 'verdict', verdict: s.verdict } }, VERDICT[s.verdict] || s.verdict),
          el('p', { class: 'fine' }, active.length + ' findings \u00b7 about ' + fmtHours(s.effort_hours) + ' to fix'))));
      r.appendChild(counts);
      if ((s.reasons || []).length) r.appendChild(el('ul', { class: 'reasons' }, s.reasons.slice(0, 3).map(function (x) { return el('li', null, x); })));
      if (top.length) r.appendChild(list);
      if (more) r.appendChild(more);
      r.appendChild(el('div', { class: 'actions' },
        el('a', { class: 'btn primary cta', hidden: true, target: '_blank', rel: 'noopener' }),
        reportHref ? el('a', { class: 'btn', href: reportHref, target: '_blank', rel: 'noopener' }, 'Open the full scanner') : null));
      r.hidden = false;
      this._ctaLinks();
    }
  }

  customElements.define('prodgap-scan', ProdgapScan);
})();
