// What closes a paragraph without being its reporting: trailing links of an embed, editor
// initials, a sign-off (`— AFP`) or staff credits (`Penulis: ...`), and a photo credit after a
// caption (docs/cleaning.md).
import type {SpanRole} from "../types.js";
import {creditBracket, isCreditLine, isTimestampLine} from "./lineShapes.js";
import type {Compiled} from "./rules.js";

/** A sign-off closing the last sentence of a paragraph: `... Yudhistira added. — AFP`, `... itu. * Name`. */
const SIGNOFF = /(?<=[.!?"”’])(?:\s+[—–]|\s*\*)\s*\p{Lu}[\p{L}.&'’]*(?:\s\p{Lu}[\p{L}.&'’]*){0,2}\s*$/u;

/** Web addresses closing a paragraph after its last sentence: an embedded post's links. */
const TRAILING_LINKS = /(?<=[.!?…"”’])(?:\s+(?:https?:\/\/|pic\.)\S+)+\s*$/u;

export interface Closing {
  /** The paragraph without its closing. */
  rest: string;
  closing: {role: SpanRole; text: string} | null;
}

/**
 * Split off what closes a paragraph after its last sentence: an embed's links, editor initials,
 * a sign-off, staff credits or a date (one of them; the first that matches, in that order).
 * @example splitClosing("Hujan turun. [ab/uh]", rules) // {rest: "Hujan turun.", closing: {role: "editor_initials", text: " [ab/uh]"}}
 */
export function splitClosing(text: string, r: Compiled): Closing {
  const candidates: [SpanRole, RegExpExecArray | null][] = [
    ["widget", TRAILING_LINKS.exec(text)],
    ["editor_initials", r.editorInitials.exec(text)],
    ["byline", SIGNOFF.exec(text)],
    ["byline", text.includes(":") ? r.staffCredits.exec(text) : null],
    ["timestamp", trailingDate(text, r.dateWords)],
  ];
  for (const [role, match] of candidates) {
    if (match && match.index > 0) return {rest: text.slice(0, match.index), closing: {role, text: match[0]}};
  }
  return {rest: text, closing: null};
}

/** Where a photo credit closes a caption, if one does: a labelled credit (spaced or glued), a bracketed one, or a credit line after the last full stop. */
export function creditAt(text: string, r: Compiled): number | null {
  return r.photoCredit.exec(text)?.index ?? gluedCredit(text, r) ?? creditBracket(text, r.creditLabel, r.notCredit) ?? trailingCredit(text, r.creditLines);
}

/** A credit glued to the caption's last word is at most a label and 80 characters from its end. */
const GLUED_CREDIT_REACH = 110;

function gluedCredit(text: string, r: Compiled): number | null {
  const from = Math.max(0, text.length - GLUED_CREDIT_REACH);
  const match = r.gluedCredit.exec(text.slice(from));
  return match ? from + match.index : null;
}

/** A date printed after the last sentence: `... Vladimir Putin. Kamis, 14 September 2023.` */
function trailingDate(text: string, dateWords: Set<string>): RegExpExecArray | null {
  const date = /(?<=[.!?…]["”’)]*)\s+\S[^.!?…]{0,60}\.?$/u.exec(text);
  return date && isTimestampLine(date[0], dateWords) ? date : null;
}

/** Where a credit line closes a caption (`... September 2, 2020. REUTERS/Ajeng Dinar`), if one does. */
function trailingCredit(text: string, creditLines: RegExp[]): number | null {
  const end = /[.!?…]\s+(?=\S[^.!?…]*$)/u.exec(text);
  if (!end) return null;
  const at = end.index + end[0].length;
  return isCreditLine(text.slice(at), creditLines) ? at : null;
}

