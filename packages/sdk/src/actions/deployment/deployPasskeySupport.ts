import { concat, getAddress, getContractAddress, keccak256, toHex, type Account, type Address, type Hash, type Hex } from 'viem';
import { entryPoint08Address } from 'viem/account-abstraction';
import { deployContract, getChainId, getCode, sendTransaction, writeContract } from 'viem/actions';
import { polityAccountFactoryBytecode, polityPaymasterAbi, polityPaymasterBytecode } from '../../contracts/generated.js';
import { requireAddress, senderOf, type PolityClient } from '../../chain/client.js';
import { waitForReceipt } from '../../chain/receipt.js';
import { PolityError, PolityInvalidInputError, PolityTransactionRevertedError, PolityWrongNetworkError, type PolityRpcUnavailableError } from '../../chain/errors/base.js';
import { decodePolityError } from '../../chain/errors/decode.js';

/**
 * The polity's contracts the paymaster sponsors calls to (spread a {@link deployPolity} result's
 * `polity` here: its fields have these names). `results` and `escrow` are listed only when given,
 * as the city's server sponsors all five.
 */
export interface DeployPasskeySupportParameters {
  /** When given (a `polity` has it), refuses to send on another chain. */
  readonly chainId?: number;
  readonly registry: Address;
  readonly governor: Address;
  readonly rounds: Address;
  readonly results?: Address;
  readonly escrow?: Address;
  /** Secret ballots (a `polity` with them has it): residents register their voting identity here, sponsored like their other actions. */
  readonly identityGroups?: Address;
  /** Governance: holds the paymaster's DEFAULT_ADMIN_ROLE (withdraws the deposit, lists contracts). */
  readonly timelock: Address;
  /** The address of the city server's approval key (`sponsorship.signerKeyEnv`). */
  readonly approvalSigner: Address;
  /** The city's operators (SIGNER_MANAGER_ROLE: rotate the approval key, stake). Default: the sender. */
  readonly signerManager?: Address;
  /** Wei put into the paymaster's deposit at the EntryPoint (the ceiling of what the city pays); 0n for none. */
  readonly deposit: bigint;
  /**
   * The paymaster's stake at the EntryPoint, which public-mempool bundlers require of a paymaster that
   * reads storage outside the account (ERC-7562; docs/passkey-accounts.md). Added by the sender, who must
   * therefore be the signer manager. Default: no stake (a private bundler, or a local chain).
   */
  readonly stake?: PaymasterStake;
  readonly account?: Account | Address;
  /** Called with each transaction hash as it is sent (one to five in all). */
  readonly onSent?: (hash: Hash) => void;
}

/** What `addStake` locks at the EntryPoint, as script/DeployPasskeys.s.sol's STAKE and UNSTAKE_DELAY. */
export interface PaymasterStake {
  /** Wei staked (more than 0); bundlers publish the minimum they accept. */
  readonly amount: bigint;
  /** Seconds between `unlockStake` and `withdrawStake` (more than 0; bundlers commonly ask for a day: 86,400). */
  readonly unstakeDelaySeconds: number;
}

export interface DeployPasskeySupportReturnType {
  /** The canonical ERC-4337 v0.8 EntryPoint (deployed here first if the chain had none). */
  readonly entryPoint: Address;
  /** The chain's passkey account factory, at its deterministic address (deployed here if new). */
  readonly accountFactory: Address;
  /** The polity's new paymaster, funded with `deposit` (and staked with `stake`). */
  readonly paymaster: Address;
}

export type DeployPasskeySupportErrorType =
  | PolityInvalidInputError
  | PolityWrongNetworkError
  | PolityRpcUnavailableError
  | PolityTransactionRevertedError
  | PasskeySupportUnavailableError;

/** The chain lacks what the deployment builds on (the deterministic deployment proxy). */
export class PasskeySupportUnavailableError extends PolityError {
  override name = 'PasskeySupportUnavailableError';
}

/** Arachnid's deterministic deployment proxy (anvil preloads it; most chains have it). */
export const deterministicDeployer: Address = '0x4e59b44847b379578588920cA78FbF26c0B4956C';
/** The salt eth-infinitism used for the canonical v0.8 EntryPoint. */
const entryPoint08Salt: Hex = '0x0a59dbff790c23c976a548690c27297883cc66b4c67024f9117b0238995e35e9';
/** The same salt as script/DeployPasskeys.s.sol, so the SDK and the script find the same factory. */
const accountFactorySalt: Hex = keccak256(toHex('PolityAccountFactory v1'));

/** Where the chain's account factory is (or will be): CREATE2 through the deterministic deployer. */
export const polityAccountFactoryAddress: Address = getContractAddress({
  opcode: 'CREATE2',
  from: deterministicDeployer,
  salt: accountFactorySalt,
  bytecode: polityAccountFactoryBytecode,
});

/**
 * Deploys what residents without a wallet need next to a polity (docs/passkey-accounts.md), as
 * script/DeployPasskeys.s.sol does: the v0.8 EntryPoint if the chain has none (a local chain), the
 * passkey account factory once per chain at its deterministic address (an account's address then
 * depends on its passkey alone), and the polity's paymaster sponsoring the polity's contracts, with
 * its deposit funded.
 */
