/**
 * The engine's commands as model tools: every command survives the trip to a tool call and back,
 * every call that is not a command (or names a slot the engine does not have, such as a warranty
 * status or a priority) is dropped with its reason, and the merge with the offline rules keeps
 * safety and the customer's real details out of the model's hands.
 */
import { describe, expect, it } from 'vitest';
import { COMMAND_TOOLS, commandToolDefinitions, commandsFromToolCalls, toolCallOf } from '../../bot/brains/llm/command-tools';
import { mergeCommands } from '../../bot/brains/llm/merge-commands';
import { SIGNALS, type Command } from '../../bot/engine/commands';

const EVERY_COMMAND: Command[] = [
  { kind: 'start', flow: 'repair', from: '帮我报修' },
  { kind: 'set', slot: 'category', value: 'air_conditioner', from: '空调' },
  { kind: 'set', slot: 'brand', value: 'Gree', from: '格力' },
  { kind: 'set', slot: 'purchaseDate', value: '2024-06/2024-08', from: '前年夏天' },
  { kind: 'set', slot: 'saleChannel', value: 'online', from: '京东买的' },
  { kind: 'correct', slot: 'phone', value: '[PHONE_1]', from: '电话不对 是[PHONE_1]' },
  { kind: 'correct', slot: 'errorCode', value: '', from: '没有显示F1啊' },
  { kind: 'skip', slot: 'model', from: '不知道型号' },
  { kind: 'skip', from: '不记得了' },
  { kind: 'ask', question: '上门要收费吗', from: '上门要收费吗' },
  { kind: 'danger', hazards: ['sparks', 'burning'], from: '冒火星子 焦糊味' },
  ...SIGNALS.map((kind) => ({ kind, from: `said ${kind}` })),
];

describe('command tools', () => {
  it('carry every kind of command there and back unchanged', () => {
    const calls = EVERY_COMMAND.map(toolCallOf);
    const { commands, dropped } = commandsFromToolCalls(calls.map((c) => ({ name: c.name, args: c.arguments })));
    expect(dropped).toEqual([]);
    expect(commands).toEqual(EVERY_COMMAND);
  });

  it('read names the way a model writes them: 空调 is air_conditioner, 格力 is Gree, not_fixed is notFixed', () => {
    const { commands } = commandsFromToolCalls([
      { name: 'set_slot', args: { slot: 'category', value: '空调', from: '空调' } },
      { name: 'set_slot', args: { slot: 'brand', value: '格力', from: '格力' } },
      { name: 'signal', args: { kind: 'not_fixed', from: '还是不行' } },
    ]);
    expect(commands).toEqual([
      { kind: 'set', slot: 'category', value: 'air_conditioner', from: '空调' },
      { kind: 'set', slot: 'brand', value: 'Gree', from: '格力' },
      { kind: 'notFixed', from: '还是不行' },
    ]);
  });

  it('drop, with the reason, every call that is not a valid command', () => {
    const invalid = [
      { name: 'createTicket', args: { type: 'repair_request', symptom: 'E1' } },
      { name: 'set_slot', args: { slot: 'warrantyStatus', value: 'in_warranty', from: '在保' } },
      { name: 'set_slot', args: { slot: 'priority', value: 'P1', from: '加急' } },
      { name: 'start_flow', args: { flow: 'repair', priority: 'P1', from: '加急' } },
      { name: 'start_flow', args: { flow: 'refund', from: '退钱' } },
      { name: 'set_slot', args: { slot: 'category', value: 'spaceship', from: '飞船' } },
      { name: 'set_slot', args: { slot: 'purchaseDate', value: 'last summer-ish', from: '去年' } },
      { name: 'set_slot', args: { slot: 'model', value: 'KFR-35GW' } },
      { name: 'set_slot', args: { slot: 'model', value: '', from: '型号' } },
      { name: 'signal', args: { kind: 'notFixed', from: 'x' } },
      { name: 'report_danger', args: { hazards: [], from: 'x' } },
      { name: 'ask_question', args: '{"question": "how' },
    ];
    const { commands, dropped } = commandsFromToolCalls(invalid);
    expect(commands).toEqual([]);
    expect(dropped.map((d) => d.name)).toEqual(invalid.map((c) => c.name));
    expect(dropped.every((d) => d.reason.length > 5)).toBe(true);
    expect(dropped[0]!.reason).toMatch(/no command tool/);
  });

  it('offer no slot for a warranty status or a priority, and refuse unknown arguments', () => {
    const definitions = commandToolDefinitions();
    expect(definitions.map((d) => d.function.name)).toEqual(COMMAND_TOOLS.map((t) => t.name));
    const text = JSON.stringify(definitions);
    expect(text).not.toMatch(/warranty_?status|"priority"|"P1"/i);
    for (const d of definitions) expect(d.function.parameters).toMatchObject({ type: 'object', additionalProperties: false });
  });
});

