/**
 * The Embedder contract against each implementation: the local n-gram embedder, the
 * OpenAI-protocol one against the shared local fake (testing/fake-openai-server), and
 * MaskedEmbedder around each (what the composition root builds for a remote endpoint).
 */
import { LocalEmbedder } from '../../knowledge/local-embedder';
import { MaskedEmbedder } from '../../knowledge/masked-embedder';
import { OpenAiEmbedder } from '../../knowledge/openai-embedder';
import { startProviderFake } from '../../testing/provider-fakes';
import { describeEmbedderContract } from './embedder.contract';

async function openAiAgainstFake() {
  const server = await startProviderFake('openai');
  const embedder = new OpenAiEmbedder({ baseUrl: server.baseUrl, apiKey: server.apiKey, model: 'text-embedding-3-small', maxRetries: 0, timeoutMs: 5_000, batchSize: 2 });
  return { embedder, close: () => server.close() };
}

describeEmbedderContract('LocalEmbedder', async () => ({ embedder: new LocalEmbedder(), close: () => {} }));
describeEmbedderContract('OpenAiEmbedder against the local OpenAI-protocol server', openAiAgainstFake);
describeEmbedderContract('MaskedEmbedder around LocalEmbedder', async () => ({ embedder: new MaskedEmbedder(new LocalEmbedder()), close: () => {} }));
describeEmbedderContract('MaskedEmbedder around OpenAiEmbedder', async () => {
  const { embedder, close } = await openAiAgainstFake();
  return { embedder: new MaskedEmbedder(embedder), close };
});
