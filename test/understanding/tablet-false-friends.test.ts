/**
 * Dishwasher tablets are detergent, not the product "tablet" (playtest round 16: "I ran out of
 * tablets, can I use sink soap…" asked what the tablet was doing). A tablet computer is still one.
 */
import { describe, expect, it } from 'vitest';
import { findCategories } from '../../kernel/lexicon/product-categories';

const ids = (text: string) => findCategories(text).map((m) => m.id);

describe('tablets that are no tablet computer', () => {
  it.each(['the dishwasher tablets do not dissolve', 'we ran out of tablets for the dishwasher, is hand soap ok?', 'do descaling tablets work on this kettle?'])('%s', (text) => {
    expect(ids(text)).not.toContain('tablet');
  });

  it.each(['my tablet will not charge', 'the Lenovo tablet screen flickers', '平板电脑开不了机'])('still a tablet: %s', (text) => {
    expect(ids(text)).toContain('tablet');
  });
});
