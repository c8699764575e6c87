/**
 * The unsafe-advice detector, kind by kind, on sentences written here for the purpose: each kind
 * fires on advice to do the thing and stays quiet when the sentence forbids it, hands it to an
 * engineer, or names a part customers are meant to handle (a filter flap, a phone case).
 */
import { describe, expect, it } from 'vitest';
import { findUnsafeAdvice, type UnsafeAdviceKind } from '../../../knowledge/lint/unsafe-advice';

const kinds = (text: string): UnsafeAdviceKind[] => [...new Set(findUnsafeAdvice(text).map((a) => a.kind))];

describe('findUnsafeAdvice', () => {
  it.each<[UnsafeAdviceKind, string]>([
    ['open-casing', 'Unscrew the rear panel of the dryer to look at the belt'],
    ['open-casing', 'take the microwave apart and look inside'],
    ['open-casing', '把冰箱后盖拆下来看看压缩机'],
    ['open-casing', '用螺丝刀撬开热水器外壳'],
    ['bridge-or-short', 'short the two terminals of the door switch'],
    ['bridge-or-short', 'join the wires with a paper clip'],
    ['bridge-or-short', '用铁丝把两个触点连通'],
    ['bypass-protection', 'disable the overheat protection so it keeps running'],
    ['bypass-protection', 'cut off the earth pin so it fits the old socket'],
    ['bypass-protection', '把温控器短接一下就能加热了'],
    ['bypass-protection', '漏电开关老跳就用胶带把空开粘住'],
    ['bypass-protection', '把安全阀堵住就不滴水了'],
    ['gas-parts', 'loosen the gas pipe nut and tighten it again'],
    ['gas-parts', 'turn the screw on the regulator to raise the pressure'],
    ['gas-parts', '用针疏通喷嘴'],
    ['gas-parts', '把调压阀调大一点'],
    ['live-electrics', 'use a voltage tester on the socket'],
    ['live-electrics', '用电笔测一下插座有没有电'],
    ['live-electrics', '自己重新接线'],
  ])('%s fires on: %s', (kind, text) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    // Forbidding the act, in either language, whatever follows in the same sentence.
    'Never take the back cover off, short anything or disable the thermostat.',
    '请勿自行拆开外壳、短接电路或拆掉地线。',
    'Do not adjust the burner air shutter yourself.',
    '千万别自己更换减压阀',
    'without opening the casing, wipe the outside',
    // Handing it to someone else.
    'An engineer will remove the casing and replace the thermal fuse.',
    '请联系燃气公司更换燃气软管',
    // Parts customers are meant to handle, and safe acts on protections.
    'Open the filter cover at the bottom and unscrew the pump filter',
    'lift the front cover and take out the air filter',
    '取下手机壳，用软布擦镜头',
    '打开燃气阀，确认其他灶眼能点着',
    'switch off at the breaker, then unplug it',
    '按漏电保护插头上的复位键',
    'replace the plug fuse with one of the same rating',
    'the wiring may have a short circuit in it',
  ])('stays quiet on: %s', (text) => {
    expect(findUnsafeAdvice(text)).toEqual([]);
  });

  it('lets a later turn in the sentence undo an earlier "do not"', () => {
    expect(kinds('不要等师傅了，直接拆开后盖自己修')).toEqual(['open-casing']);
    expect(kinds("Don't wait, just take the back cover off")).toEqual(['open-casing']);
  });

  it('reads the act named as a cause the warranty excludes as a warning, not advice', () => {
    expect(kinds('进水、摔落、私自拆修等人为损坏不保修，可以付费维修。')).toEqual([]);
    expect(kinds('自己拆开后盖造成的损坏不在三包范围。')).toEqual([]);
    expect(kinds('Damage from taking the back cover off yourself is not covered.')).toEqual([]);
    expect(kinds('Opening the casing yourself voids the warranty.')).toEqual([]);
    // The advice is still reported when the exclusion is a separate clause after it.
    expect(kinds('自己拆开后盖看看，不在保修的话再说。')).toEqual(['open-casing']);
  });

  it('keeps advice the customer is told to do personally, even with an engineer mentioned', () => {
    expect(kinds('工程师说你可以自己拆开外壳')).toEqual(['open-casing']);
  });

  it('reports each kind with the words and the sentence it came from, in text order', () => {
    const found = findUnsafeAdvice('Unplug it. Open the casing yourself and bridge the main-board fuse with a screwdriver.');
    expect(found.map((f) => f.kind)).toEqual(['open-casing', 'bridge-or-short', 'bypass-protection']);
    expect(found[0]).toMatchObject({ match: 'Open the casing', sentence: 'Open the casing yourself and bridge the main-board fuse with a screwdriver.' });
    expect(found[0]!.index).toBe('Unplug it. '.length);
  });
});
