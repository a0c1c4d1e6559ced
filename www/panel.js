// The findings panel shared by the paste page and the blog embed: speakers with colours and counts,
// quotes (direct and reported) grouped by speaker, claims ranked by score, filters, export and copy.
// Every piece of article text is placed with textContent; nothing here writes HTML.

/** How many speaker colours factmark-highlights.css defines (--factmark-s0 … s7); speaker i wears
 *  colour i % PALETTE. The wasm's highlight names wrap at the same number. */
export const PALETTE = 8;

/** The counts every view shows, worked out in one place: direct quotes (`speech`), reported speech
 *  (`indirect`), titles and scare quotes (`term`), claims, and per speaker its direct and reported. */
export function counts(result) {
  const out = { quotes: 0, reported: 0, terms: 0, claims: result.claims.length,
    bySpeaker: result.speakers.map(() => ({ quotes: 0, reported: 0 })) };
  for (const q of result.quotes) {
    const key = q.kind === "speech" ? "quotes" : q.kind === "indirect" ? "reported" : "terms";
    out[key] += 1;
    if (key !== "terms" && q.speaker !== null) out.bySpeaker[q.speaker][key] += 1;
  }
  return out;
}

/** "3 quotes", "1 quote": a count with its noun. */
export const plural = (n, noun) => `${n} ${noun}${n === 1 ? "" : "s"}`;

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
 * Renders the panel into `container` (an element or shadow root) and returns
 * { update(text, result, claimView), explain(offset) }.
 * `onSelect(start, end)` is called when the reader picks a quote or a claim; `onShowAll(on)` when
 * the reader asks for every claim rather than those at or above the threshold (the caller analyses
 * again and calls `update`). `claimView` is { showAll, threshold, all }: whether every claim is
 * shown, the threshold in use (a number, or undefined for the core's default) and how many claims
 * there are in all.
 */
export function createPanel(container, { onSelect, onShowAll }) {
  let text = "";
  let result = { quotes: [], speakers: [], claims: [] };
  let view = { showAll: false, threshold: undefined, all: 0 };
  const state = { tab: "quotes", speaker: "all", speech: "all", terms: false, kind: "all" };

  const tabQuotes = el("button", { role: "tab", id: "fm-tab-quotes", "aria-controls": "fm-quotes", class: "fm-tab" });
  const tabClaims = el("button", { role: "tab", id: "fm-tab-claims", "aria-controls": "fm-claims", class: "fm-tab" });
  const speakerSelect = el("select", { "aria-label": "Show quotes by", class: "fm-select" });
  const speechSelect = el("select", { "aria-label": "Quoted or reported", class: "fm-select", id: "fm-speech" },
    el("option", { value: "all", text: "Quoted and reported" }),
    el("option", { value: "speech", text: "Quoted only" }),
    el("option", { value: "indirect", text: "Reported only" }));
  const termsBox = el("input", { type: "checkbox", id: "fm-terms" });
  const kindSelect = el("select", { "aria-label": "Claim kind", class: "fm-select" });
  const allBox = el("input", { type: "checkbox", id: "fm-all" });
  const allLabel = el("span");
  const claimNote = el("p", { class: "fm-note" });
  const legend = el("ul", { class: "fm-legend", "aria-label": "Speakers" });
  const quoteList = el("div", { class: "fm-groups" });
  const claimList = el("ol", { class: "fm-items" });
  const quotesPanel = el("section", { id: "fm-quotes", role: "tabpanel", "aria-labelledby": "fm-tab-quotes" },
    el("div", { class: "fm-filters" }, speakerSelect, speechSelect, el("label", { class: "fm-check" }, termsBox, " titles and scare quotes")),
    legend, quoteList);
  const claimsPanel = el("section", { id: "fm-claims", role: "tabpanel", "aria-labelledby": "fm-tab-claims" },
    el("div", { class: "fm-filters" }, kindSelect, el("label", { class: "fm-check" }, allBox, allLabel)),
    claimNote, claimList);
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
    const n = counts(result);
    // The quoted/reported filter appears once there is reported speech to tell apart.
    speechSelect.hidden = n.reported === 0 && state.speech === "all";
    legend.replaceChildren(...result.speakers.map((s, i) =>
      el("li", { class: `fm-swatch-${i % PALETTE}` }, `${s.name} · ${n.bySpeaker[i].quotes + n.bySpeaker[i].reported}`)));
    const shown = result.quotes.filter((q) => (q.kind === "term" ? state.terms : state.speech === "all" || q.kind === state.speech)
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
      const reported = qs.filter((q) => q.kind === "indirect").length;
      const tally = key === "term" || !reported ? `${qs.length}` : `${qs.length - reported} quoted, ${reported} reported`;
      const list = el("ol", { class: "fm-items" });
      for (const q of qs) {
        const who = q.speaker === null ? "" : result.speakers[q.speaker].name;
        const indirect = q.kind === "indirect";
        const copy = el("button", { type: "button", class: "fm-copy", "aria-label": `Copy this quote${who ? ` by ${who}` : ""}`, text: "Copy" });
        copy.addEventListener("click", async () => {
          // Reported speech is the writer's words, so it is copied without quotation marks.
          const said = indirect ? q.text : `“${q.text}”`;
          const line = who ? `${said} — ${who}${indirect ? " (reported)" : ""}` : said;
          try { await navigator.clipboard.writeText(line); copy.textContent = "Copied"; } catch { copy.textContent = "Copy failed"; }
          setTimeout(() => { copy.textContent = "Copy"; }, 1500);
        });
        const li = item(list, q.start, q.end,
          indirect ? el("span", { class: "fm-chip fm-reported-chip", text: "reported" }) : "",
          el("span", { class: "fm-quote-text", text: indirect ? q.text : `“${q.text}”` }), copy);
        if (indirect) li.classList.add("fm-reported");
      }
      return el("section", { class: "fm-group" },
        el("h3", { class: "fm-group-title" }, el("span", { class: `fm-dot ${swatch}`, "aria-hidden": "true" }), `${title} (${tally})`),
        list);
    }));
    if (!shown.length) quoteList.replaceChildren(el("p", { class: "fm-empty", text: "No quotes match." }));
  }

  function renderClaims() {
    const shown = result.claims
      .filter((c) => state.kind === "all" || c.kinds.includes(state.kind))
      .sort((a, b) => b.score - a.score);
    const at = view.threshold === undefined ? "the default threshold" : view.threshold.toFixed(2);
    allBox.checked = view.showAll;
    allLabel.textContent = ` show all claims (${view.all})`;
    claimNote.textContent = view.showAll
      ? `All ${plural(view.all, "claim")}, ranked by score; by default only those scoring at least ${at} are underlined.`
      : `${plural(result.claims.length, "claim")} scoring at least ${at}, ranked by score: the ones to check first.`;
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
    const n = counts(result);
    for (const [tab, panel, name, count] of [[tabQuotes, quotesPanel, "quotes", n.quotes + n.reported], [tabClaims, claimsPanel, "claims", n.claims]]) {
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
  speechSelect.addEventListener("change", () => { state.speech = speechSelect.value; renderQuotes(); });
  termsBox.addEventListener("change", () => { state.terms = termsBox.checked; renderQuotes(); });
  kindSelect.addEventListener("change", () => { state.kind = kindSelect.value; renderClaims(); });
  allBox.addEventListener("change", () => onShowAll?.(allBox.checked));
  exportJson.addEventListener("click", () => download("factmark.json", "application/json", JSON.stringify({ text, ...result }, null, 2)));
  exportCsv.addEventListener("click", () => download("factmark.csv", "text/csv", toCsv(text, result)));

  return {
    update(newText, newResult, claimView = {}) {
      const sameText = newText === text;
      text = newText;
      result = newResult;
      view = { showAll: false, threshold: undefined, all: result.claims.length, ...claimView };
      // A new article resets the filters; showing all claims of the same one keeps them.
      if (!sameText) state.speaker = "all";
      speakerSelect.replaceChildren(el("option", { value: "all", text: "All speakers" }),
        ...result.speakers.map((s, i) => el("option", { value: String(i), text: s.name })));
      speakerSelect.value = state.speaker;
      const kinds = [...new Set(result.claims.flatMap((c) => c.kinds))].sort();
      if (!kinds.includes(state.kind)) state.kind = "all";
      kindSelect.replaceChildren(el("option", { value: "all", text: "All kinds" }), ...kinds.map((k) => el("option", { value: k, text: k })));
      kindSelect.value = state.kind;
      render();
    },
    /** What covers a text offset, for explaining a highlight: a quote (and who said it) or a claim. */
    explain(offset) {
      const q = result.quotes.find((x) => x.parts.some((p) => p.start <= offset && offset < p.end));
      if (q) {
        if (q.kind === "term") return "A title or scare quote";
        const what = q.kind === "indirect" ? "Reported speech" : "Quote";
        return q.speaker === null ? `${what} — speaker not found` : `${what} — ${result.speakers[q.speaker].name}`;
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
