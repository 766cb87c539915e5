// keyfit serve: the page's tabs and the one way its scripts talk to the server.
import { initScan } from "./scan.js";
import { initAts, showAts } from "./ats.js";
import { initBatch } from "./batch.js";

const csrf = document.querySelector('meta[name="keyfit-csrf"]').content;

/** POSTs a form to the server with the page's CSRF token; resolves to its JSON or throws its one-line error. */
export async function post(url, form) {
  const response = await fetch(url, {
    method: "POST", body: form, credentials: "same-origin",
    headers: { "X-Keyfit-Csrf": csrf },
  });
  return answer(response);
}

/** GETs JSON from the server. */
export async function get(url) {
  return answer(await fetch(url, { credentials: "same-origin" }));
}

async function answer(response) {
  let body = null;
  try { body = await response.json(); } catch (e) { body = null; }
  if (!response.ok) {
    throw new Error(body && body.error ? body.error
      : `the server answered ${response.status}; reload the page and try again`);
  }
  return body;
}

/** Creates an element with text and attributes. */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") e.className = v; else if (k === "text") e.textContent = v; else e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

/** "strong", "fair" or "weak", as the reports band a score. */
export function band(score, target) {
  return score >= target ? "strong" : score >= 40 ? "fair" : "weak";
}

/** Makes a frame as tall as the report in it (same origin, no script inside). */
export function fitFrame(frame) {
  frame.addEventListener("load", () => {
    try {
      const doc = frame.contentDocument;
      frame.style.height = Math.max(400, doc.documentElement.scrollHeight + 20) + "px";
    } catch (e) { /* keep the CSS height */ }
  });
}

/** Scrolls a node into view: smoothly, unless the user asked for reduced motion. */
export function reveal(node) {
  const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  node.scrollIntoView({ behavior: reduce ? "auto" : "smooth" });
}

/** Lets a box take dropped files. */
export function dropZone(zone, onFiles) {
  zone.addEventListener("dragover", (e) => { e.preventDefault(); zone.classList.add("over"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("over");
    onFiles(e.dataTransfer);
  });
}

function showTab() {
  const tab = (location.hash || "#scan").slice(1);
  const known = ["scan", "ats", "batch"].includes(tab) ? tab : "scan";
  for (const page of document.querySelectorAll("[data-page]")) page.hidden = page.dataset.page !== known;
  for (const a of document.querySelectorAll("[data-tab]")) {
    if (a.dataset.tab === known) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
  }
  if (known === "ats") showAts();
}

initScan();
initAts();
initBatch();
window.addEventListener("hashchange", showTab);
showTab();
