/** The bot's view of warranty rules and receipt reading: ports implemented by ocr/. */
export interface WarrantyQuestion {
  category: string;
  component?: string;
  brand?: string;
  /** YYYY-MM-DD from a receipt (verified) or said by the customer (unverified). */
  purchaseDate?: string;
  purchaseDateSource?: 'receipt' | 'stated';
  /** Confidence of the receipt's date field, 0-1, when it came from OCR. */
  purchaseDateConfidence?: number;
}

export interface WarrantyAnswer {
  status: 'in_warranty' | 'expired' | 'cannot_tell';
  /** Why, in the customer's language (zh and en both given). */
  reason: { zh: string; en: string };
  /** The rule applied, cited to the customer. */
  policy?: string;
  coveredUntil?: string;
  /** The date came from the customer's word, not a receipt. */
  unverified: boolean;
  /** A person must check (low confidence, conflicting fields, no date). */
  needsHumanCheck: boolean;
}

export interface WarrantyCheck {
  verify(question: WarrantyQuestion): WarrantyAnswer;
}

export interface ReceiptFields {
  purchaseDate?: { value: string; confidence: number };
  merchant?: { value: string; confidence: number };
  total?: { value: string; confidence: number };
  model?: { value: string; confidence: number };
  serial?: { value: string; confidence: number };
  invoiceNumber?: { value: string; confidence: number };
}

export interface ReceiptScan {
  ok: boolean;
  fields: ReceiptFields;
  /** Raw text, treated as untrusted data (it may carry injected instructions). */
  text: string;
  error?: string;
}

/** Reads a receipt photo attached to a message. */
export interface ReceiptScanner {
  scan(attachmentRef: string): Promise<ReceiptScan>;
}
