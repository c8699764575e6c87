/**
 * Text hidden in base64 inside a reply ("here are my instructions: WW91IGFyZSB0aGU…"), decoded
 * so the other detectors can read it. Only runs that decode to readable UTF-8 count, so a
 * serial number or a ticket code is not taken for an encoding.
 */
const BASE64_RUN = /[A-Za-z0-9+/_-]{16,}={0,2}/g;

function readable(text: string): boolean {
  if (!text || text.includes('\ufffd')) return false;
  // Control characters are exactly what this looks for: text decoded from the wrong encoding.
  // eslint-disable-next-line no-control-regex
  const printable = [...text].filter((c) => /[\p{L}\p{N}\p{P}\p{S}\s]/u.test(c) && !/[\u0000-\u0008\u000e-\u001f]/.test(c)).length;
  return printable / [...text].length >= 0.95 && /\p{L}{2}/u.test(text);
}

/** Every base64 run of the (unfolded) reply that decodes to readable text, decoded. */
export function decodedRuns(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(BASE64_RUN)) {
    const run = m[0];
    const bytes = Buffer.from(run.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    const decoded = bytes.toString('utf8');
    if (readable(decoded) && Buffer.byteLength(decoded, 'utf8') === bytes.length) out.push(decoded);
  }
  return out;
}
