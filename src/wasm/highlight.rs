//! Paints an analysis onto a live page: reads the text under an element, analyses it, and marks
//! quotes and claims with the CSS Custom Highlight API, or with `<mark>` elements where that API is
//! missing. `clear` undoes either exactly.

use std::cell::RefCell;
use std::collections::BTreeMap;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node, Range, Text};

use crate::report::Report;
use crate::textmap::{NodeSpan, TextMap, TextMapBuilder};
use crate::{analyze_with, Options, QuoteKind};

/// How many speaker colours the stylesheet defines (`factmark-speaker-0` … `-7`).
const PALETTE: usize = 8;

/// Elements whose text is not article text.
const SKIPPED: &[&str] =
    &["script", "style", "noscript", "template", "textarea", "select", "button", "svg", "math", "iframe"];

/// Elements that start a new paragraph.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "td",
    "th",
    "tr",
    "ul",
];

#[wasm_bindgen]
extern "C" {
    /// `Highlight`, the set of ranges one `::highlight(name)` rule styles.
    #[wasm_bindgen(js_name = Highlight)]
    type JsHighlight;
    #[wasm_bindgen(constructor, js_class = "Highlight")]
    fn new() -> JsHighlight;
    #[wasm_bindgen(method, js_class = "Highlight")]
    fn add(this: &JsHighlight, range: &Range);
    #[wasm_bindgen(method, js_class = "Highlight", js_name = delete)]
    fn remove(this: &JsHighlight, range: &Range) -> bool;
    #[wasm_bindgen(method, getter, js_class = "Highlight")]
    fn size(this: &JsHighlight) -> u32;

    /// `CSS.highlights`, the registry of named highlights.
    type HighlightRegistry;
    #[wasm_bindgen(method, js_class = "HighlightRegistry")]
    fn get(this: &HighlightRegistry, name: &str) -> Option<JsHighlight>;
    #[wasm_bindgen(method, js_class = "HighlightRegistry")]
    fn set(this: &HighlightRegistry, name: &str, highlight: &JsHighlight);
    #[wasm_bindgen(method, js_class = "HighlightRegistry", js_name = delete)]
    fn remove(this: &HighlightRegistry, name: &str) -> bool;
}

/// A text node split for marks: the node, its original data, and the pieces split off it.
type SplitNode = (Text, String, Vec<Text>);

/// A `<mark>` element and the text piece it wraps.
type Mark = (Element, Text);

/// What one `highlight` call left on the page, so that `clear` can take it away again.
struct Painted {
    root: Element,
    /// Highlight API mode: the ranges added, by highlight name.
    ranges: Vec<(String, Range)>,
    /// Mark mode: each split text node, its original data, and the pieces it was split into.
    split: Vec<SplitNode>,
    /// Mark mode: the `<mark>` elements and the text piece each wraps.
    marks: Vec<Mark>,
    /// The text the analysis read, and where each text node's text lies in it.
    map: TextMap,
    nodes: Vec<Text>,
}

thread_local! {
    static PAINTED: RefCell<Vec<Painted>> = const { RefCell::new(Vec::new()) };
}

fn registry() -> Option<HighlightRegistry> {
    let css = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("CSS")).ok()?;
    let highlights = js_sys::Reflect::get(&css, &JsValue::from_str("highlights")).ok()?;
    let has_constructor = js_sys::Reflect::has(&js_sys::global(), &JsValue::from_str("Highlight")).unwrap_or(false);
    (!highlights.is_undefined() && !highlights.is_null() && has_constructor).then(|| highlights.unchecked_into())
}

/// Collects the text nodes under `node` in document order, with a break at every block boundary.
fn walk(node: &Node, builder: &mut TextMapBuilder, nodes: &mut Vec<Text>) {
    let mut child = node.first_child();
    while let Some(current) = child {
        match current.node_type() {
            Node::TEXT_NODE => {
                let text: Text = current.clone().unchecked_into();
                builder.push_text(nodes.len() as u32, &text.data());
                nodes.push(text);
            }
            Node::ELEMENT_NODE => {
                let element: &Element = current.unchecked_ref();
                let tag = element.tag_name().to_ascii_lowercase();
                if !SKIPPED.contains(&tag.as_str()) && !element.has_attribute("data-factmark-skip") {
                    let block = BLOCKS.contains(&tag.as_str());
                    if block {
                        builder.push_break();
                    }
                    walk(&current, builder, nodes);
                    if block {
                        builder.push_break();
                    }
                }
            }
            _ => {}
        }
        child = current.next_sibling();
    }
}

