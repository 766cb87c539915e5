// The scan page: one resume (and a posting) in, the gap report and its downloads out.
import { post, band, fitFrame, dropZone } from "./app.js";

const $ = (id) => document.getElementById(id);
/** The formats keyfit reads, as the server names them (from its DocumentFormat list). */
const formats = document.querySelector('meta[name="keyfit-formats"]').content;
let file = null;      // the resume chosen or dropped
let handle = null;    // its file handle, where the browser gives one (re-scan reads the edited file)
let postingFile = null;
let last = null;      // the last scan's summary

/** The last scan, for the "what an ATS sees" page. */
export function currentScan() { return last; }

export function initScan() {
  const form = $("scan-form");
  fitFrame($("report-frame"));
  $("resume").addEventListener("change", () => {
    file = $("resume").files[0] || null;
    handle = null;
    if (file) scan();
  });
  $("posting").addEventListener("change", () => { postingFile = $("posting").files[0] || null; });
  form.addEventListener("submit", (e) => { e.preventDefault(); scan(); });
  $("rescan").addEventListener("click", rescan);
  dropZone($("resume-drop"), async (data) => {
    const item = [...data.items].find((i) => i.kind === "file");
    handle = item && item.getAsFileSystemHandle ? await item.getAsFileSystemHandle().catch(() => null) : null;
    file = data.files[0] || null;
    if (file) scan();
  });
  dropZone($("posting-drop"), (data) => {
    postingFile = data.files[0] || null;
    if (postingFile) $("scan-status").textContent = `Posting: ${postingFile.name}`;
  });
}

async function rescan() {
  if (handle) {
    try { file = await handle.getFile(); } catch (e) { handle = null; }
  }
  try {
    await file.slice(0, 1).arrayBuffer(); // a file edited since it was chosen cannot be read again
  } catch (e) {
    fail(`${file.name} changed on disk since you chose it: choose it again (or drop it) to re-scan it`);
    $("resume").click();
    return;
  }
  scan();
}

async function scan() {
  if (!file) { fail("Choose a resume first (" + formats + ")."); return; }
  const form = new FormData();
  form.append("resume", file, file.name);
  if (postingFile) form.append("posting", postingFile, postingFile.name);
  form.append("postingText", $("postingText").value);
  form.append("role", document.querySelector('input[name="role"]:checked').value);
  $("scan-error").hidden = true;
  $("scan-button").disabled = true;
  $("scan-status").textContent = `Scanning ${file.name}…`;
  try {
    show(await post("/api/scans", form));
  } catch (e) {
    fail(e.message);
  } finally {
    $("scan-button").disabled = false;
  }
}

function fail(message) {
  $("scan-status").textContent = "";
  $("scan-result").hidden = true; // the report below would be another file's
  $("scan-error").textContent = message;
  $("scan-error").hidden = false;
}

function show(s) {
  last = s;
  $("scan-status").textContent = `Scanned ${s.file} in ${s.millis} ms.`;
  $("score-label").textContent = s.label;
  const value = $("score-value");
  value.textContent = `${s.score}${s.unit}`;
  value.className = `band-${band(s.score, s.target)}`;
  $("score-target").textContent = `aim for ${s.target}${s.unit}+`;
  const change = $("score-change");
  if (s.previous === null || s.previous === undefined) {
    change.textContent = "First scan of this file in this session.";
    change.className = "change";
  } else {
    const d = s.score - s.previous;
    change.textContent = d === 0 ? `No change since the last scan of ${s.file} (${s.previous}${s.unit}).`
      : `${d > 0 ? "▲ +" : "▼ "}${d} since the last scan of ${s.file} (${s.previous}${s.unit}).`;
    change.className = `change ${d > 0 ? "up" : d < 0 ? "down" : ""}`;
  }
  $("fit").textContent = `Best fit: ${s.bestFit} (${s.roles.map((r) => `${r.role} ${r.score}`).join(" · ")})`;
  $("scan-meta").textContent = `${s.file} · ${s.format}${s.pages ? ` · ${s.pages} page${s.pages > 1 ? "s" : ""}` : ""} · ${s.words} words`;
  for (const f of ["html", "pdf", "md", "json"]) $(`dl-${f}`).href = `/api/scans/${s.id}/download/${f}`;
  $("report-frame").src = `/api/scans/${s.id}/report`;
  $("rescan").hidden = false;
  $("scan-result").hidden = false;
}
