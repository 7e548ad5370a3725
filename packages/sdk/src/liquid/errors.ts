import { PolityError } from '../chain/errors/base.js';

/** Input the liquid counting model cannot count, with what is wrong, e.g. `account 0xab… votes twice`. */
export class LiquidTallyError extends PolityError {
  override readonly name = 'LiquidTallyError';
}
