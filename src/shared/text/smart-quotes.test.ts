import { describe, expect, it } from 'vitest';
import { curlQuote, dashAfter, smartenText, typingStyleOf } from './smart-quotes';

describe('smart quotes', () => {
  it('curls double and single quotes by the character before them', () => {
    expect(smartenText(`"It's the town's bridge," she said. 'Yes.'`)).toBe(
      '“It’s the town’s bridge,” she said. ‘Yes.’',
    );
    expect(smartenText('("quoted")')).toBe('(“quoted”)');
    expect(smartenText('他说："好"')).toBe('他说：“好”');
    expect(smartenText('他说"好"')).toBe('他说“好”');
  });

  it('keys one quote at a time on the text before it', () => {
    expect(curlQuote('"', '')).toBe('“');
    expect(curlQuote('"', 'word')).toBe('”');
    expect(curlQuote("'", 'don')).toBe('’');
    expect(curlQuote("'", 'a ')).toBe('‘');
  });

  it('turns -- into the paper’s dash and leaves single hyphens alone', () => {
    expect(smartenText('long-debated -- and 7-2', 'em')).toBe('long-debated — and 7-2');
    expect(smartenText('pages 3--5', 'en')).toBe('pages 3–5');
  });

  it('leaves Chinese text already set with “” ‘’ as it is', () => {
    const set = '他说：“这座桥‘明年’通车。”记者——王小明';
    expect(smartenText(set)).toBe(set);
    expect(smartenText(set, 'en')).toBe(set);
  });

  it('curls straight quotes in Chinese text by balance, also after Chinese punctuation', () => {
    expect(smartenText('他说："这座桥明年通车。"')).toBe('他说：“这座桥明年通车。”');
    expect(smartenText('"好"，他说。"走吧！"')).toBe('“好”，他说。“走吧！”');
    expect(smartenText("所谓'一桥飞架'，")).toBe('所谓‘一桥飞架’，');
    expect(smartenText('“已有”后又写"新的"')).toBe('“已有”后又写“新的”');
    expect(smartenText('（"括号"）')).toBe('（“括号”）');
  });

  it('makes -- after Chinese the 破折号 —— whatever the Latin dash', () => {
    expect(smartenText('大桥--城市的新名片', 'en')).toBe('大桥——城市的新名片');
    expect(dashAfter('大桥', 'em')).toBe('——');
    expect(dashAfter('the bridge ', 'en')).toBe('–');
  });

  it('reads context from text already in front of it', () => {
    expect(smartenText('"yes"', 'em', 'he said ')).toBe('“yes”');
    expect(smartenText('s done', 'em', 'it')).toBe('s done');
    expect(smartenText("' done", 'em', 'it')).toBe('’ done');
  });

  it('takes the style from the paper’s settings', () => {
    expect(typingStyleOf({ 'type.smartQuotes': 'on', 'type.dash': 'en' })).toEqual({
      smartQuotes: true,
      dash: 'en',
    });
    expect(typingStyleOf({ 'type.smartQuotes': 'off', 'type.dash': 'em' }).smartQuotes).toBe(false);
  });
});
