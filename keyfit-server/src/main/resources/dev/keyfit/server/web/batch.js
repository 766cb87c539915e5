// The batch page: many resumes (files, a folder, a zip) ranked as `keyfit batch` ranks them.
import { post, get, el, band, fitFrame, dropZone, reveal } from "./app.js";

const $ = (id) => document.getElementById(id);
let files = [];
let postingFile = null;
let batch = null;            // the finished batch's status
let sort = { key: "rank", dir: 1 };
const selected = new Set();  // row indexes to compare

const COLUMNS = [
  { key: "pick", title: "Compare", sortable: false },
  { key: "rank", title: "Rank", num: true },
  { key: "file", title: "File" },
  { key: "score", title: "Score", num: true },
  { key: "bestFit", title: "Best fit" },
  { key: "pm", title: "PM", num: true, opt: true },
  { key: "tpm", title: "TPM", num: true, opt: true },
  { key: "matched", title: "Terms", num: true, opt: true },
  { key: "missingRequired", title: "Missing required", opt: true },
  { key: "warnings", title: "Warnings", num: true },
  { key: "status", title: "Status" },
];

export function initBatch() {
  fitFrame($("row-frame"));
  const chosen = () => {
    files = [...$("batch-files").files, ...$("batch-folder").files];
    $("batch-chosen").textContent = files.length ? `${files.length} file(s) chosen.` : "Or drop files here.";
  };
  $("batch-files").addEventListener("change", chosen);
  $("batch-folder").addEventListener("change", chosen);
  $("batch-posting").addEventListener("change", () => { postingFile = $("batch-posting").files[0] || null; });
  dropZone($("batch-drop"), (data) => {
    files = [...data.files];
    $("batch-chosen").textContent = `${files.length} file(s) dropped.`;
  });
  $("batch-form").addEventListener("submit", (e) => { e.preventDefault(); start(); });
  $("batch-filter").addEventListener("input", renderRows);
  $("batch-hide-failed").addEventListener("change", renderRows);
  $("compare-button").addEventListener("click", compare);
  $("compare-close").addEventListener("click", () => { $("compare").hidden = true; });
  $("row-close").addEventListener("click", () => { $("row-report").hidden = true; });
}

async function start() {
  if (!files.length) { fail("Choose resumes, a folder or a zip first."); return; }
  const form = new FormData();
  for (const f of files) form.append("files", f, f.webkitRelativePath || f.name);
  if (postingFile) form.append("posting", postingFile, postingFile.name);
  form.append("postingText", $("batch-postingText").value);
  form.append("role", document.querySelector('input[name="batch-role"]:checked').value);
  $("batch-error").hidden = true;
  $("batch-result").hidden = true;
  $("compare").hidden = true;
  $("row-report").hidden = true;
  $("batch-button").disabled = true;
  progress(0, files.length, "Uploading…");
  try {
    const started = await post("/api/batches", form);
    await poll(started.id);
  } catch (e) {
    fail(e.message);
    $("batch-progress").hidden = true;
  } finally {
    $("batch-button").disabled = false;
  }
}

function progress(done, total, text) {
  $("batch-progress").hidden = false;
  $("batch-bar").max = Math.max(1, total);
  $("batch-bar").value = done;
  $("batch-progress-label").textContent = text || `Analyzed ${done} of ${total}…`;
}

async function poll(id) {
  for (;;) {
    const s = await get(`/api/batches/${id}`);
    progress(s.done, s.total);
    if (s.state === "failed") throw new Error(s.error);
    if (s.state === "done") { show(s); return; }
    await new Promise((r) => setTimeout(r, 300));
  }
}

function fail(message) {
  $("batch-error").textContent = message;
  $("batch-error").hidden = false;
}

function show(s) {
  batch = s;
  selected.clear();
  sort = { key: "rank", dir: 1 };
  $("batch-progress-label").textContent = `Done: ${s.total} file(s) in ${(s.millis / 1000).toFixed(1)} s.`;
  const ok = s.rows.filter((r) => r.ok).length;
  $("batch-meta").textContent = `${ok} analyzed, ${s.rows.length - ok} could not be analyzed, ${s.skipped.length} skipped. `
    + (s.byPosting ? `Ranked by match rate with ${s.posting}.` : "Ranked by role score.");
  for (const f of ["csv", "json", "xlsx"]) $(`ex-${f}`).href = `/api/batches/${s.id}/export/${f}`;
  $("batch-skipped").replaceChildren(...s.skipped.map((k) => el("li", { text: `Skipped ${k.file}: ${k.reason}` })));
  const head = $("ranking").tHead.rows[0];
  head.replaceChildren(...COLUMNS.map((c) => {
    const th = el("th", { scope: "col", class: `${c.num ? "num" : ""}${c.opt ? " opt" : ""}`, "data-key": c.key });
    if (c.sortable === false) th.append(el("span", { class: "sr-only", text: c.title }), "☑");
    else th.append(el("button", { type: "button", text: c.key === "score" && s.byPosting ? "Match %" : c.title }));
    if (c.sortable !== false) th.querySelector("button").addEventListener("click", () => {
      sort = { key: c.key, dir: sort.key === c.key ? -sort.dir : c.num && c.key !== "rank" ? -1 : 1 };
      renderRows();
    });
    return th;
  }));
  $("batch-result").hidden = false;
  renderRows();
}

function value(r, key) {
  switch (key) {
    case "pm": case "tpm": return r.roles[key] ?? -1;
    case "missingRequired": return r.missingRequired.length;
    case "warnings": return r.ok ? r.warnings.length : -1;
    case "rank": return r.ok ? r.rank : Number.MAX_SAFE_INTEGER;
    default: return r[key];
  }
}

