import { Router } from "express";
import axios from "axios";
import { putObject } from "./s3";

const router = Router();

// A sibling handler's own `url` does not hide the body field read below.
router.post("/", async (req, res) => {
  const url = await putObject("uploads/x", req.file!.buffer);
  res.json({ url });
});

router.post("/import", async (req, res) => {
  const { url } = req.body;
  // ruleid: node-ssrf-request-url
  const response = await axios.get(url, { responseType: "arraybuffer" });
  res.json({ bytes: response.data.length });
});

router.post("/mirror", async (req, res) => {
  const file = req.file!.buffer;
  const { url } = await putObject("mirrors/x", file);
  // ok: node-ssrf-request-url
  const copy = await axios.get(url);
  res.json({ ok: copy.status });
});

export default router;
