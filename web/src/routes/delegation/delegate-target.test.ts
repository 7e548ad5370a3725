import { describe, expect, it } from 'vitest';
import { residentCode } from '$lib/passkey/resident-code';
import { delegateTarget } from './delegate-target';

const me = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';
const zofia = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC';

describe('delegateTarget', () => {
  it('is nothing until someone is chosen or typed', () => {
    expect(delegateTarget('', '', me)).toEqual({ kind: 'none' });
    expect(delegateTarget('other', '  ', me)).toEqual({ kind: 'none' });
  });

  it('takes a person from the list, or another resident by their code in any case and spacing, or an address', () => {
    expect(delegateTarget(zofia, '', me)).toEqual({ kind: 'delegate', address: zofia });
    expect(delegateTarget('other', residentCode(zofia).toLowerCase().replace(/-/g, ' '), me)).toEqual({ kind: 'delegate', address: zofia });
    expect(delegateTarget('other', zofia.toLowerCase(), me)).toEqual({ kind: 'delegate', address: zofia });
  });

  it('refuses oneself, by list, code or address', () => {
    expect(delegateTarget(me, '', me)).toEqual({ kind: 'self' });
    expect(delegateTarget('other', residentCode(me), me)).toEqual({ kind: 'self' });
  });

  it('says what is wrong with a mistyped code', () => {
    const code = residentCode(zofia);
    const mistyped = code.slice(0, 5) + (code[5] === 'A' ? 'B' : 'A') + code.slice(6);
    expect(delegateTarget('other', mistyped, me)).toEqual({ kind: 'bad-code', problem: 'checksum' });
    expect(delegateTarget('other', 'ABCD', me)).toEqual({ kind: 'bad-code', problem: 'length' });
    expect(delegateTarget('other', 'UUUU', me)).toEqual({ kind: 'bad-code', problem: 'character' });
  });
});
