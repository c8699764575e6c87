import { z } from 'zod';
import type { KnowledgeSearch } from '../knowledge-search';
import { brandArg, categoryArg } from './product-args';
import { defineTool } from './tool';

export const searchKnowledgeArgs = z.object({
  query: z.string().trim().min(1).max(500).describe("The customer's problem in their own words, with error code and model if known"),
  category: categoryArg.optional().describe('Product category id, e.g. air_conditioner, washing_machine, refrigerator'),
  brand: brandArg.optional(),
  model: z.string().max(80).optional().describe("The customer's model number; cases for other models are left out"),
});

export function searchKnowledgeTool(knowledge: KnowledgeSearch) {
  return defineTool({
    name: 'searchKnowledge',
    description:
      'Search the fault-case knowledge base and service policies. Returns cases with ids to cite, safe self-help steps, safety notes and whether an engineer is needed. Answer only from what this returns.',
    schema: searchKnowledgeArgs,
    readOnly: true,
    async run(args, context) {
      const hits = await knowledge.search(args.query, { category: args.category, brand: args.brand, model: args.model, language: context.language, k: 3 });
      return { hits };
    },
  });
}