function renderRows() {
  const filter = $("batch-filter").value.trim().toLowerCase();
  const hideFailed = $("batch-hide-failed").checked;
  const rows = batch.rows.filter((r) => (!hideFailed || r.ok)
    && (!filter || [r.file, r.bestFit, r.status, ...r.missing, ...r.missingRequired].join(" ").toLowerCase().includes(filter)));
  rows.sort((a, b) => {
    if (a.ok !== b.ok) return a.ok ? -1 : 1; // unreadable files stay last, as in keyfit batch
    const x = value(a, sort.key), y = value(b, sort.key);
    const c = typeof x === "number" ? x - y : String(x).localeCompare(String(y));
    return c * sort.dir || a.rank - b.rank;
  });
  for (const th of $("ranking").tHead.rows[0].cells) {
    if (th.dataset.key === sort.key) th.setAttribute("aria-sort", sort.dir > 0 ? "ascending" : "descending");
    else th.removeAttribute("aria-sort");
  }
  $("ranking").tBodies[0].replaceChildren(...rows.map(row));
  $("compare-button").disabled = selected.size < 2;
}

function row(r) {
  const tr = el("tr", { class: r.ok ? "" : "failed", "data-index": r.index });
  const pick = el("input", { type: "checkbox", "aria-label": `Compare ${r.file}`, disabled: !r.ok, checked: selected.has(r.index) });
  pick.addEventListener("change", () => {
    if (pick.checked && selected.size >= 3) { pick.checked = false; fail("Compare up to three candidates at a time."); return; }
    if (pick.checked) selected.add(r.index); else selected.delete(r.index);
    $("compare-button").disabled = selected.size < 2;
  });
  const file = r.ok ? el("button", { type: "button", class: "file", text: r.file }) : el("span", { text: r.file });
  if (r.ok) file.addEventListener("click", () => openReport(r));
  const target = batch.byPosting ? 75 : 70;
  const cells = [
    el("td", {}, pick),
    el("td", { class: "num", text: r.ok ? r.rank : "" }),
    el("td", {}, file, r.sameContent.length ? el("span", { class: "tag", title: `Same content as ${r.sameContent.join(", ")}`, text: " duplicate" }) : ""),
    el("td", { class: `num${r.ok ? ` band-${band(r.score, target)}` : ""}`, text: r.ok ? r.score : "" }),
    el("td", { text: r.ok ? r.bestFit : "" }),
    el("td", { class: "num opt", text: r.roles.pm ?? "" }),
    el("td", { class: "num opt", text: r.roles.tpm ?? "" }),
    el("td", { class: "num opt", text: r.ok ? r.matched : "" }),
    el("td", { class: "opt small", title: r.missingRequired.join(", "), text: few(r.missingRequired, 6) }),
    el("td", { class: "num", title: r.warnings.join("\n"), text: r.ok ? r.warnings.length : "" }),
    el("td", {}, r.ok ? "OK" : el("span", { class: "status-bad", title: r.reason, text: r.status }), r.ok ? "" : el("div", { class: "small", text: r.reason })),
  ];
  cells.forEach((c, i) => { if (COLUMNS[i].opt) c.classList.add("opt"); });
  tr.append(...cells);
  return tr;
}

/** The first n items, and how many more. */
function few(items, n) {
  return items.length <= n ? items.join(", ") : `${items.slice(0, n).join(", ")} and ${items.length - n} more`;
}

function openReport(r) {
  const base = `/api/batches/${batch.id}/rows/${r.index}`;
  $("row-report-h").textContent = `Report: ${r.file}`;
  for (const f of ["html", "pdf", "md", "json"]) $(`row-dl-${f}`).href = `${base}/download/${f}`;
  $("row-frame").src = `${base}/report`;
  $("row-report").hidden = false;
  reveal($("row-report"));
}

async function compare() {
  const rows = [...selected].map((i) => batch.rows.find((r) => r.index === i));
  try {
    const reports = await Promise.all(rows.map((r) => get(`/api/batches/${batch.id}/rows/${r.index}/download/json`)));
    const table = $("compare-table");
    const line = (label, cells) => el("tr", {}, el("th", { scope: "row", text: label }), ...cells.map((c) => el("td", {}, c)));
    const body = [
      el("tr", {}, el("th", { scope: "col", text: "" }), ...rows.map((r) => el("th", { scope: "col", text: r.file }))),
      line(batch.byPosting ? "Match rate" : "Score", rows.map((r) => String(r.score))),
      line("Best fit", rows.map((r) => r.bestFit)),
      line("PM · TPM", rows.map((r) => `${r.roles.pm ?? "–"} · ${r.roles.tpm ?? "–"}`)),
      line("Terms found", rows.map((r) => String(r.matched))),
      line("Missing required", rows.map((r) => few(r.missingRequired, 8) || "none")),
      line("Add first", rows.map((r) => r.missing.join(", ") || "nothing")),
      line("ATS warnings", rows.map((r) => r.warnings.join(" · ") || "none")),
    ];
    const terms = reports[0].jobMatch ? reports[0].jobMatch.terms.slice(0, 20) : [];
    for (const t of terms) {
      body.push(line(t.term, reports.map((rep) => {
        const mine = rep.jobMatch.terms.find((x) => x.id === t.id);
        const status = mine ? mine.status : "missing";
        const pill = { matched: "pass", listed: "warn", missing: "fail" }[status] || "warn";
        return el("span", { class: `pill ${pill}`, text: status });
      })));
    }
    table.replaceChildren(el("tbody", {}, ...body));
    $("compare").hidden = false;
    reveal($("compare"));
  } catch (e) {
    fail(e.message);
  }
}
