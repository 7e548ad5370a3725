import { describe, expect, it } from 'vitest';
import { splitMetadata, withMetadata } from './metadata';
import { splitTitle } from './text';

describe('text settings (front matter)', () => {
  it('round-trips and leaves out empty values', () => {
    const text = withMetadata('# Green Wesoła\n\nBody\n', { 'support-counts': 'shown', district: undefined, address: ' ' });
    expect(text).toBe('---\nsupport-counts: shown\n---\n# Green Wesoła\n\nBody\n');
    expect(splitMetadata(text)).toEqual({ metadata: { 'support-counts': 'shown' }, text: '# Green Wesoła\n\nBody\n' });
    expect(withMetadata('# T\n', {})).toBe('# T\n');
  });
  it('keeps a value on one line and colons inside it', () => {
    const { metadata } = splitMetadata(withMetadata('# T\n', { address: 'ul. Jana Pawła II 25\nWarszawa: Wesoła' }));
    expect(metadata).toEqual({ address: 'ul. Jana Pawła II 25 Warszawa: Wesoła' });
  });
  it('is invisible to the title and body', () => {
    expect(splitTitle('---\ndistrict: 2\n---\n# Trees\n\nPlant them.\n')).toEqual({ title: 'Trees', body: 'Plant them.\n' });
    expect(splitTitle('# Trees\n\n---\nnot: settings\n---\n').title).toBe('Trees');
    expect(splitMetadata('# Trees\n\n---\nnot: settings\n---\n').metadata).toEqual({});
  });
});
