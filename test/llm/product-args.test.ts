/** A model's brand and category arguments reach tickets, knowledge filters and warranty in the lexicon's one spelling. */
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { createTicketArgs } from '../../bot/tools/create-ticket';
import { searchKnowledgeArgs } from '../../bot/tools/search-knowledge';
import { verifyWarrantyArgs } from '../../bot/tools/verify-warranty';

describe('brand and category tool arguments', () => {
  it.each([
    ['格力', 'Gree'],
    ['万和', 'Vanward'],
    ['Wanhe', 'Vanward'],
    ['AO Smith', 'A.O. Smith'],
    ['容声', 'Ronshen'],
    ['Acme', 'Acme'],
  ])('brand %s -> %s', (given, brand) => {
    expect(searchKnowledgeArgs.parse({ query: 'E1', brand }).brand).toBe(brand);
    expect(searchKnowledgeArgs.parse({ query: 'E1', brand: given }).brand).toBe(brand);
    expect(createTicketArgs.parse({ type: 'repair_request', symptom: '不加热', brand: given }).brand).toBe(brand);
    expect(verifyWarrantyArgs.parse({ category: 'water_heater', brand: given }).brand).toBe(brand);
  });

  it.each([
    ['air_conditioner', 'air_conditioner'],
    ['空调', 'air_conditioner'],
    ['fridge', 'refrigerator'],
    ['热水器', 'water_heater'],
    ['television', 'tv'],
    ['彩电', 'tv'],
    ['unicorn', 'unicorn'],
  ])('category %s -> %s', (given, category) => {
    expect(searchKnowledgeArgs.parse({ query: 'E1', category: given }).category).toBe(category);
    expect(createTicketArgs.parse({ type: 'repair_request', symptom: '不加热', category: given }).category).toBe(category);
  });

  it('still tells the model the arguments are plain strings', () => {
    const schema = z.toJSONSchema(searchKnowledgeArgs, { io: 'input' }) as { properties: Record<string, { type?: string }> };
    expect(schema.properties.brand?.type).toBe('string');
    expect(schema.properties.category?.type).toBe('string');
  });
});
