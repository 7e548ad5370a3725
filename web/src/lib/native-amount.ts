import { formatEther } from 'viem';
import { getLocale } from '$lib/paraglide/runtime.js';

/**
 * An amount of the chain's own currency (wei) in whole units with its symbol: "0.00125 ETH". Network
 * fees are small fractions, so significant digits are kept rather than two decimals.
 */
export function nativeAmount(wei: bigint, symbol: string, locale: string = getLocale()): string {
  const units = Number(formatEther(wei));
  const text = new Intl.NumberFormat(locale, units >= 1 ? { maximumFractionDigits: 4 } : { maximumSignificantDigits: 4 }).format(units);
  return `${text} ${symbol}`;
}
