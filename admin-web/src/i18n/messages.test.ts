import { describe, expect, it } from 'vitest';
import zhCN from './zh-CN.json';
import en from './en.json';

const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();

describe('message files', () => {
  it('have the same keys in Chinese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, zh] of Object.entries(zhCN)) {
      expect(placeholders(en[key as keyof typeof en]), key).toEqual(placeholders(zh));
    }
  });

  it('leave no message empty', () => {
    for (const [key, text] of [...Object.entries(zhCN), ...Object.entries(en)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });
});
