// fixture-path: src/routes/attachments.ts
import AdmZip from "adm-zip";
import fs from "node:fs";
import path from "node:path";
import { Router } from "express";

const UPLOAD_DIR = path.resolve("uploads");
const router = Router();

router.post("/tickets/:id/zip", async (req, res) => {
  const zip = new AdmZip(req.file!.path);
  for (const entry of zip.getEntries()) {
    // ruleid: archive-entry-path-traversal
    const target = path.join(UPLOAD_DIR, req.params.id, entry.entryName);
    fs.writeFileSync(target, entry.getData());
    const meta = {
      filename: path.basename(entry.entryName),
      // ok: archive-entry-path-traversal (a record field; the write above is the finding)
      storedName: path.join(req.params.id, entry.entryName),
    };
    res.locals.meta = meta;
  }
  res.json({ ok: true });
});

router.post("/tickets/:id/flat", async (req, res) => {
  const zip = new AdmZip(req.file!.path);
  for (const entry of zip.getEntries()) {
    // ok: archive-entry-path-traversal (base name only)
    fs.writeFileSync(path.join(UPLOAD_DIR, path.basename(entry.entryName)), entry.getData());
  }
  res.json({ ok: true });
});

router.post("/tickets/:id/zip-safe", async (req, res) => {
  const base = path.resolve(UPLOAD_DIR, req.params.id);
  const zip = new AdmZip(req.file!.path);
  for (const entry of zip.getEntries()) {
    // ok: archive-entry-path-traversal (contained)
    const target = path.resolve(base, entry.entryName);
    if (!target.startsWith(base + path.sep)) return res.status(400).end();
    fs.writeFileSync(target, entry.getData());
  }
  res.json({ ok: true });
});

router.get("/files/:name", (req, res) => {
  const file = { name: "report.pdf" };
  // ok: archive-entry-path-traversal (not an archive entry)
  res.sendFile(path.join(UPLOAD_DIR, file.name));
});

export default router;
