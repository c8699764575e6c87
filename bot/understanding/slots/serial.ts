/** Serial numbers: after 序列号/SN/serial/IMEI, or an SN-prefixed code on its own. */
const CUED = /(?:序列号|串号|机身码|机身号|条码|条形码|出厂编号|SN码|S\/N|\bSN\b|serial(?:\s*(?:number|no\.?|#))?|IMEI)\s*(?:[:：#是为]|is)?\s*([A-Za-z0-9][A-Za-z0-9\-]{5,40})/i;
const PREFIXED = /(?<![A-Za-z0-9])(SN[:\-]?[A-Z0-9]{8,30})(?![A-Za-z0-9])/;

export function extractSerial(text: string): string | undefined {
  return CUED.exec(text)?.[1] ?? PREFIXED.exec(text)?.[1];
}
