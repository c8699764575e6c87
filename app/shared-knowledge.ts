import type { KnowledgeBase } from '../knowledge/knowledge-base';
import type { Desk } from '../storage/desk';

/**
 * With a shared case store (PostgreSQL), another instance or `aftersales kb ingest` may change the
 * cases: re-index when told, and after a gap in notices (they may have been missed). Refreshes that
 * pile up while one runs collapse into one more.
 */
export function followSharedKnowledge(desk: Pick<Desk, 'knowledgeCases' | 'live'>, knowledge: KnowledgeBase, onError: (error: unknown) => void): () => void {
  if (!desk.knowledgeCases) return () => undefined;
  let running: Promise<unknown> | undefined;
  let again = false;
  const refresh = () => {
    if (running) {
      again = true;
      return;
    }
    running = knowledge
      .refresh()
      .catch(onError)
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          refresh();
        }
      });
  };
  return desk.live.subscribe('knowledge', { onNotice: refresh, onGap: refresh });
}