describe('merging the model reading with the offline rules', () => {
  const restore = (t: string) => t.replace('[PHONE_1]', '13812345678').replace('[ADDRESS_1]', '杭州市西湖区文一西路100号');

  it("adds the rules' danger and request for a person when the model missed them, danger first", () => {
    const merged = mergeCommands({
      model: [{ kind: 'start', flow: 'fault', from: '空调坏了' }],
      rules: [
        { kind: 'danger', hazards: ['sparks'], from: '冒火星子' },
        { kind: 'human', from: '转人工' },
      ],
      restore,
      photo: false,
    });
    expect(merged.map((c) => c.kind)).toEqual(['danger', 'start', 'human']);
  });

  it('keeps danger the model saw and the rules did not (the model may add caution, never remove it)', () => {
    const merged = mergeCommands({ model: [{ kind: 'danger', hazards: ['gas'], from: '嘶嘶声' }], rules: [], restore, photo: false });
    expect(merged).toEqual([{ kind: 'danger', hazards: ['gas'], from: '嘶嘶声' }]);
  });

  it("takes the phone and address the rules read from the real text over the model's placeholders", () => {
    const merged = mergeCommands({
      model: [
        { kind: 'set', slot: 'phone', value: '[PHONE_1]', from: '[PHONE_1]' },
        { kind: 'set', slot: 'purchaseDate', value: '2024-05-01', from: '去年5月' },
        { kind: 'set', slot: 'model', value: 'KFR-35GW', from: 'KFR-35GW' },
      ],
      rules: [
        { kind: 'set', slot: 'phone', value: '13812345678', from: '电话13812345678' },
        { kind: 'set', slot: 'purchaseDate', value: '2024-05', from: '去年5月' },
        { kind: 'set', slot: 'model', value: 'KFR-35GX', from: 'KFR-35GX' },
      ],
      restore,
      photo: false,
    });
    expect(merged).toEqual([
      { kind: 'set', slot: 'model', value: 'KFR-35GW', from: 'KFR-35GW' },
      { kind: 'set', slot: 'phone', value: '13812345678', from: '电话13812345678' },
      { kind: 'set', slot: 'purchaseDate', value: '2024-05', from: '去年5月' },
    ]);
  });

  it('drops a job, a question or a product fact read from nothing but a placeholder ("[PHONE_1]" is no phone to repair)', () => {
    const merged = mergeCommands({
      model: [
        { kind: 'start', flow: 'fault', from: '[PHONE_1]' },
        { kind: 'set', slot: 'category', value: 'phone', from: ' [PHONE_1]。' },
        { kind: 'ask', question: '[ADDRESS_1]?', from: '[ADDRESS_1]?' },
        { kind: 'set', slot: 'phone', value: '[PHONE_1]', from: '[PHONE_1]' },
        { kind: 'set', slot: 'category', value: 'phone', from: '手机坏了 [PHONE_1]' },
        { kind: 'affirm', from: '[PHONE_1]' },
      ],
      rules: [],
      restore,
      photo: false,
    });
    expect(merged).toEqual([
      { kind: 'set', slot: 'phone', value: '13812345678', from: '[PHONE_1]' },
      { kind: 'set', slot: 'category', value: 'phone', from: '手机坏了 [PHONE_1]' },
      { kind: 'affirm', from: '[PHONE_1]' },
    ]);
  });

  it('puts a placeholder back from the vault, drops one the vault never issued, and lets a receipt photo give the model', () => {
    const merged = mergeCommands({
      model: [
        { kind: 'set', slot: 'address', value: '[ADDRESS_1] 3幢', from: '[ADDRESS_1] 3幢' },
        { kind: 'set', slot: 'symptom', value: '打给[PHONE_7]', from: 'x' },
        { kind: 'set', slot: 'model', value: 'KFR-35GW', from: 'KFR-35GW' },
      ],
      rules: [{ kind: 'set', slot: 'model', value: 'KFR-72LW', from: '[receipt photo]' }],
      restore,
      photo: true,
    });
    expect(merged).toEqual([
      { kind: 'set', slot: 'address', value: '杭州市西湖区文一西路100号 3幢', from: '[ADDRESS_1] 3幢' },
      { kind: 'set', slot: 'model', value: 'KFR-72LW', from: '[receipt photo]' },
    ]);
  });
});