/// The highlight names and UTF-16 stretches to paint, per the report and the `show` option.
fn paint_list(report: &Report, show_quotes: bool, show_claims: bool) -> Vec<(String, u32, u32)> {
    let mut out = Vec::new();
    if show_claims {
        for claim in &report.claims {
            // Strong claims get a solid underline, the rest a lighter one.
            let name = if claim.score.thousandths() >= 800 { "factmark-claim-strong" } else { "factmark-claim" };
            out.push((name.to_owned(), claim.start, claim.end));
            for e in &claim.evidence {
                out.push(("factmark-evidence".to_owned(), e.start, e.end));
            }
        }
    }
    if show_quotes {
        for quote in &report.quotes {
            let name = match (quote.kind, quote.speaker) {
                (QuoteKind::Term, _) => "factmark-term".to_owned(),
                // Reported speech: its own names, so the page can mark it apart from direct quotes
                // (a dashed underline in the speaker's colour).
                (QuoteKind::Indirect, Some(s)) => format!("factmark-reported-{}", s % PALETTE),
                (QuoteKind::Indirect, None) => "factmark-reported-none".to_owned(),
                (_, Some(s)) => format!("factmark-speaker-{}", s % PALETTE),
                (_, None) => "factmark-unattributed".to_owned(),
            };
            for part in &quote.parts {
                out.push((name.clone(), part.start, part.end));
            }
        }
    }
    out
}

fn paint_ranges(
    registry: &HighlightRegistry,
    map: &TextMap,
    nodes: &[Text],
    list: &[(String, u32, u32)],
) -> Result<Vec<(String, Range)>, JsValue> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let mut added = Vec::new();
    // One registry lookup per highlight name, not per range.
    let mut by_name: Vec<(&str, JsHighlight)> = Vec::new();
    for (name, start, end) in list {
        let spans = map.node_spans(*start, *end);
        let (Some(first), Some(last)) = (spans.first(), spans.last()) else { continue };
        let range = document.create_range()?;
        range.set_start(&nodes[first.node as usize], first.start)?;
        range.set_end(&nodes[last.node as usize], last.end)?;
        let at = match by_name.iter().position(|(n, _)| n == name) {
            Some(at) => at,
            None => {
                let highlight = registry.get(name).unwrap_or_else(|| {
                    let h = JsHighlight::new();
                    registry.set(name, &h);
                    h
                });
                by_name.push((name, highlight));
                by_name.len() - 1
            }
        };
        by_name[at].1.add(&range);
        added.push((name.clone(), range));
    }
    Ok(added)
}

