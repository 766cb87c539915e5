// "What an ATS sees": the extracted text in reading order, sections, contact fields, matched terms marked.
import { get, el } from "./app.js";
import { currentScan } from "./scan.js";

const $ = (id) => document.getElementById(id);
let shown = null;

export function initAts() {}

export async function showAts() {
  const scan = currentScan();
  $("ats-empty").hidden = !!scan;
  $("ats-view").hidden = !scan;
  if (!scan || shown === scan.id) return;
  try {
    render(await get(`/api/scans/${scan.id}/ats`));
    shown = scan.id;
  } catch (e) {
    $("ats-empty").textContent = e.message;
    $("ats-empty").hidden = false;
    $("ats-view").hidden = true;
  }
}

const SECTION_NAMES = { header: "Header", summary: "Summary", experience: "Experience", skills: "Skills",
  education: "Education", certifications: "Certifications", projects: "Projects", other: "Other" };

function render(v) {
  $("ats-intro").textContent = `${v.file} (${v.format}): the text keyfit extracted, line by line, in the order an ATS reads it, `
    + `with the section each line was read into.${v.posting ? " Terms are marked as the posting asks for them." : ""}`;
  const sections = $("ats-sections");
  sections.replaceChildren(...v.sections.map((s) => el("li", {},
    el("a", { href: `#ats-line-${s.firstLine}`, text: `${SECTION_NAMES[s.section] || s.section} · ${s.lines} lines` }))));
  const contact = $("ats-contact");
  contact.replaceChildren(...v.contact.map((c) => el("li", {},
    el("span", { class: `pill ${c.status}`, text: c.status }), c.message, c.fix ? el("span", { class: "muted small", text: ` ${c.fix}` }) : "")));
  const l = v.layout;
  const facts = [];
  if (l.pages) facts.push(["pass", `${l.pages} page${l.pages > 1 ? "s" : ""}, ${l.words} words`]); else facts.push(["pass", `${l.words} words`]);
  facts.push(l.multiColumnPages ? ["warn", `${l.multiColumnPages} page(s) in columns: some ATSs read them out of order`] : ["pass", "One column"]);
  if (l.tables) facts.push(["warn", `${l.tables} table(s)`]);
  if (l.textBoxes) facts.push(["warn", `${l.textBoxes} text box(es): their text may be skipped`]);
  if (l.textlessPages) facts.push(["fail", `${l.textlessPages} page(s) without text (scanned)`]);
  if (l.images) facts.push(["warn", `${l.images} image(s): an ATS reads no text in them`]);
  if (l.unusualCharacters) facts.push(["warn", `${l.unusualCharacters} unusual character(s)`]);
  for (const n of l.notes) facts.push(["warn", n]);
  $("ats-layout").replaceChildren(...facts.map(([s, t]) => el("li", {}, el("span", { class: `pill ${s}`, text: s }), t)));
  let section = null;
  $("ats-lines").replaceChildren(...v.lines.map((line) => {
    const start = line.section !== section;
    section = line.section;
    const li = el("li", { id: `ats-line-${line.n}`, class: `${start ? "start" : ""}${line.heading ? " heading" : ""}` },
      el("span", { class: "n", text: line.n }),
      el("span", { class: "sec", text: start ? SECTION_NAMES[line.section] || line.section : "" }));
    li.append(marked(line));
    return li;
  }));
}

function marked(line) {
  const t = el("span", { class: "t" });
  let at = 0;
  for (const m of line.marks) {
    if (m.start > at) t.append(line.text.slice(at, m.start));
    t.append(el("mark", { class: `k-${m.kind}`, title: `${m.kind}: ${m.note}`, text: line.text.slice(m.start, m.end) }));
    at = m.end;
  }
  t.append(line.text.slice(at));
  return t;
}
