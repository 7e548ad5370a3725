/**
 * What a resident's account will do with a user operation: its `callData` decoded as ERC-7821
 * `execute(bytes32 mode, bytes executionData)` with ERC-7579's execution encoding, as OpenZeppelin's
 * ERC7821 and ERC7579Utils read it. Plain calls are understood (single or batch, reverting or "try");
 * delegatecalls, static calls and ERC-7821's `opData` mode are refused, since the server could not say
 * what they do. Which of the understood modes the city pays for is the policy's decision.
 */
import { decodeAbiParameters, decodeFunctionData, encodeAbiParameters, encodeFunctionData, getAddress, hexToBigInt, parseAbi, parseAbiParameters, size, slice, type Address, type Hex } from 'viem';
import { Problem } from '../http/problem.js';

/** IERC7821 (OpenZeppelin interfaces/draft-IERC7821.sol): the account's entry for executions. */
export const erc7821Abi = parseAbi(['function execute(bytes32 mode, bytes executionData) payable']);

/** ERC-7579's `Execution[]`, the batch mode's `executionData`. */
const executionBatch = parseAbiParameters('(address target, uint256 value, bytes callData)[]');

export interface AccountCall {
  readonly target: Address;
  readonly value: bigint;
  readonly data: Hex;
  /** The first four bytes of `data`, or undefined for a call without a function (a plain transfer). */
  readonly selector: Hex | undefined;
}

/** Why the server cannot tell what an operation does: the resident's app built it wrongly. */
export class UndecodableCallError extends Problem {
  override name = 'UndecodableCallError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(400, 'undecodable_call', message);
    this.cause = options?.cause;
  }
}

const CALLTYPE_SINGLE = 0x00;
const CALLTYPE_BATCH = 0x01;
const EXECTYPE_DEFAULT = 0x00;
const EXECTYPE_TRY = 0x01;

export interface AccountExecution {
  /** ERC-7579 call type: one call (0x00) or a batch (0x01). */
  readonly callType: 'single' | 'batch';
  /** ERC-7579 exec type: a failing call reverts everything (0x00), or is skipped (0x01, "try"). */
  readonly execType: 'default' | 'try';
  readonly calls: readonly AccountCall[];
}

/** What an operation's `callData` executes, or an {@link UndecodableCallError} saying why it cannot be read. */
export function decodeAccountExecution(callData: Hex): AccountExecution {
  if (size(callData) === 0) throw new UndecodableCallError('callData is empty: the city pays for actions, so the operation must call execute(bytes32,bytes) on the account');
  let mode: Hex;
  let executionData: Hex;
  try {
    ({ args: [mode, executionData] } = decodeFunctionData({ abi: erc7821Abi, data: callData }));
  } catch (cause) {
    throw new UndecodableCallError(
      `callData is not a call to the account's execute(bytes32 mode, bytes executionData) (ERC-7821): it starts with ${slice(callData, 0, Math.min(4, size(callData)))}`,
      { cause },
    );
  }
  // Offsets pointing elsewhere or trailing bytes would let two decoders disagree: only the standard encoding is read.
  if (encodeFunctionData({ abi: erc7821Abi, functionName: 'execute', args: [mode, executionData] }) !== callData.toLowerCase()) {
    throw new UndecodableCallError('callData is not in the standard ABI encoding of execute(bytes32,bytes): encode it with abi.encodeCall (viem: encodeFunctionData)');
  }
  const callType = Number(hexToBigInt(slice(mode, 0, 1)));
  const execType = Number(hexToBigInt(slice(mode, 1, 2)));
  const modeSelector = slice(mode, 6, 10);
  if (execType !== EXECTYPE_DEFAULT && execType !== EXECTYPE_TRY) throw new UndecodableCallError(`execution mode ${mode} has an unknown execution type 0x${execType.toString(16).padStart(2, '0')}`);
  if (modeSelector !== '0x00000000') {
    throw new UndecodableCallError(`execution mode ${mode} carries mode selector ${modeSelector} (such as ERC-7821's opData): only plain executions (selector 0x00000000) are sponsored`);
  }
  const exec = execType === EXECTYPE_DEFAULT ? 'default' : 'try';
  if (callType === CALLTYPE_SINGLE) return { callType: 'single', execType: exec, calls: [decodeSingle(executionData)] };
  if (callType === CALLTYPE_BATCH) return { callType: 'batch', execType: exec, calls: decodeBatch(executionData) };
  throw new UndecodableCallError(
    `execution mode ${mode} has call type 0x${callType.toString(16).padStart(2, '0')}: only calls (single 0x00 or batch 0x01) are sponsored, not delegatecalls or static calls`,
  );
}

/** ERC-7579 single execution: `abi.encodePacked(target, value, callData)`. */
function decodeSingle(executionData: Hex): AccountCall {
  if (size(executionData) < 52) throw new UndecodableCallError(`a single execution is target (20 bytes), value (32 bytes) and call data; this one has only ${size(executionData)} bytes`);
  return callOf(slice(executionData, 0, 20), hexToBigInt(slice(executionData, 20, 52)), size(executionData) === 52 ? '0x' : slice(executionData, 52));
}

/**
 * ERC-7579 batch execution: `abi.encode(Execution[])`. The calls are encoded again and must give back
 * the same bytes: an encoding with gaps or shared offsets, which another decoder might read otherwise,
 * is refused rather than interpreted.
 */
function decodeBatch(executionData: Hex): AccountCall[] {
  let executions: readonly { target: Address; value: bigint; callData: Hex }[];
  try {
    [executions] = decodeAbiParameters(executionBatch, executionData);
  } catch (cause) {
    throw new UndecodableCallError('the batch in execute(...) is not an ABI-encoded list of (address target, uint256 value, bytes callData)', { cause });
  }
  if (executions.length === 0) throw new UndecodableCallError('the batch in execute(...) is empty: there is nothing to pay for');
  if (encodeAbiParameters(executionBatch, [executions]).toLowerCase() !== executionData.toLowerCase()) {
    throw new UndecodableCallError('the batch in execute(...) is not in the standard ABI encoding: encode it with abi.encode(Execution[]) (viem: encodeAbiParameters)');
  }
  return executions.map((execution) => callOf(execution.target, execution.value, execution.callData));
}

function callOf(target: Hex, value: bigint, data: Hex): AccountCall {
  return { target: getAddress(target), value, data, selector: size(data) >= 4 ? slice(data, 0, 4) : undefined };
}
