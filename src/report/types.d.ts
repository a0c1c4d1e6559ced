/** A range in UTF-16 code units (what String.prototype.slice and DOM Range use). */
export interface Span { start: number; end: number; }
export type QuoteKind = "speech" | "term" | "indirect";
export interface Quote {
  /** Whole quotation, marks included (UTF-16 code units). */
  start: number; end: number;
  /** Each contiguous quoted stretch, marks included. */
  parts: Span[];
  /** The quoted words without the marks. */
  text: string;
  /** "speech": words someone said; "term": a scare-quoted word or a title; "indirect": reported speech. */
  kind: QuoteKind;
  /** Index into Analysis.speakers. */
  speaker: number | null;
  /** The words near the quote naming its speaker ("he", "Mamdani"). */
  mention: Span | null;
  /** The attribution verb or phrase ("said", "told CBS News"). */
  cue: Span | null;
}
export interface Speaker { name: string; mentions: Span[]; }
export type EvidenceKind = "money" | "percentage" | "quantity" | "number" | "date" | "ordinal" | "comparison" | "source" | "voting" | "rule" | "cause" | "prediction";
export interface Evidence { start: number; end: number; kind: EvidenceKind; }
export type ClaimKind = "quantity" | "comparison" | "causal" | "prediction" | "rules" | "attribution" | "voting" | "event";
export interface Claim {
  start: number; end: number;
  /** 0..1 in thousandths; at least AnalyzeOptions.minScore. */
  score: number;
  kinds: ClaimKind[];
  evidence: Evidence[];
  /** Index into Analysis.speakers when the claim is someone's quoted words. */
  speaker: number | null;
}
export interface Analysis { quotes: Quote[]; speakers: Speaker[]; claims: Claim[]; }
