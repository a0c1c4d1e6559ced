// The findings panel shared by the paste page and the blog embed: speakers with colours and counts,
// quotes grouped by speaker, claims ranked by score, filters, export and copy. Every piece of article
// text is placed with textContent; nothing here writes HTML.

export const PALETTE = 8;

/** Public fact-check search for a claim's text, opened only when the reader clicks. */
export function factCheckUrl(text) {
  return `https://toolbox.google.com/factcheck/explorer/search/${encodeURIComponent(text.slice(0, 200))};hl=en`;
}

let flashTimer;

/** Scrolls a DOM range of the article into view and flashes it (where the Highlight API exists). */
export function flashRange(range) {
  if (!range) return;
  range.startContainer.parentElement?.scrollIntoView({ block: "center", behavior: "smooth" });
  if (!("highlights" in CSS)) return;
  CSS.highlights.set("factmark-flash", new Highlight(range));
  clearTimeout(flashTimer);
  flashTimer = setTimeout(() => CSS.highlights.delete("factmark-flash"), 1400);
}

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  node.append(...children);
  return node;
}

function csvCell(value) {
  const s = String(value ?? "");
  return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** The analysis as CSV: one row per quote and per claim. */
export function toCsv(text, result) {
  const rows = [["type", "start", "end", "speaker", "kind", "score", "text"]];
  const name = (i) => (i === null ? "" : result.speakers[i].name);
  for (const q of result.quotes) rows.push(["quote", q.start, q.end, name(q.speaker), q.kind, "", q.text]);
  for (const c of result.claims) {
    rows.push(["claim", c.start, c.end, name(c.speaker), c.kinds.join(" "), c.score.toFixed(3), text.slice(c.start, c.end)]);
  }
  return rows.map((r) => r.map(csvCell).join(",")).join("\n") + "\n";
}

function download(name, type, body) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = el("a", { href: url, download: name });
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Renders the panel into `container` (an element or shadow root) and returns { update(text, result) }.
 * `onSelect(start, end)` is called when the reader picks a quote or a claim.
 */
export function createPanel(container, { onSelect }) {
  let text = "";
  let result = { quotes: [], speakers: [], claims: [] };
  const state = { tab: "quotes", speaker: "all", terms: false, kind: "all", minScore: 0.5 };

  const tabQuotes = el("button", { role: "tab", id: "fm-tab-quotes", "aria-controls": "fm-quotes", class: "fm-tab" });
  const tabClaims = el("button", { role: "tab", id: "fm-tab-claims", "aria-controls": "fm-claims", class: "fm-tab" });
  const speakerSelect = el("select", { "aria-label": "Show quotes by", class: "fm-select" });
  const termsBox = el("input", { type: "checkbox", id: "fm-terms" });
  const kindSelect = el("select", { "aria-label": "Claim kind", class: "fm-select" });
  const scoreInput = el("input", { type: "range", min: "0.5", max: "1", step: "0.05", value: "0.5", "aria-label": "Minimum claim score" });
  const scoreValue = el("output", { class: "fm-score-value", text: "0.50" });
  const legend = el("ul", { class: "fm-legend", "aria-label": "Speakers" });
  const quoteList = el("div", { class: "fm-groups" });
  const claimList = el("ol", { class: "fm-items" });
  const quotesPanel = el("section", { id: "fm-quotes", role: "tabpanel", "aria-labelledby": "fm-tab-quotes" },
    el("div", { class: "fm-filters" }, speakerSelect, el("label", { class: "fm-check" }, termsBox, " titles and scare quotes")),
    legend, quoteList);
  const claimsPanel = el("section", { id: "fm-claims", role: "tabpanel", "aria-labelledby": "fm-tab-claims" },
    el("div", { class: "fm-filters" }, kindSelect, el("label", { class: "fm-range" }, "score ≥ ", scoreInput, scoreValue)),
    claimList);
  const exportJson = el("button", { type: "button", class: "fm-secondary", text: "Export JSON" });
  const exportCsv = el("button", { type: "button", class: "fm-secondary", text: "Export CSV" });
  container.append(
    el("div", { role: "tablist", class: "fm-tabs", "aria-label": "Findings" }, tabQuotes, tabClaims),
    quotesPanel, claimsPanel,
    el("div", { class: "fm-export" }, exportJson, exportCsv),
  );

  function select(start, end) {
    onSelect?.(start, end);
  }

  function item(list, start, end, ...children) {
    const li = el("li", { tabindex: "0", class: "fm-item", "data-start": String(start) }, ...children);
    li.addEventListener("click", (e) => { if (!e.target.closest("a, button")) select(start, end); });
    li.addEventListener("keydown", (e) => {
      if ((e.key === "Enter" || e.key === " ") && e.target === li) { e.preventDefault(); select(start, end); }
    });
    list.append(li);
    return li;
  }

  function renderQuotes() {
    const counts = result.speakers.map((_, i) => result.quotes.filter((q) => q.kind === "speech" && q.speaker === i).length);
    legend.replaceChildren(...result.speakers.map((s, i) =>
      el("li", { class: `fm-swatch-${i % PALETTE}` }, `${s.name} · ${counts[i]}`)));
    const shown = result.quotes.filter((q) => (q.kind === "speech" || state.terms)
      && (state.speaker === "all" || String(q.speaker) === state.speaker));
    const groups = new Map();
    for (const q of shown) {
      const key = q.kind === "term" ? "term" : q.speaker === null ? "none" : q.speaker;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(q);
    }
    const order = [...groups.keys()].sort((a, b) => (typeof a === "number" ? a : 1e9) - (typeof b === "number" ? b : 1e9));
    quoteList.replaceChildren(...order.map((key) => {
      const qs = groups.get(key);
      const title = key === "term" ? "Titles and scare quotes" : key === "none" ? "Speaker not found" : result.speakers[key].name;
      const swatch = typeof key === "number" ? `fm-swatch-${key % PALETTE}` : "fm-swatch-none";
      const list = el("ol", { class: "fm-items" });
      for (const q of qs) {
        const who = q.speaker === null ? "" : result.speakers[q.speaker].name;
        const copy = el("button", { type: "button", class: "fm-copy", "aria-label": `Copy this quote${who ? ` by ${who}` : ""}`, text: "Copy" });
        copy.addEventListener("click", async () => {
          const line = who ? `“${q.text}” — ${who}` : `“${q.text}”`;
          try { await navigator.clipboard.writeText(line); copy.textContent = "Copied"; } catch { copy.textContent = "Copy failed"; }
          setTimeout(() => { copy.textContent = "Copy"; }, 1500);
        });
        item(list, q.start, q.end, el("span", { class: "fm-quote-text", text: `“${q.text}”` }), copy);
      }
      return el("section", { class: "fm-group" },
        el("h3", { class: "fm-group-title" }, el("span", { class: `fm-dot ${swatch}`, "aria-hidden": "true" }), `${title} (${qs.length})`),
        list);
    }));
    if (!shown.length) quoteList.replaceChildren(el("p", { class: "fm-empty", text: "No quotes match." }));
  }

  function renderClaims() {
    const shown = result.claims
      .filter((c) => c.score >= state.minScore && (state.kind === "all" || c.kinds.includes(state.kind)))
      .sort((a, b) => b.score - a.score);
    claimList.replaceChildren();
    for (const c of shown) {
      const sentence = text.slice(c.start, c.end);
      const who = c.speaker === null ? "" : result.speakers[c.speaker].name;
      const why = c.evidence.slice(0, 5).map((e) => `${text.slice(e.start, e.end)} (${e.kind})`).join(" · ");
      const check = el("a", { href: factCheckUrl(sentence), target: "_blank", rel: "noopener noreferrer", class: "fm-check-link", text: "Check it ↗" });
      item(claimList, c.start, c.end,
        el("div", { class: "fm-claim-head" },
          el("span", { class: "fm-score", text: c.score.toFixed(2), title: "How likely a fact-checker would check this" }),
          ...c.kinds.map((k) => el("span", { class: "fm-chip", text: k })),
          who ? el("span", { class: "fm-who", text: who }) : ""),
        el("span", { class: "fm-claim-text", text: sentence }),
        why ? el("span", { class: "fm-why", text: why }) : "",
        check);
    }
    if (!shown.length) claimList.append(el("p", { class: "fm-empty", text: "No claims match." }));
  }

  function renderTabs() {
    for (const [tab, panel, name, count] of [[tabQuotes, quotesPanel, "quotes", result.quotes.filter((q) => q.kind === "speech").length],
      [tabClaims, claimsPanel, "claims", result.claims.length]]) {
      const on = state.tab === name;
      tab.setAttribute("aria-selected", String(on));
      tab.tabIndex = on ? 0 : -1;
      panel.hidden = !on;
      tab.replaceChildren(name === "quotes" ? "Quotes " : "Claims ", el("span", { class: "fm-count", text: String(count) }));
    }
  }

  function render() {
    renderTabs();
    renderQuotes();
    renderClaims();
  }

  tabQuotes.addEventListener("click", () => { state.tab = "quotes"; renderTabs(); });
  tabClaims.addEventListener("click", () => { state.tab = "claims"; renderTabs(); });
  for (const tab of [tabQuotes, tabClaims]) {
    tab.addEventListener("keydown", (e) => {
      if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
      state.tab = state.tab === "quotes" ? "claims" : "quotes";
      renderTabs();
      (state.tab === "quotes" ? tabQuotes : tabClaims).focus();
    });
  }
  speakerSelect.addEventListener("change", () => { state.speaker = speakerSelect.value; renderQuotes(); });
  termsBox.addEventListener("change", () => { state.terms = termsBox.checked; renderQuotes(); });
  kindSelect.addEventListener("change", () => { state.kind = kindSelect.value; renderClaims(); });
  scoreInput.addEventListener("input", () => {
    state.minScore = Number(scoreInput.value);
    scoreValue.textContent = state.minScore.toFixed(2);
    renderClaims();
  });
  exportJson.addEventListener("click", () => download("factmark.json", "application/json", JSON.stringify({ text, ...result }, null, 2)));
  exportCsv.addEventListener("click", () => download("factmark.csv", "text/csv", toCsv(text, result)));

  return {
    update(newText, newResult) {
      text = newText;
      result = newResult;
      state.speaker = "all";
      speakerSelect.replaceChildren(el("option", { value: "all", text: "All speakers" }),
        ...result.speakers.map((s, i) => el("option", { value: String(i), text: s.name })));
      const kinds = [...new Set(result.claims.flatMap((c) => c.kinds))].sort();
      state.kind = "all";
      kindSelect.replaceChildren(el("option", { value: "all", text: "All kinds" }), ...kinds.map((k) => el("option", { value: k, text: k })));
      render();
    },
    /** The quote or claim covering a text offset, for explaining a highlight. */
    explain(offset) {
      const q = result.quotes.find((x) => x.parts.some((p) => p.start <= offset && offset < p.end));
      if (q) {
        if (q.kind === "term") return "A title or scare quote";
        return q.speaker === null ? "Quote — speaker not found" : `Said by ${result.speakers[q.speaker].name}`;
      }
      const c = result.claims.find((x) => x.start <= offset && offset < x.end);
      if (c) {
        const why = c.evidence.slice(0, 3).map((e) => `${text.slice(e.start, e.end)} (${e.kind})`).join(", ");
        return `Worth checking (${c.score.toFixed(2)})${c.kinds.length ? `: ${c.kinds.join(", ")}` : ""}${why ? ` — ${why}` : ""}`;
      }
      return null;
    },
  };
}