/// Splits the text nodes at every painted boundary and wraps each painted piece in one `<mark>`
/// whose classes name everything painted there.
fn paint_marks(
    map: &TextMap,
    nodes: &[Text],
    list: &[(String, u32, u32)],
) -> Result<(Vec<SplitNode>, Vec<Mark>), JsValue> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let mut per_node: BTreeMap<u32, Vec<(NodeSpan, &str)>> = BTreeMap::new();
    for (name, start, end) in list {
        for span in map.node_spans(*start, *end) {
            per_node.entry(span.node).or_default().push((span, name));
        }
    }
    let (mut split, mut marks) = (Vec::new(), Vec::new());
    for (node, spans) in per_node {
        let original = &nodes[node as usize];
        let data = original.data();
        let mut cuts: Vec<u32> = spans.iter().flat_map(|(s, _)| [s.start, s.end]).collect();
        cuts.push(0);
        cuts.push(data.encode_utf16().count() as u32);
        cuts.sort_unstable();
        cuts.dedup();
        // Split from the end so that earlier offsets stay valid; pieces[i] covers cuts[i]..cuts[i+1].
        let mut tails = Vec::with_capacity(cuts.len());
        for &cut in cuts[1..cuts.len() - 1].iter().rev() {
            tails.push(original.split_text(cut)?);
        }
        let pieces: Vec<Text> = std::iter::once(original.clone()).chain(tails.into_iter().rev()).collect();
        // One sweep over the pieces, in linear time however many spans a node holds: every span
        // boundary is a cut, so a span covers a piece when it starts at or before the piece's start
        // and ends after it. `covering` counts those spans by highlight name.
        let mut starts: Vec<(u32, &str)> = spans.iter().map(|(s, n)| (s.start, *n)).collect();
        let mut ends: Vec<(u32, &str)> = spans.iter().map(|(s, n)| (s.end, *n)).collect();
        starts.sort_unstable();
        ends.sort_unstable();
        let (mut started, mut ended) = (0, 0);
        let mut covering: BTreeMap<&str, usize> = BTreeMap::new();
        for (piece, &at) in pieces.iter().zip(&cuts) {
            while let Some(&(_, name)) = starts.get(started).filter(|(start, _)| *start <= at) {
                *covering.entry(name).or_default() += 1;
                started += 1;
            }
            while let Some(&(_, name)) = ends.get(ended).filter(|(end, _)| *end <= at) {
                if let Some(n) = covering.get_mut(name) {
                    *n -= 1;
                    if *n == 0 {
                        covering.remove(name);
                    }
                }
                ended += 1;
            }
            if covering.is_empty() {
                continue;
            }
            let classes: Vec<&str> = covering.keys().copied().collect();
            let mark = document.create_element("mark")?;
            mark.set_class_name(&format!("factmark-mark {}", classes.join(" ")));
            mark.set_attribute("data-factmark", "")?;
            piece.before_with_node_1(&mark)?;
            mark.append_child(piece)?;
            marks.push((mark, piece.clone()));
        }
        split.push((original.clone(), data, pieces[1..].to_vec()));
    }
    Ok((split, marks))
}

/// Undoes what one `highlight` call painted.
fn undo(painted: Painted) {
    let registry = registry();
    for (name, range) in &painted.ranges {
        if let Some(registry) = &registry {
            if let Some(h) = registry.get(name) {
                h.remove(range);
                if h.size() == 0 {
                    registry.remove(name);
                }
            }
        }
    }
    for (mark, piece) in painted.marks.iter().rev() {
        let _ = mark.replace_with_with_node_1(piece);
    }
    for (original, data, extra) in painted.split {
        for piece in extra {
            piece.remove();
        }
        original.set_data(&data);
    }
}

/// Options of `highlight`, read from a JS object.
struct PaintOptions {
    analysis: Options,
    quotes: bool,
    claims: bool,
    force_marks: bool,
}

fn read_options(options: &JsValue) -> Result<PaintOptions, JsError> {
    let analysis = super::read_options(options)?;
    let get = |key: &str| js_sys::Reflect::get(options, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED);
    let show = if options.is_object() { get("show").as_string() } else { None };
    let show = show.unwrap_or_else(|| "quotes claims".to_owned());
    let force_marks = options.is_object() && get("mode").as_string().is_some_and(|m| m == "marks");
    Ok(PaintOptions { analysis, quotes: show.contains("quote"), claims: show.contains("claim"), force_marks })
}

/// Reads the text under `root` (skipping scripts, styles, templates and `[data-factmark-skip]`;
/// blocks are paragraphs), analyses it and paints quotes, speakers and claims. Offsets in the
/// result index its `text`. Highlighting the same root again replaces the earlier paint.
#[wasm_bindgen(js_name = highlight, unchecked_return_type = "HighlightResult")]
pub fn highlight_js(
    root: &Element,
    #[wasm_bindgen(unchecked_param_type = "HighlightOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let options = read_options(&options)?;
    clear_js(root);
    let mut builder = TextMapBuilder::new();
    let mut nodes = Vec::new();
    walk(root, &mut builder, &mut nodes);
    let map = builder.finish();
    super::check_length(map.text.encode_utf16().count() as u32)?;
    let report = Report::new(&map.text, &analyze_with(&map.text, &options.analysis));
    let list = paint_list(&report, options.quotes, options.claims);
    let mut painted =
        Painted { root: root.clone(), ranges: Vec::new(), split: Vec::new(), marks: Vec::new(), map, nodes };
    let mode = match registry().filter(|_| !options.force_marks) {
        Some(registry) => {
            painted.ranges = paint_ranges(&registry, &painted.map, &painted.nodes, &list)
                .map_err(|e| JsError::new(&format!("highlight: could not paint: {e:?}")))?;
            "highlight"
        }
        None => {
            let (split, marks) = paint_marks(&painted.map, &painted.nodes, &list)
                .map_err(|e| JsError::new(&format!("highlight: could not paint: {e:?}")))?;
            painted.split = split;
            painted.marks = marks;
            "marks"
        }
    };
    // The result: the analysis, the text it read (offsets index this text), and how it painted.
    let result = super::to_js(&report.to_json_with(&[("mode", &format!("\"{mode}\""))]), "highlight")?;
    // The text goes across as a string of its own: cheaper than escaping it into the JSON.
    js_sys::Reflect::set(&result, &JsValue::from_str("text"), &JsValue::from_str(&painted.map.text))
        .map_err(|_| JsError::new("highlight: could not build the result"))?;
    PAINTED.with(|p| p.borrow_mut().push(painted));
    Ok(result)
}