export async function deployPasskeySupport(client: PolityClient, parameters: DeployPasskeySupportParameters): Promise<DeployPasskeySupportReturnType> {
  try {
    const connected = await getChainId(client);
    if (parameters.chainId !== undefined && connected !== parameters.chainId) {
      throw new PolityWrongNetworkError({ connectedChainId: connected, polityChainId: parameters.chainId });
    }
    const registry = requireAddress(parameters.registry, 'registry');
    const timelock = requireAddress(parameters.timelock, 'timelock');
    const approvalSigner = requireAddress(parameters.approvalSigner, 'approvalSigner');
    const targets = [
      registry,
      requireAddress(parameters.governor, 'governor'),
      requireAddress(parameters.rounds, 'rounds'),
      ...(parameters.results === undefined ? [] : [requireAddress(parameters.results, 'results')]),
      ...(parameters.escrow === undefined ? [] : [requireAddress(parameters.escrow, 'escrow')]),
      ...(parameters.identityGroups === undefined ? [] : [requireAddress(parameters.identityGroups, 'identityGroups')]),
    ];
    if (parameters.deposit < 0n) throw new PolityInvalidInputError('deposit', `${parameters.deposit} is negative: pass the wei to deposit, or 0n`);
    const account = senderOf(client, parameters.account);
    const signerManager =
      parameters.signerManager === undefined ? (typeof account === 'string' ? account : account.address) : requireAddress(parameters.signerManager, 'signerManager');
    const sender = typeof account === 'string' ? account : account.address;
    const stake = parameters.stake === undefined ? undefined : requireStake(parameters.stake, signerManager, sender);
    const chain = client.chain ?? null;

    const confirm = async (hash: Hash, action: string) => {
      parameters.onSent?.(hash);
      const receipt = await waitForReceipt(client, { hash });
      if (receipt.status !== 'success') throw new PolityTransactionRevertedError({ hash, action });
      return receipt;
    };
    const hasCode = async (address: Address) => ((await getCode(client, { address })) ?? '0x') !== '0x';
    const deployDeterministically = async (salt: Hex, creationCode: Hex, expected: Address, action: string) => {
      if (!(await hasCode(deterministicDeployer))) {
        throw new PasskeySupportUnavailableError(
          `${action}: chain ${connected} has no deterministic deployment proxy at ${deterministicDeployer}: deploy it first (github.com/Arachnid/deterministic-deployment-proxy) or use a chain that has it`,
        );
      }
      await confirm(await sendTransaction(client, { account, chain, to: deterministicDeployer, data: concat([salt, creationCode]) }), action);
      // The proxy reverts only when creation fails; check the result where it must be.
      if (!(await hasCode(expected))) throw new PasskeySupportUnavailableError(`${action}: nothing was deployed at ${expected}: check that the chain supports CREATE2 and the EVM version (cancun or later)`);
    };

    if (!(await hasCode(entryPoint08Address))) {
      // The published artifact is large and only local chains lack the EntryPoint: load it on demand.
      const artifact = await import('@account-abstraction/contracts/artifacts/EntryPoint.json', { with: { type: 'json' } }).catch((cause: unknown) => {
        throw new PasskeySupportUnavailableError(
          `chain ${connected} has no v0.8 EntryPoint at ${entryPoint08Address}, and its published bytecode could not be loaded: install @account-abstraction/contracts@0.8.0 beside @polity/sdk to deploy it (public networks have it already)`,
          { cause },
        );
      });
      await deployDeterministically(entryPoint08Salt, artifact.default.bytecode as Hex, entryPoint08Address, 'deploying the v0.8 EntryPoint');
    }
    if (!(await hasCode(polityAccountFactoryAddress))) {
      await deployDeterministically(accountFactorySalt, polityAccountFactoryBytecode, polityAccountFactoryAddress, 'deploying the passkey account factory');
    }

    const deployment = await confirm(
      await deployContract(client, {
        abi: polityPaymasterAbi,
        bytecode: polityPaymasterBytecode,
        args: [registry, timelock, signerManager, approvalSigner, targets],
        account,
        chain,
      }),
      'deploying the paymaster',
    );
    const paymaster = deployment.contractAddress ? getAddress(deployment.contractAddress) : undefined;
    if (!paymaster) throw new PolityTransactionRevertedError({ hash: deployment.transactionHash, action: 'deploying the paymaster' });
    if (parameters.deposit > 0n) {
      await confirm(
        await writeContract(client, { abi: polityPaymasterAbi, address: paymaster, functionName: 'deposit', value: parameters.deposit, account, chain }),
        'funding the paymaster deposit',
      );
    }
    if (stake !== undefined) {
      await confirm(
        await writeContract(client, {
          abi: polityPaymasterAbi,
          address: paymaster,
          functionName: 'addStake',
          args: [stake.unstakeDelaySeconds],
          value: stake.amount,
          account,
          chain,
        }),
        'staking the paymaster',
      );
    }
    return { entryPoint: entryPoint08Address, accountFactory: polityAccountFactoryAddress, paymaster };
  } catch (error) {
    throw decodePolityError(error, client);
  }
}

/** The EntryPoint refuses a zero stake or delay, and `addStake` is the signer manager's: say so before sending. */
function requireStake(stake: PaymasterStake, signerManager: Address, sender: Address): PaymasterStake {
  if (stake.amount <= 0n) throw new PolityInvalidInputError('stake.amount', `${stake.amount} wei: a stake must be more than 0 (leave \`stake\` out for none)`);
  if (!Number.isInteger(stake.unstakeDelaySeconds) || stake.unstakeDelaySeconds <= 0 || stake.unstakeDelaySeconds > 0xffff_ffff) {
    throw new PolityInvalidInputError('stake.unstakeDelaySeconds', `${stake.unstakeDelaySeconds} is not a whole number of seconds from 1 to 4294967295 (a day is 86400)`);
  }
  if (signerManager.toLowerCase() !== sender.toLowerCase()) {
    throw new PolityInvalidInputError(
      'stake',
      `is added by the signer manager ${signerManager}, but the deployment is sent from ${sender}: send it from the signer manager, or stake later from there with the paymaster's addStake`,
    );
  }
  return stake;
}
