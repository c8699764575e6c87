/** The bot's view of the knowledge base: the port `searchKnowledge` calls (knowledge/ implements it). */
export interface KnowledgeHit {
  /** Case or policy id, cited in replies so an answer can be traced. */
  id: string;
  kind: 'fault' | 'policy' | 'qa';
  title: string;
  score: number;
  /** True when the match is strong enough to answer from. */
  confident: boolean;
  category?: string;
  errorCodes?: string[];
  models?: string[];
  /** Ordered steps a customer can safely do themselves. */
  steps?: string[];
  causes?: string[];
  safety?: string[];
  engineerVisit?: boolean;
  /** An approved answer (curated Q&A or policy text), used word for word. */
  answer?: string;
  source?: string;
  /** What kind of document backs it (manufacturer, regulation, own_practice ...): for a short human citation. */
  sourceKind?: string;
  /** Brands the entry is about; empty means every brand. */
  brands?: string[];
}

export interface KnowledgeFilters {
  category?: string;
  brand?: string;
  model?: string;
  language?: 'zh' | 'en';
  k?: number;
}

export interface KnowledgeSearch {
  search(query: string, filters?: KnowledgeFilters): Promise<KnowledgeHit[]>;
}
