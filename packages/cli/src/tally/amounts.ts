import { amountInCurrencyUnits, formatScaledAmount, type PabulibFile, type Rational } from '@polity/sdk';
import { exactText, formatAmount, formatMoney } from '../output/format.js';

/**
 * Amounts of one election as its file writes them. The rules count integers: whole currency units, or
 * for a file with decimal amounts (`543715.64` złoty) units of 10^-decimals (grosze). Every output
 * divides back and shows the file's own precision: `543,715.64` in tables, `"543715.64"` in JSON.
 */
export interface Amounts {
  /** Decimal places of the file's amounts (0: whole currency units). */
  readonly decimals: number;
  /** `1,070,000` or `543,715.64`. */
  text(value: number): string;
  /** JSON: a number for whole-unit files (as before), the exact decimal text otherwise (a float would round). */
  json(value: number): number | string;
  /** An exact amount that may fall between units (a share per voter): `1,190.48`. */
  money(value: Rational): string;
  /** JSON: `{ exact: "200/3", decimal: "66.67" }`, in currency units. */
  moneyJson(value: Rational): { exact: string; decimal: string };
}

export function amountsOf(file: PabulibFile): Amounts {
  const decimals = file.amountDecimals ?? 0;
  // Shares per voter get two places more than whole units need, and never fewer than the file's own.
  const moneyPlaces = Math.max(2, decimals);
  const currency = (value: Rational): Rational => amountInCurrencyUnits(value, decimals);
  return {
    decimals,
    text: (value) => (decimals === 0 ? formatAmount(value) : groupThousands(formatScaledAmount(value, decimals))),
    json: (value) => (decimals === 0 ? value : formatScaledAmount(value, decimals)),
    money: (value) => formatMoney(currency(value), moneyPlaces),
    moneyJson: (value) => ({ exact: exactText(currency(value)), decimal: formatMoney(currency(value), moneyPlaces).replaceAll(',', '') }),
  };
}

/** `-1234567.89` → `-1,234,567.89`. */
function groupThousands(text: string): string {
  const [whole, fraction] = text.split('.') as [string, string];
  const negative = whole.startsWith('-');
  return `${negative ? '-' : ''}${formatAmount(BigInt(negative ? whole.slice(1) : whole))}.${fraction}`;
}