/// Removes everything `highlight` painted under `root`, leaving its DOM as it was.
#[wasm_bindgen(js_name = clear)]
pub fn clear_js(root: &Element) {
    let mine: Vec<Painted> = PAINTED.with(|p| {
        let mut all = p.borrow_mut();
        let (mine, rest): (Vec<Painted>, Vec<Painted>) = all.drain(..).partition(|x| x.root == *root);
        *all = rest;
        mine
    });
    for painted in mine.into_iter().rev() {
        undo(painted);
    }
}

/// The offset in the last highlighted text of `root` of a position in the page (`node`, `offset`
/// as a caret or a selection gives it), or `undefined` when the position is not in that text.
#[wasm_bindgen(js_name = textOffset)]
pub fn text_offset(root: &Element, node: &Node, offset: u32) -> Option<u32> {
    PAINTED.with(|p| {
        let all = p.borrow();
        let painted = all.iter().rev().find(|x| x.root == *root)?;
        // In mark mode the node may be a piece of a split text node.
        let target: &Node = node;
        let (index, base) = painted.nodes.iter().enumerate().find_map(|(i, n)| {
            if n.unchecked_ref::<Node>() == target {
                return Some((i, 0));
            }
            let (_, _, extra) = painted.split.iter().find(|(orig, _, _)| orig == n)?;
            let mut base = n.length();
            for piece in extra {
                if piece.unchecked_ref::<Node>() == target {
                    return Some((i, base));
                }
                base += piece.length();
            }
            None
        })?;
        let piece = painted.map.pieces.iter().find(|p| p.node as usize == index)?;
        Some(piece.start + base + offset)
    })
}

/// A DOM range over `start..end` (UTF-16 offsets) of the last highlighted text of `root`, for
/// scrolling to a finding and flashing it; `undefined` when nothing there is in the page.
#[wasm_bindgen(js_name = textRange)]
pub fn text_range(root: &Element, start: u32, end: u32) -> Option<Range> {
    PAINTED.with(|p| {
        let all = p.borrow();
        let painted = all.iter().rev().find(|x| x.root == *root)?;
        let spans = painted.map.node_spans(start, end);
        let (first, last) = (spans.first()?, spans.last()?);
        // In mark mode a node may have been split: find the piece holding each end.
        let locate = |node: u32, offset: u32, at_end: bool| -> Option<(Node, u32)> {
            let original = &painted.nodes[node as usize];
            let Some((_, _, extra)) = painted.split.iter().find(|(o, _, _)| o == original) else {
                return Some((original.clone().into(), offset));
            };
            let mut base = 0;
            for piece in std::iter::once(original).chain(extra) {
                let len = piece.length();
                if offset < base + len || (at_end && offset == base + len) {
                    return Some((piece.clone().into(), offset - base));
                }
                base += len;
            }
            None
        };
        let (start_node, start_offset) = locate(first.node, first.start, false)?;
        let (end_node, end_offset) = locate(last.node, last.end, true)?;
        let range = web_sys::window()?.document()?.create_range().ok()?;
        range.set_start(&start_node, start_offset).ok()?;
        range.set_end(&end_node, end_offset).ok()?;
        Some(range)
    })
}
