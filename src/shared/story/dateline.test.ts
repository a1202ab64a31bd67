import { describe, expect, it } from 'vitest';
import { fullWidthDateline } from './dateline';

describe('fullWidthDateline', () => {
  it('turns half-width brackets of a Chinese dateline full-width', () => {
    expect(fullWidthDateline('本报讯(记者 李晓芸)')).toBe('本报讯（记者 李晓芸）');
    expect(fullWidthDateline('新华社北京12月4日电 (记者 王小明)')).toBe(
      '新华社北京12月4日电（记者 王小明）',
    );
    expect(fullWidthDateline('本报讯（记者 李晓芸）')).toBe('本报讯（记者 李晓芸）');
  });
  it('keeps an English dateline and a dateline without brackets', () => {
    expect(fullWidthDateline('BEIJING (Reuters)')).toBe('BEIJING (Reuters)');
    expect(fullWidthDateline('本报讯')).toBe('本报讯');
  });
});
