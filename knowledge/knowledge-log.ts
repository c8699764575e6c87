/** Where the knowledge base reports what a person should know (rebuilds, seeding); injected so tests can listen. */
export interface KnowledgeLog {
  info(message: string): void;
  warn(message: string): void;
}

export const silentLog: KnowledgeLog = { info: () => {}, warn: () => {} };
