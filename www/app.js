// The paste page: analyses an article with the factmark wasm module and paints the findings with the
// CSS Custom Highlight API. Article text is only ever placed with textContent.
import init, { analyze } from "./pkg/factmark.js";

const PALETTE = 8;
const $ = (id) => document.getElementById(id);

/** Paragraph text nodes of the rendered article with their UTF-16 start offsets in the analysed text. */
let paragraphs = [];
let current = { text: "", result: null };

/** Renders `text` as one <p> per non-blank line and remembers where each starts. */
function renderArticle(text) {
  const article = $("article");
  article.replaceChildren();
  paragraphs = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    const lead = line.length - line.trimStart().length;
    const body = line.trim();
    if (body) {
      const p = document.createElement("p");
      const node = document.createTextNode(body);
      p.append(node);
      article.append(p);
      paragraphs.push({ start: offset + lead, end: offset + lead + body.length, node });
    }
    offset += line.length + 1;
  }
}

/** The text node and offset inside it for a UTF-16 offset of the analysed text. */
function locate(offset) {
  let lo = 0, hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paragraphs[mid].start <= offset) lo = mid; else hi = mid - 1;
  }
  const p = paragraphs[lo];
  return { node: p.node, offset: Math.max(0, Math.min(offset - p.start, p.end - p.start)) };
}

/** DOM ranges covering [start, end), one per paragraph it touches. */
function ranges(start, end) {
  const out = [];
  for (const p of paragraphs) {
    if (p.end <= start || p.start >= end) continue;
    const r = new Range();
    const a = locate(Math.max(start, p.start));
    const b = locate(Math.min(end, p.end));
    if (a.node !== p.node || b.node !== p.node) continue;
    r.setStart(p.node, a.offset);
    r.setEnd(p.node, b.offset);
    out.push(r);
  }
  return out;
}

function paint(result) {
  if (!("highlights" in CSS)) return false;
  for (const name of [...CSS.highlights.keys()]) if (name.startsWith("fm-")) CSS.highlights.delete(name);
  const groups = new Map();
  const add = (name, rs) => {
    if (!groups.has(name)) groups.set(name, new Highlight());
    for (const r of rs) groups.get(name).add(r);
  };
  for (const q of result.quotes) {
    const name = q.kind === "term" ? "fm-term" : q.speaker === null ? "fm-unattributed" : `fm-speaker-${q.speaker % PALETTE}`;
    for (const part of q.parts) add(name, ranges(part.start, part.end));
  }
  for (const c of result.claims) {
    add("fm-claim", ranges(c.start, c.end));
    for (const e of c.evidence) add("fm-evidence", ranges(e.start, e.end));
  }
  for (const [name, h] of groups) CSS.highlights.set(name, h);
  return true;
}

function flash(start, end) {
  const rs = ranges(start, end);
  if (!rs.length) return;
  rs[0].startContainer.parentElement.scrollIntoView({ block: "center", behavior: "smooth" });
  if (!("highlights" in CSS)) return;
  CSS.highlights.set("fm-flash", new Highlight(...rs));
  setTimeout(() => CSS.highlights.delete("fm-flash"), 1200);
}

function item(list, onActivate, ...children) {
  const li = document.createElement("li");
  li.tabIndex = 0;
  li.append(...children);
  li.addEventListener("click", onActivate);
  li.addEventListener("keydown", (e) => {
    if (e.key === "Enter" || e.key === " ") { e.preventDefault(); onActivate(); }
  });
  list.append(li);
}

function span(className, text) {
  const s = document.createElement("span");
  s.className = className;
  s.textContent = text;
  return s;
}

function renderPanel(text, result) {
  const speakers = result.speakers;
  const legend = $("legend");
  legend.replaceChildren();
  const counts = speakers.map((_, i) => result.quotes.filter((q) => q.kind === "speech" && q.speaker === i).length);
  speakers.forEach((s, i) => {
    const li = document.createElement("li");
    li.className = `swatch-${i % PALETTE}`;
    li.textContent = `${s.name} · ${counts[i]}`;
    legend.append(li);
  });
  const quoteList = $("quote-list");
  quoteList.replaceChildren();
  const speech = result.quotes.filter((q) => q.kind === "speech");
  for (const q of speech) {
    const who = q.speaker === null ? "Unattributed" : speakers[q.speaker].name;
    item(quoteList, () => flash(q.start, q.end), span("who", who), document.createTextNode(`“${q.text}”`));
  }
  $("quote-count").textContent = String(speech.length);
  const claimList = $("claim-list");
  claimList.replaceChildren();
  const claims = [...result.claims].sort((a, b) => b.score - a.score);
  for (const c of claims) {
    const why = [c.kinds.join(", "), ...c.evidence.slice(0, 4).map((e) => `${text.slice(e.start, e.end)} (${e.kind})`)]
      .filter(Boolean).join(" · ");
    const who = c.speaker === null ? "" : ` · ${speakers[c.speaker].name}`;
    item(claimList, () => flash(c.start, c.end),
      span("who", ""), span("why", why), document.createTextNode(text.slice(c.start, c.end)));
    const head = claimList.lastElementChild.firstElementChild;
    head.append(span("score", c.score.toFixed(2)), document.createTextNode(who));
  }
  $("claim-count").textContent = String(claims.length);
}

function run(text) {
  const t0 = performance.now();
  let result;
  try {
    result = analyze(text, { minScore: 0.5 });
  } catch (err) {
    $("status").textContent = `Could not analyse this text: ${err.message}`;
    return;
  }
  const ms = performance.now() - t0;
  current = { text, result };
  renderArticle(text);
  const painted = paint(result);
  renderPanel(text, result);
  const speech = result.quotes.filter((q) => q.kind === "speech").length;
  $("status").textContent = `${speech} quotes from ${result.speakers.length} speakers, ${result.claims.length} claims worth checking · analysed in ${ms.toFixed(1)} ms`
    + (painted ? "" : " · this browser cannot highlight text in place");
  window.factmarkPage = current;
  document.body.dataset.state = "ready";
}

function selectTab(which) {
  for (const [tab, panel] of [["tab-quotes", "quotes-panel"], ["tab-claims", "claims-panel"]]) {
    const on = tab === which;
    $(tab).setAttribute("aria-selected", String(on));
    $(tab).tabIndex = on ? 0 : -1;
    $(panel).hidden = !on;
  }
}

async function main() {
  await init();
  const sample = await (await fetch("sample/seed-article.txt")).text();
  $("input").value = sample;
  $("analyze").addEventListener("click", () => run($("input").value));
  $("sample").addEventListener("click", () => { $("input").value = sample; run(sample); });
  $("input").addEventListener("paste", () => setTimeout(() => run($("input").value), 0));
  $("tab-quotes").addEventListener("click", () => selectTab("tab-quotes"));
  $("tab-claims").addEventListener("click", () => selectTab("tab-claims"));
  run(sample);
}

main().catch((err) => {
  $("status").textContent = `factmark could not start: ${err.message}`;
  document.body.dataset.state = "error";
});
